import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { defaultSettings, normaliseSettings, settingsPatchSchema } from './settings';

describe('normaliseSettings', () => {
  it('returns the defaults for nothing or garbage', () => {
    for (const stored of [undefined, null, 'dark', 42, [], ['theme']])
      expect(normaliseSettings(stored)).toEqual(defaultSettings);
  });

  it('keeps every valid field and replaces only the bad ones', () => {
    expect(
      normaliseSettings({
        language: 'zh_CN',
        theme: 'neon',
        openTarget: 'repository',
        annotateGithub: 'no',
        minimalNewTab: true,
        extra: 1,
      }),
    ).toEqual({ ...defaultSettings, language: 'zh_CN', openTarget: 'repository', minimalNewTab: true });
  });

  it('ignores inherited keys', () => {
    const stored = Object.create({ theme: 'dark' });
    expect(normaliseSettings(stored).theme).toBe('auto');
  });
});

describe('settingsPatchSchema', () => {
  it('accepts partial valid patches and rejects unknown keys or bad values', () => {
    expect(v.is(settingsPatchSchema, { theme: 'dark' })).toBe(true);
    expect(v.is(settingsPatchSchema, {})).toBe(true);
    expect(v.is(settingsPatchSchema, { theme: 'neon' })).toBe(false);
    expect(v.is(settingsPatchSchema, { colour: 'red' })).toBe(false);
  });
});
