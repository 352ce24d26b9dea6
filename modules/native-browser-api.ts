import { defineWxtModule } from 'wxt/modules';

// Everything but the background uses the browser's own `browser`/`chrome` API instead of
// webextension-polyfill. The background keeps the polyfill for its promise-returning onMessage
// listener (services/router.ts), which Chrome's native API does not support. Issue #8 budgets
// the GitHub content script at 12 KB gzip and the popup at 45 KB, and the polyfill is about
// 2.7 KB of each; content scripts and pages only send messages and use storage, tabs, action
// and i18n, which both browsers' MV3 APIs offer with promises natively. In content scripts this
// also keeps a page's `<form id="chrome">` from breaking the polyfill's feature checks.
// WXT loads modules/ automatically; this hook runs once per build group (the background, each
// content script, and the HTML pages together).
export default defineWxtModule({
  name: 'archscout:native-browser-api',
  setup(wxt) {
    wxt.hooks.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (entrypoints.some((entrypoint) => entrypoint.type === 'background')) return;
      const alias = config.resolve?.alias;
      if (!alias) return;
      // @wxt-dev/webextension-polyfill aliases wxt/browser to itself; without it WXT's own applies.
      if (Array.isArray(alias)) {
        config.resolve = { ...config.resolve, alias: alias.filter((entry) => entry.find !== 'wxt/browser') };
      } else {
        delete (alias as Record<string, string>)['wxt/browser'];
      }
    });
  },
});
