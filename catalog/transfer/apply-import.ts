// Writes a validated import into the store in one transaction (all or nothing). Imported
// favourites are merged: new ones are added; an existing one takes the file's tags and note
// only when the file's copy is the newer (its updatedAt, which exports carry): restoring an
// older backup must not undo what was tagged or noted since. A file without updatedAt (written
// by hand or another tool) adds its tags to the favourite's and replaces the note only with one
// of its own. An existing favourite keeps the earlier addedAt. Every changed favourite gets
// updatedAt = now so sync carries the import to the user's other browsers.

import { normaliseNote, normaliseTags } from '../store/favourite-fields';
import { applyFavouriteChanges, listFavourites } from '../store/favourites';
import type { ArchscoutDb, FavouriteRecord } from '../store/schema';
import type { ImportFile } from './import-schema';

export interface ImportCounts {
  added: number;
  updated: number;
  kept: string[]; // names of favourites changed here after the file's copy: kept as they are
  unknown: string[]; // names (the file's) of favourites this catalog does not list: imported all the same
}

type ImportItem = ImportFile['favourites'][number];

/** The tags and note an existing favourite ends with, or null when it keeps its own (it is the newer). */
function mergedFields(before: FavouriteRecord, item: ImportItem): { tags: string[]; note?: string } | null {
  const fileTags = normaliseTags(item.tags ?? []);
  const fileNote = normaliseNote(item.note);
  if (item.updatedAt === undefined) {
    return { tags: normaliseTags([...before.tags, ...fileTags]), note: fileNote ?? before.note };
  }
  if (before.updatedAt > Date.parse(item.updatedAt)) return null;
  return { tags: fileTags, note: fileNote };
}

export function planImport(
  existing: readonly FavouriteRecord[],
  file: ImportFile,
  nameOf: (id: string) => string | undefined,
  now: number,
): { put: FavouriteRecord[]; counts: ImportCounts } {
  const current = new Map(existing.map((f) => [f.id, f]));
  const put: FavouriteRecord[] = [];
  const counts: ImportCounts = { added: 0, updated: 0, kept: [], unknown: [] };
  for (const item of file.favourites) {
    const before = current.get(item.id);
    const listed = nameOf(item.id);
    if (listed === undefined) counts.unknown.push(item.name);
    const addedAt = Date.parse(item.addedAt);
    const fields = before
      ? mergedFields(before, item)
      : { tags: normaliseTags(item.tags ?? []), note: normaliseNote(item.note) };
    if (before && fields === null) {
      // Kept: the favourite changed here after the file's copy; said only when they differ.
      const fileTags = normaliseTags(item.tags ?? []);
      const differs = fileTags.join('\n') !== before.tags.join('\n') || normaliseNote(item.note) !== before.note;
      if (differs) counts.kept.push(before.name);
      continue;
    }
    const record: FavouriteRecord = {
      id: item.id,
      name: listed ?? item.name,
      addedAt: before ? Math.min(before.addedAt, addedAt) : addedAt,
      updatedAt: now,
      tags: fields?.tags ?? [],
    };
    if (fields?.note !== undefined) record.note = fields.note;
    if (before) {
      const same =
        before.addedAt === record.addedAt &&
        before.note === record.note &&
        before.tags.join('\n') === record.tags.join('\n');
      if (same) continue;
      counts.updated++;
    } else {
      counts.added++;
    }
    put.push(record);
  }
  return { put, counts };
}

export async function applyImport(
  db: ArchscoutDb,
  file: ImportFile,
  nameOf: (id: string) => string | undefined,
  now: number,
): Promise<ImportCounts> {
  const { put, counts } = planImport(await listFavourites(db), file, nameOf, now);
  await applyFavouriteChanges(db, { put, remove: [] });
  return counts;
}
