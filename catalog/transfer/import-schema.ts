// The valibot schema an import file must satisfy (version 1, see
// export-format.ts). Strict objects: an unknown key is an error, so a file
// from something else is rejected instead of half-read. Each message is the
// FieldRule that failed (import-problem.ts), not a sentence: surfaces word it
// in the user's language.
import * as v from 'valibot';
import { isHttpUrl } from '../http-url';
import { settingsPatchSchema } from '../settings';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, PROJECT_ID_PATTERN } from '../store/favourite-fields';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';
import type { FieldRule } from './import-problem';

/** More than any catalog holds; bounds the work an import can cause. */
export const MAX_IMPORT_FAVOURITES = 2000;
/**
 * What one file may list: more than an import may add up to, because a profile passes that
 * without importing (stars, favourites synced from other browsers: sync holds at most 512), and
 * its export must come back after a reset (apply-import.ts). At 2,000 such an export was refused.
 */
export const MAX_FILE_FAVOURITES = 3000;
export const MAX_NAME_LENGTH = 200;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO 8601 timestamp naming a day that exists (Date.parse turns 31 February into 3 March). */
export function isRealIsoDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m || Number.isNaN(Date.parse(text))) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Typed so a misspelt rule fails to compile. */
const rule = (name: FieldRule): FieldRule => name;

const isoDate = v.pipe(v.string(rule('date-string')), v.check(isRealIsoDate, rule('iso-date')));

export const importedFavouriteSchema = v.strictObject({
  id: v.pipe(v.string(rule('string')), v.regex(PROJECT_ID_PATTERN, rule('project-id'))),
  name: v.pipe(
    v.string(rule('string')),
    v.minLength(1, rule('not-empty')),
    v.maxLength(MAX_NAME_LENGTH, rule('max-length')),
  ),
  url: v.optional(
    v.pipe(v.string(rule('string')), v.maxLength(2000, rule('max-length')), v.check(isHttpUrl, rule('http-url'))),
  ),
  addedAt: isoDate,
  updatedAt: v.optional(isoDate),
  tags: v.optional(
    v.pipe(
      v.array(
        v.pipe(v.string(rule('string')), v.maxLength(MAX_TAG_LENGTH, rule('max-length'))),
        rule('list-of-strings'),
      ),
      v.maxLength(MAX_TAGS, rule('max-items')),
    ),
  ),
  note: v.optional(v.pipe(v.string(rule('string')), v.maxLength(MAX_NOTE_LENGTH, rule('max-length')))),
});

export const importFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT, rule('one-of')),
  version: v.literal(EXPORT_VERSION, rule('one-of')),
  exportedAt: isoDate,
  favourites: v.pipe(
    v.array(importedFavouriteSchema, rule('list')),
    v.maxLength(MAX_FILE_FAVOURITES, rule('max-items')),
  ),
  settings: v.optional(settingsPatchSchema),
});

export type ImportFile = v.InferOutput<typeof importFileSchema>;
