// The `arch` keyword in the address bar (manifest `omnibox.keyword`, issue #5): typing
// "arch etcd" lists matching projects, Enter opens the chosen one (or the best hit for the text).
// No permission: tabs.create/update with a URL need none.

import { browser } from 'wxt/browser';
import { bundledCatalog } from '@/catalog/bundled';
import { createSearchIndex, type SearchIndex } from '@/catalog/search';
import type { Catalog } from '@/catalog/types';
import { catalogLang, resolveLocale, translate } from '@/components/i18n';
import { escapeOmniboxXml, omniboxSuggestions, omniboxTarget } from './omnibox-suggestions';
import { LOCAL_KEYS } from './protocol';
import { readSettings } from './settings';
import { watchLocal } from './watch-local';

type Disposition = 'currentTab' | 'newForegroundTab' | 'newBackgroundTab';

async function uiLanguage() {
  const settings = await readSettings();
  const locale = resolveLocale(settings.language, browser.i18n.getUILanguage());
  return { settings, locale, lang: catalogLang(locale) };
}

export async function openOmniboxUrl(url: string, disposition: Disposition): Promise<void> {
  if (disposition === 'currentTab') await browser.tabs.update({ url });
  else await browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
}

/**
 * Registers the listeners at the service worker's top level (MV3: listeners added later miss
 * the event that woke the worker). The search index is built on first use, not at start-up.
 */
export function registerOmnibox(catalog: Catalog = bundledCatalog): void {
  let index: SearchIndex | undefined;
  const indexed = () => {
    index ??= createSearchIndex(catalog);
    return index;
  };
  // Chrome renders XML markup in descriptions; Firefox shows it literally.
  const markup = !import.meta.env.FIREFOX;
  // Chrome redraws the first line whenever setDefaultSuggestion is called. Firefox builds that
  // line when the query starts, before onInputChanged reaches us (UrlbarProviderOmnibox), so a
  // line set per keystroke would describe the previous text ("no match for “etcdx”" above
  // etcd's suggestion after a backspace): there it stays the hint, and no rows say "no match".
  const perKeystrokeDefault = !import.meta.env.FIREFOX;

  const showHint = () =>
    uiLanguage().then(({ locale }) =>
      browser.omnibox.setDefaultSuggestion({ description: translate(locale, 'popupOmniboxDefault') }),
    );
  browser.omnibox.onInputStarted.addListener(() => void showHint());
  if (!perKeystrokeDefault) {
    // Firefox builds even the first query's line before onInputStarted reaches us: set it ahead
    // (when the background starts) and again when the language setting changes.
    void showHint();
    watchLocal(LOCAL_KEYS.settings, () => void showHint());
  }

  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    void uiLanguage().then(({ settings, locale, lang }) => {
      const suggestions = omniboxSuggestions(catalog, indexed(), text, {
        lang,
        openTarget: settings.openTarget,
        markup,
      });
      if (perKeystrokeDefault) {
        const none = text.trim() !== '' && suggestions.length === 0;
        browser.omnibox.setDefaultSuggestion({
          description: none
            ? translate(locale, 'popupOmniboxNoMatch', [escapeOmniboxXml(text.trim())])
            : translate(locale, 'popupOmniboxDefault'),
        });
      }
      suggest(suggestions);
    });
  });

  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    void uiLanguage().then(({ settings, lang }) => {
      const url = omniboxTarget(catalog, indexed(), text, { lang, openTarget: settings.openTarget });
      if (url) return openOmniboxUrl(url, disposition);
    });
  });
}
