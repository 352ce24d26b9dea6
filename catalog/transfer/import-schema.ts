// The valibot schema an import file must satisfy (version 1, see
// export-format.ts). Strict objects: an unknown key is an error, so a file
// from something else is rejected instead of half-read.
import * as v from 'valibot';
import { isHttpUrl } from '../http-url';
import { settingsPatchSchema } from '../settings';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, PROJECT_ID_PATTERN } from '../store/favourite-fields';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export-format';

/** More than any catalog holds; bounds the work an import can cause. */
export const MAX_IMPORT_FAVOURITES = 2000;
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

const isoDate = v.pipe(
  v.string('must be a date string'),
  v.check(isRealIsoDate, 'must be an ISO 8601 date such as 2026-01-31T12:00:00.000Z'),
);

export const importedFavouriteSchema = v.strictObject({
  id: v.pipe(
    v.string('must be a string'),
    v.regex(PROJECT_ID_PATTERN, 'must be a project id: lower-case letters, digits and dashes, at most 100 characters'),
  ),
  name: v.pipe(
    v.string('must be a string'),
    v.minLength(1, 'must not be empty'),
    v.maxLength(MAX_NAME_LENGTH, `must be at most ${MAX_NAME_LENGTH} characters`),
  ),
  url: v.optional(
    v.pipe(
      v.string('must be a string'),
      v.maxLength(2000, 'must be at most 2000 characters'),
      v.check(isHttpUrl, 'must be an http(s) URL'),
    ),
  ),
  addedAt: isoDate,
  updatedAt: v.optional(isoDate),
  tags: v.optional(
    v.pipe(
      v.array(
        v.pipe(
          v.string('must be a string'),
          v.maxLength(MAX_TAG_LENGTH, `must be at most ${MAX_TAG_LENGTH} characters`),
        ),
        'must be a list of strings',
      ),
      v.maxLength(MAX_TAGS, `must have at most ${MAX_TAGS} tags`),
    ),
  ),
  note: v.optional(
    v.pipe(v.string('must be a string'), v.maxLength(MAX_NOTE_LENGTH, `must be at most ${MAX_NOTE_LENGTH} characters`)),
  ),
});

export const importFileSchema = v.strictObject({
  format: v.literal(EXPORT_FORMAT, `must be "${EXPORT_FORMAT}"`),
  version: v.literal(EXPORT_VERSION, `must be ${EXPORT_VERSION}`),
  exportedAt: isoDate,
  favourites: v.pipe(
    v.array(importedFavouriteSchema, 'must be a list'),
    v.maxLength(MAX_IMPORT_FAVOURITES, `must have at most ${MAX_IMPORT_FAVOURITES} entries`),
  ),
  settings: v.optional(settingsPatchSchema),
});

export type ImportFile = v.InferOutput<typeof importFileSchema>;
