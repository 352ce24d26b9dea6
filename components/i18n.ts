// UI strings. The source is public/_locales/<locale>/messages.json (browser.i18n's format,
// so the manifest and Chrome's own lookups use the same files). With the language setting on
// "auto" we ask browser.i18n; an explicit choice (issue #10: a setting overrides the browser's
// language) reads the bundled table, since browser.i18n cannot switch locale at run time.

import type { LanguageSetting } from '@/catalog/settings';
import type { Lang } from '@/catalog/types';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';

export type Locale = 'en' | 'zh_CN';
export type MessageKey = keyof typeof en;

type Table = Record<string, { message: string }>;
const tables: Record<Locale, Table> = { en, zh_CN: zhCN };

/** 'auto' follows the browser's UI language; anything Chinese gets zh_CN, the rest English. */
export function resolveLocale(setting: LanguageSetting, uiLanguage: string): Locale {
  if (setting !== 'auto') return setting;
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh_CN' : 'en';
}

/** The catalog's language code for a UI locale (summaries and category names are 'en' | 'zh'). */
export function catalogLang(locale: Locale): Lang {
  return locale === 'zh_CN' ? 'zh' : 'en';
}

/** Looks a key up in the bundled table, falling back to English, filling $1..$9 like browser.i18n. */
export function translate(locale: Locale, key: MessageKey, substitutions: readonly (string | number)[] = []): string {
  const entry = tables[locale][key] ?? tables.en[key];
  const message = entry?.message ?? key;
  return message.replace(/\$(\d)/g, (whole, n: string) => {
    const value = substitutions[Number(n) - 1];
    return value === undefined ? whole : String(value);
  });
}

export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function createTranslate(locale: Locale): Translate {
  return (key, ...substitutions) => translate(locale, key, substitutions);
}

/** The BCP 47 tag for a `lang` attribute (documents, shadow roots, text in the other language). */
export function htmlLang(locale: Locale): string {
  return locale === 'zh_CN' ? 'zh-CN' : 'en';
}

// Joining in code what the messages cannot hold: Chinese runs sentences together (full-width
// punctuation ends them) and lists names with the enumeration comma.
export const sentenceGap = (locale: Locale): string => (locale === 'zh_CN' ? '' : ' ');
export const listSeparator = (locale: Locale): string => (locale === 'zh_CN' ? '、' : ', ');
