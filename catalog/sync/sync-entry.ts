// The storage.sync format (issue #4): one key per favourite, `fav:<id>`, with a
// compact value so hundreds fit in the 100 KB quota:
//   favourite  { a: addedAt, u: updatedAt, t?: tags, n?: note }
//   tombstone  { d: deletedAt }   (a deletion other browsers must learn about)
// Values written by other browsers are untrusted: decoded with a schema,
// anything malformed is ignored.
import * as v from 'valibot';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_TIME, PROJECT_ID_PATTERN } from '../store/favourite-fields';
import type { FavouriteRecord } from '../store/schema';

export const FAV_KEY_PREFIX = 'fav:';

export interface SyncFavourite {
  a: number;
  u: number;
  t?: string[];
  n?: string;
}

export interface SyncTombstone {
  d: number;
}

export type SyncEntry = SyncFavourite | SyncTombstone;

const time = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_TIME));
const favouriteSchema = v.object({
  a: time,
  u: time,
  t: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH))), v.maxLength(MAX_TAGS))),
  n: v.optional(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH))),
});
const tombstoneSchema = v.object({ d: time });

export const isTombstone = (entry: SyncEntry): entry is SyncTombstone => 'd' in entry;

/** The time that decides last-writer-wins: a favourite's last edit, a tombstone's deletion. */
export const entryTime = (entry: SyncEntry): number => (isTombstone(entry) ? entry.d : entry.u);

export function favouriteKey(id: string): string {
  return FAV_KEY_PREFIX + id;
}

/** The project id of a sync key, or null for keys that are not (valid) favourites. */
export function idFromKey(key: string): string | null {
  if (!key.startsWith(FAV_KEY_PREFIX)) return null;
  const id = key.slice(FAV_KEY_PREFIX.length);
  return PROJECT_ID_PATTERN.test(id) ? id : null;
}

export function decodeEntry(value: unknown): SyncEntry | null {
  const tomb = v.safeParse(tombstoneSchema, value);
  if (tomb.success) return { d: tomb.output.d };
  const fav = v.safeParse(favouriteSchema, value);
  return fav.success
    ? encodeFavourite({ addedAt: fav.output.a, updatedAt: fav.output.u, tags: fav.output.t ?? [], note: fav.output.n })
    : null;
}

/** Canonical encoding (fixed key order, empty fields left out) so equal entries compare equal as JSON. */
export function encodeFavourite(f: Pick<FavouriteRecord, 'addedAt' | 'updatedAt' | 'tags' | 'note'>): SyncFavourite {
  const entry: SyncFavourite = { a: f.addedAt, u: f.updatedAt };
  if (f.tags.length > 0) entry.t = [...f.tags];
  if (f.note) entry.n = f.note;
  return entry;
}

export function encodeTombstone(deletedAt: number): SyncTombstone {
  return { d: deletedAt };
}
