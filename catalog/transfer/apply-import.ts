// Writes a validated import into the store in one transaction (all or nothing). Imported
// favourites are merged: new ones are added; an existing one takes the file's tags and note
// only when the file's copy is the newer (its updatedAt, which exports carry): restoring an
// older backup must not undo what was tagged or noted since. A file without updatedAt (written
// by hand or another tool) adds its tags to the favourite's and replaces the note only with one
// of its own. An existing favourite keeps the earlier addedAt. Every changed favourite gets
// updatedAt = now so sync carries the import to the user's other browsers.

import { nextTask } from '../next-task';
import { normaliseNote, normaliseTags } from '../store/favourite-fields';
import { applyFavouriteChanges, listFavourites } from '../store/favourites';
import type { ArchscoutDb, FavouriteRecord } from '../store/schema';
import type { ImportProblem } from './import-problem';
import { type ImportFile, MAX_IMPORT_FAVOURITES } from './import-schema';

export interface ImportCounts {
  added: number;
  updated: number;
  kept: string[]; // names of favourites changed here after the file's copy: kept as they are
  unknown: string[]; // names (the file's) of favourites this catalog does not list: imported all the same
}

interface Fields {
  tags: string[];
  note?: string;
}

const sameFields = (a: Fields, b: Fields) => a.note === b.note && a.tags.join('\n') === b.tags.join('\n');

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
    const fromFile: Fields = { tags: normaliseTags(item.tags ?? []), note: normaliseNote(item.note) };
    if (before && item.updatedAt !== undefined && before.updatedAt > Date.parse(item.updatedAt)) {
      // Changed here after the file's copy: kept as it is, and said only when they differ.
      if (!sameFields(before, fromFile)) counts.kept.push(before.name);
      continue;
    }
    // A copy without updatedAt (written by hand) adds its tags and replaces only a note it has.
    const fields =
      before && item.updatedAt === undefined
        ? { tags: normaliseTags([...before.tags, ...fromFile.tags]), note: fromFile.note ?? before.note }
        : fromFile;
    const addedAt = Date.parse(item.addedAt);
    const record: FavouriteRecord = {
      id: item.id,
      name: listed ?? item.name,
      addedAt: before ? Math.min(before.addedAt, addedAt) : addedAt,
      updatedAt: now,
      tags: fields.tags,
    };
    if (fields.note !== undefined) record.note = fields.note;
    if (before) {
      if (before.addedAt === record.addedAt && sameFields(before, record)) continue;
      counts.updated++;
    } else {
      counts.added++;
    }
    put.push(record);
  }
  return { put, counts };
}

export type AppliedImport = { ok: true; counts: ImportCounts } | { ok: false; problem: ImportProblem };

/**
 * Writes the plan, unless it would take the favourites past what one import file may hold:
 * imports are the only way past the catalog's size (favourites it does not list), and two of
 * them made a profile whose export the next import refused, favourites lost after a reset.
 */
export async function applyImport(
  db: ArchscoutDb,
  file: ImportFile,
  nameOf: (id: string) => string | undefined,
  now: number,
  pause: () => Promise<void> = nextTask,
): Promise<AppliedImport> {
  const existing = await listFavourites(db);
  await pause();
  const { put, counts } = planImport(existing, file, nameOf, now);
  const total = existing.length + counts.added;
  // A file as long as a profile grew without imports (its own export) still comes back whole.
  const limit = Math.max(MAX_IMPORT_FAVOURITES, file.favourites.length);
  if (counts.added > 0 && total > limit) {
    return { ok: false, problem: { code: 'too-many-favourites', count: total, limit } };
  }
  await pause();
  await applyFavouriteChanges(db, { put, remove: [] });
  return { ok: true, counts };
}
