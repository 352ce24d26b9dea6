// A favourite as any earlier version stored it, or as damage left it, read into the current
// record. The migrations pass every stored favourite through it: one value of a shape no version
// wrote (a tag that is a number or null, tags as one string, no dates) used to throw half-way,
// and a failed step aborts the whole upgrade, leaving the database at the old version, which
// the new code cannot open: every page then showed no favourites at all. Whatever is text is
// kept; only what holds no text (null, an object) is left out.
import { MAX_TIME, normaliseTags } from './favourite-fields';
import type { FavouriteRecord } from './schema';

/** Text the user could have typed: a string as it is, a number or boolean written out; nothing else. */
function textOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') return String(value);
  return undefined;
}

function tagsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return normaliseTags(list.map(textOf).filter((tag): tag is string => tag !== undefined));
}

/** A time a favourite can carry (sync and export take whole milliseconds from 1970 to the end of 9999). */
function timeOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME
    ? Math.round(value)
    : undefined;
}

export interface StoredFavouriteContext {
  /** The project's name in the installed catalog, for a record without a name of its own. */
  projectName?: string;
  /** Stands for a date the record lacks (when the favourite is first read this way). */
  now: number;
}

/** The current record for the favourite stored under `id` as `stored` (v1, v2, v3 or damaged). */
export function readStoredFavourite(id: string, stored: unknown, context: StoredFavouriteContext): FavouriteRecord {
  const value = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const storedName = textOf(value.name);
  const name = storedName?.trim() ? storedName : (context.projectName ?? id);
  const addedAt = timeOf(value.addedAt) ?? timeOf(value.updatedAt) ?? context.now;
  const record: FavouriteRecord = {
    id,
    name,
    addedAt,
    updatedAt: timeOf(value.updatedAt) ?? addedAt,
    tags: tagsOf(value.tags ?? []),
  };
  const note = textOf(value.note);
  if (note?.trim()) record.note = note;
  return record;
}
