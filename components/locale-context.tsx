import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '@/catalog/types';
import { catalogLang, createTranslate, htmlLang, type Locale, resolveLocale, type Translate } from './i18n';
import { useSettingsState } from './use-settings';

export interface LocaleValue {
  locale: Locale;
  lang: Lang; // for catalog fields: summary.en / summary.zh, category name / nameZh
  t: Translate;
}

const fallback: LocaleValue = { locale: 'en', lang: 'en', t: createTranslate('en') };
const LocaleContext = createContext<LocaleValue>(fallback);

/**
 * Provides the UI language from the settings (or the browser's) and keeps <html lang> in step.
 * Children render once the stored settings are read (a few ms), so a page whose language is
 * set to override the browser's never flashes the other language first.
 */
export function LocaleProvider({ children }: { children: ComponentChildren }) {
  const { settings, loaded } = useSettingsState();
  const { language } = settings;
  const value = useMemo<LocaleValue>(() => {
    const locale = resolveLocale(language, browser.i18n.getUILanguage());
    return { locale, lang: catalogLang(locale), t: createTranslate(locale) };
  }, [language]);
  useEffect(() => {
    // In a content script the document is the web page's: its lang is not ours to change.
    if (!isExtensionPage()) return;
    document.documentElement.lang = htmlLang(value.locale);
  }, [value.locale]);
  return <LocaleContext.Provider value={value}>{loaded ? children : null}</LocaleContext.Provider>;
}

function isExtensionPage(): boolean {
  return location.protocol === 'chrome-extension:' || location.protocol === 'moz-extension:';
}

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}
