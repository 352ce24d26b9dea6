import { type ComponentChildren, createContext } from 'preact';
import { useContext, useEffect, useMemo } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Lang } from '@/catalog/types';
import { catalogLang, createTranslate, type Locale, resolveLocale, type Translate } from './i18n';
import { useSettings } from './use-settings';

export interface LocaleValue {
  locale: Locale;
  lang: Lang; // for catalog fields: summary.en / summary.zh, category name / nameZh
  t: Translate;
}

const fallback: LocaleValue = { locale: 'en', lang: 'en', t: createTranslate('en') };
const LocaleContext = createContext<LocaleValue>(fallback);

/** Provides the UI language from the settings (or the browser's) and keeps <html lang> in step. */
export function LocaleProvider({ children }: { children: ComponentChildren }) {
  const { language } = useSettings();
  const value = useMemo<LocaleValue>(() => {
    const locale = resolveLocale(language, browser.i18n.getUILanguage());
    return { locale, lang: catalogLang(locale), t: createTranslate(locale) };
  }, [language]);
  useEffect(() => {
    document.documentElement.lang = value.locale === 'zh_CN' ? 'zh-CN' : 'en';
  }, [value.locale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleValue {
  return useContext(LocaleContext);
}
