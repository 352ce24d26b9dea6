import type { Plugin } from 'vite';
import { defineWxtModule } from 'wxt/modules';

// Each extension page bundles the UI strings (components/i18n.ts imports both locales'
// messages.json, since a language chosen in the settings must switch without browser.i18n).
// Keys are named after the surface that uses them (popup*, newtab*, options*, DESIGN.md), and
// the options page's strings are two thirds of the tables: the popup carried them all, about
// 4.5 KB gzip of its 45 KB budget (issue #8). Built one page at a time (one-build-per-page.ts),
// the popup's and the new tab's tables leave the options page's keys out. (Popup and new-tab
// keys stay everywhere: the search, the result list and the favourite cards are shared, and
// the options page shows hidden projects and tags with their strings.)
// tests/e2e/page-files.spec.ts checks in the production build that no page's code, lazy chunks
// included, names a key its tables left out.

/** The pages whose tables leave out the options page's keys. */
const WITHOUT_OPTIONS = ['popup', 'newtab'];
const MESSAGES = /[\\/]public[\\/]_locales[\\/][^\\/]+[\\/]messages\.json$/;

/** The messages.json text for `page`: without the options page's keys unless it is that page. */
export function pageMessages(json: string, page: string): string {
  if (!WITHOUT_OPTIONS.includes(page)) return json;
  const messages = JSON.parse(json) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(Object.entries(messages).filter(([key]) => !isKeyOf(key, 'options'))));
}

/** Whether `key` belongs to `page`: its name, then an upper-case letter ("popupRecent", not "popularity"). */
export function isKeyOf(key: string, page: string): boolean {
  return key.startsWith(page) && /[A-Z]/.test(key.charAt(page.length));
}

export function pageLocaleTables(page: string): Plugin {
  return {
    name: 'archscout:page-locale-tables',
    enforce: 'pre', // before Vite's JSON plugin turns the text into a module
    transform(code, id) {
      return MESSAGES.test(id.split('?')[0]) ? { code: pageMessages(code, page), map: null } : null;
    },
  };
}

export default defineWxtModule({
  name: 'archscout:page-locale-tables',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      const [entry] = entrypoints;
      if (entrypoints.length !== 1 || !WITHOUT_OPTIONS.includes(entry.name)) return;
      config.plugins = [...(config.plugins ?? []), pageLocaleTables(entry.name)];
    });
  },
});
