import { describe, expect, it } from 'vitest';
import en from '@/public/_locales/en/messages.json';
import zhCN from '@/public/_locales/zh_CN/messages.json';
import { resolveLocale, translate } from './i18n';

describe('i18n', () => {
  it('resolves auto from the browser language and honours an explicit choice', () => {
    expect(resolveLocale('auto', 'zh-CN')).toBe('zh_CN');
    expect(resolveLocale('auto', 'zh-TW')).toBe('zh_CN');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
    expect(resolveLocale('auto', 'de')).toBe('en');
    expect(resolveLocale('en', 'zh-CN')).toBe('en');
    expect(resolveLocale('zh_CN', 'en-US')).toBe('zh_CN');
  });

  it('every English message has a Chinese translation and the same placeholders', () => {
    const missing = Object.keys(en).filter((key) => !(key in zhCN));
    expect(missing, 'add these keys to public/_locales/zh_CN/messages.json').toEqual([]);
    for (const [key, { message }] of Object.entries(en)) {
      const placeholders = (s: string) => (s.match(/\$\d/g) ?? []).sort().join();
      const zh = (zhCN as Record<string, { message: string }>)[key]?.message ?? '';
      expect(placeholders(zh), `placeholders of "${key}" differ between en and zh_CN`).toBe(placeholders(message));
    }
  });

  it('fills positional substitutions', () => {
    expect(translate('en', 'extName')).toBe('Archscout');
    expect(translate('en', 'extName', ['unused'])).toBe('Archscout');
  });
});
