// Writes a validated import into the store in one transaction (all or
// nothing). Imported favourites are merged: new ones are added; existing ones
// take the file's tags and note (the user chose this file) and keep the
// earlier addedAt. Every touched favourite gets updatedAt = now so sync
// carries the import to the user's other browsers.

import { normaliseNote, normaliseTags } from '../store/favourite-fields';
import { applyFavouriteChanges, listFavourites } from '../store/favourites';
import type { ArchscoutDb, FavouriteRecord } from '../store/schema';
import type { ImportFile } from './import-schema';

export interface ImportCounts {
  added: number;
  updated: number;
}

export function planImport(
  existing: readonly FavouriteRecord[],
  file: ImportFile,
  nameOf: (id: string) => string | undefined,
  now: number,
): { put: FavouriteRecord[]; counts: ImportCounts } {
  const current = new Map(existing.map((f) => [f.id, f]));
  const put: FavouriteRecord[] = [];
  const counts: ImportCounts = { added: 0, updated: 0 };
  for (const item of file.favourites) {
    const before = current.get(item.id);
    const addedAt = Date.parse(item.addedAt);
    const record: FavouriteRecord = {
      id: item.id,
      name: nameOf(item.id) ?? item.name,
      addedAt: before ? Math.min(before.addedAt, addedAt) : addedAt,
      updatedAt: now,
      tags: normaliseTags(item.tags ?? []),
    };
    const note = normaliseNote(item.note);
    if (note !== undefined) record.note = note;
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
