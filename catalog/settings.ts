// User settings: the pure schema and defaults (issue #4). Stored by the
// background in browser.storage.local under `settings` so content scripts can
// read them without a round trip; validated on every read so one bad stored
// value falls back to its default without losing the others.
import * as v from 'valibot';

export type LanguageSetting = 'auto' | 'en' | 'zh_CN';
export type ThemeSetting = 'auto' | 'light' | 'dark';
export type OpenTarget = 'homepage' | 'repository';

export interface Settings {
  language: LanguageSetting;
  theme: ThemeSetting;
  openTarget: OpenTarget;
  annotateGithub: boolean;
  annotateDocs: boolean;
  minimalNewTab: boolean;
}

export const defaultSettings: Readonly<Settings> = Object.freeze({
  language: 'auto',
  theme: 'auto',
  openTarget: 'homepage',
  annotateGithub: true,
  annotateDocs: true,
  minimalNewTab: false,
});

/** One schema per field, so each can be checked (and fall back) on its own. */
export const settingFieldSchemas = {
  language: v.picklist(['auto', 'en', 'zh_CN']),
  theme: v.picklist(['auto', 'light', 'dark']),
  openTarget: v.picklist(['homepage', 'repository']),
  annotateGithub: v.boolean(),
  annotateDocs: v.boolean(),
  minimalNewTab: v.boolean(),
} satisfies { [K in keyof Settings]: v.GenericSchema<unknown, Settings[K]> };

/** A strict patch: known keys only, each with a valid value (used for messages and imports). */
export const settingsPatchSchema = v.strictObject(
  Object.fromEntries(Object.entries(settingFieldSchemas).map(([k, s]) => [k, v.optional(s)])) as {
    [K in keyof Settings]: v.OptionalSchema<(typeof settingFieldSchemas)[K], undefined>;
  },
);

export type SettingsPatch = Partial<Settings>;

/** Reads whatever is stored (possibly old, partial or corrupt) into valid settings, field by field. */
export function normaliseSettings(stored: unknown): Settings {
  const out: Settings = { ...defaultSettings };
  if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) return out;
  const record = stored as Record<string, unknown>;
  for (const key of Object.keys(settingFieldSchemas) as (keyof Settings)[]) {
    if (!Object.hasOwn(record, key)) continue;
    const result = v.safeParse(settingFieldSchemas[key], record[key]);
    if (result.success) (out as unknown as Record<string, unknown>)[key] = result.output;
  }
  return out;
}
