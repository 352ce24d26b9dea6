import { describe, expect, it } from 'vitest';
import { readSettings } from './backend';
import { annotationStrings, fill } from './strings';

describe('annotation strings', () => {
  it('follow the language setting, and the browser language on "auto"', () => {
    expect(annotationStrings('zh_CN', 'en-US').alternatives).toBe('替代方案');
    expect(annotationStrings('en', 'zh-CN').alternatives).toBe('Alternatives');
    expect(annotationStrings('auto', 'zh-TW').lang).toBe('zh');
    expect(annotationStrings('auto', 'de-DE').lang).toBe('en');
  });

  it('every string is filled in both languages, and the favourite labels say "favourite"', () => {
    for (const locale of ['en', 'zh_CN'] as const) {
      const s = annotationStrings(locale, 'en');
      for (const [key, value] of Object.entries(s)) expect(value, `${locale}.${key}`).not.toBe('');
      expect(fill(s.favouriteAdd, 'etcd')).toMatch(/favourite/);
      expect(fill(s.favouriteRemove, 'etcd')).toMatch(/favourite/);
    }
  });

  it('fill keeps replacement patterns in names literal', () => {
    expect(fill('Hide $1 now', "$& $' $1")).toBe("Hide $& $' $1 now");
  });
});

describe('readSettings', () => {
  it('keeps valid fields and replaces missing or corrupt ones with the defaults', () => {
    expect(readSettings(undefined)).toEqual({
      language: 'auto',
      openTarget: 'homepage',
      annotateGithub: true,
      annotateDocs: true,
    });
    expect(
      readSettings({
        language: 'zh_CN',
        openTarget: 'repository',
        annotateGithub: false,
        annotateDocs: 'no',
        theme: 'dark',
      }),
    ).toEqual({ language: 'zh_CN', openTarget: 'repository', annotateGithub: false, annotateDocs: true });
    expect(readSettings({ language: 'fr', openTarget: 42, annotateGithub: null })).toEqual(readSettings({}));
    expect(readSettings('garbage')).toEqual(readSettings({}));
  });
});
