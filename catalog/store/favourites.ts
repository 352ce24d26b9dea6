// Favourites in IndexedDB: the local copy, which is the source of truth for
// this browser (sync merges into it; a sync failure never costs it).
import { normaliseNote, normaliseTags } from './favourite-fields';
import type { ArchscoutDb, FavouriteRecord, TombstoneRecord } from './schema';

/** All favourites, newest first. */
export async function listFavourites(db: ArchscoutDb): Promise<FavouriteRecord[]> {
  const all = await db.getAll('favourites');
  return all.sort((a, b) => b.addedAt - a.addedAt || a.id.localeCompare(b.id));
}

export function getFavourite(db: ArchscoutDb, id: string): Promise<FavouriteRecord | undefined> {
  return db.get('favourites', id);
}

/** Adds a favourite (idempotent: an existing one is returned unchanged) and forgets any earlier deletion. */
export async function addFavourite(
  db: ArchscoutDb,
  id: string,
  name: string,
  now = Date.now(),
): Promise<FavouriteRecord> {
  const tx = db.transaction(['favourites', 'tombstones'], 'readwrite');
  const favourites = tx.objectStore('favourites');
  const existing = await favourites.get(id);
  const record = existing ?? { id, name, addedAt: now, updatedAt: now, tags: [] };
  if (!existing) {
    await favourites.put(record);
    await tx.objectStore('tombstones').delete(id);
  }
  await tx.done;
  return record;
}

/** Removes a favourite, leaving a tombstone for sync in the same transaction; true when there was one. */
export async function removeFavourite(db: ArchscoutDb, id: string, now = Date.now()): Promise<boolean> {
  const tx = db.transaction(['favourites', 'tombstones'], 'readwrite');
  const existed = (await tx.objectStore('favourites').getKey(id)) !== undefined;
  if (existed) {
    await tx.objectStore('favourites').delete(id);
    await tx.objectStore('tombstones').put({ id, deletedAt: now });
  }
  await tx.done;
  return existed;
}

export function listTombstones(db: ArchscoutDb): Promise<TombstoneRecord[]> {
  return db.getAll('tombstones');
}

/** Forgets deletions older than `before` (sync keeps them long enough for other browsers to see them). */
export async function pruneTombstones(db: ArchscoutDb, before: number): Promise<string[]> {
  const tx = db.transaction('tombstones', 'readwrite');
  const pruned: string[] = [];
  let cursor = await tx.store.openCursor();
  while (cursor) {
    if (cursor.value.deletedAt < before) {
      pruned.push(cursor.value.id);
      await cursor.delete();
    }
    cursor = await cursor.continue();
  }
  await tx.done;
  return pruned;
}

export interface FavouriteEdit {
  tags?: readonly string[];
  note?: string | null; // null or blank clears it
}

/** Edits tags and/or note; undefined when the project is not a favourite. */
export async function updateFavourite(
  db: ArchscoutDb,
  id: string,
  edit: FavouriteEdit,
  now = Date.now(),
): Promise<FavouriteRecord | undefined> {
  const tx = db.transaction('favourites', 'readwrite');
  const existing = await tx.store.get(id);
  if (!existing) {
    await tx.done;
    return undefined;
  }
  const next: FavouriteRecord = { ...existing, updatedAt: now };
  if (edit.tags !== undefined) next.tags = normaliseTags(edit.tags);
  if (edit.note !== undefined) {
    const note = normaliseNote(edit.note);
    if (note === undefined) delete next.note;
    else next.note = note;
  }
  await tx.store.put(next);
  await tx.done;
  return next;
}

export interface FavouriteChanges {
  put: readonly FavouriteRecord[]; // clears any tombstone of the same id
  remove: readonly TombstoneRecord[]; // deletes the favourite and records the tombstone
}

/**
 * Requests queued at a time. Each put structured-clones its record at once, in the caller's
 * thread: 3,000 imported favourites took 180-350 ms in one go, a frozen frame in Firefox, where
 * the background shares its thread with the options page.
 */
const WRITE_BATCH = 250;

/**
 * Applies a batch (an import, a sync merge) in one transaction: all or nothing. Requests go in
 * batches, each queued once the previous one has succeeded: the transaction stays active while
 * a request's result is handled (idb resolves in the success event), and the browser gets to
 * run other tasks between those events.
 */
export async function applyFavouriteChanges(db: ArchscoutDb, changes: FavouriteChanges): Promise<void> {
  if (changes.put.length === 0 && changes.remove.length === 0) return;
  const tx = db.transaction(['favourites', 'tombstones'], 'readwrite');
  const favourites = tx.objectStore('favourites');
  const tombstones = tx.objectStore('tombstones');
  const steps: (() => Promise<unknown>[])[] = [
    ...changes.remove.map((t) => () => [favourites.delete(t.id), tombstones.put({ id: t.id, deletedAt: t.deletedAt })]),
    ...changes.put.map((record) => () => [favourites.put(record), tombstones.delete(record.id)]),
  ];
  const writes: Promise<unknown>[] = [];
  try {
    for (let start = 0; start < steps.length; start += WRITE_BATCH) {
      const queued = writes.length;
      for (const step of steps.slice(start, start + WRITE_BATCH)) writes.push(...step());
      await Promise.all(writes.slice(queued));
    }
    await tx.done;
  } catch (error) {
    // A request that throws synchronously (a record without a key) does not abort the transaction by itself.
    try {
      tx.abort();
    } catch {
      // already aborted
    }
    // The queued requests all fail once the transaction aborts: observe them so none is an unhandled rejection.
    for (const w of writes) w.catch(() => {});
    tx.done.catch(() => {});
    throw error;
  }
}
