// Merges this browser's favourites with what storage.sync holds (issue #4).
// Pure: both sides in, the changes for each side out. Per favourite,
// last-writer-wins on time: a favourite's updatedAt against another copy's
// updatedAt or a tombstone's deletedAt; on a tie a tombstone wins (a removal
// is never undone by an add of the same instant), and two different copies
// with the same time are ordered by their JSON so every browser picks the same.
import { normaliseNote, normaliseTags } from '../store/favourite-fields';
import type { FavouriteChanges } from '../store/favourites';
import type { FavouriteRecord, TombstoneRecord } from '../store/schema';
import {
  decodeEntry,
  encodeFavourite,
  encodeTombstone,
  entryTime,
  favouriteKey,
  idFromKey,
  isTombstone,
  type SyncEntry,
} from './sync-entry';

/** How long deletions are remembered; a browser offline for longer may bring a deleted favourite back. */
export const TOMBSTONE_TTL_MS = 30 * 24 * 3_600_000;

export interface LocalFavourites {
  favourites: readonly FavouriteRecord[];
  tombstones: readonly TombstoneRecord[];
}

export interface MergeOptions {
  now: number;
  /** The catalog's current name for a project (for favourites arriving from another browser). */
  nameOf: (id: string) => string | undefined;
  tombstoneTtlMs?: number;
}

export interface MergePlan {
  local: FavouriteChanges; // to apply to IndexedDB
  remoteSet: [key: string, value: SyncEntry][]; // to write to storage.sync, tombstones first, then newest first
  remoteRemove: string[]; // expired tombstones to delete from storage.sync
}

const canonical = (entry: SyncEntry): string => JSON.stringify(entry);

/** True when `a` should win over `b`. */
function wins(a: SyncEntry, b: SyncEntry): boolean {
  const ta = entryTime(a);
  const tb = entryTime(b);
  if (ta !== tb) return ta > tb;
  if (isTombstone(a) !== isTombstone(b)) return isTombstone(a);
  return canonical(a) > canonical(b);
}

export function mergeFavourites(
  local: LocalFavourites,
  remote: Record<string, unknown>,
  options: MergeOptions,
): MergePlan {
  const expiredBefore = options.now - (options.tombstoneTtlMs ?? TOMBSTONE_TTL_MS);
  const localById = new Map<string, SyncEntry>();
  const records = new Map(local.favourites.map((f) => [f.id, f]));
  for (const t of local.tombstones) if (t.deletedAt >= expiredBefore) localById.set(t.id, encodeTombstone(t.deletedAt));
  // A favourite and a tombstone for the same id should not coexist; if they do, the newer decides.
  for (const f of local.favourites) {
    const fav = encodeFavourite(f);
    const tomb = localById.get(f.id);
    if (!tomb || wins(fav, tomb)) localById.set(f.id, fav);
  }

  const plan: MergePlan = { local: { put: [], remove: [] }, remoteSet: [], remoteRemove: [] };
  const remoteById = new Map<string, SyncEntry>();
  for (const [key, value] of Object.entries(remote)) {
    const id = idFromKey(key);
    if (id === null) continue;
    const entry = decodeEntry(value);
    if (!entry) continue; // malformed (another version, or tampered): leave it, local data decides
    if (isTombstone(entry) && entry.d < expiredBefore) {
      plan.remoteRemove.push(key);
      continue;
    }
    remoteById.set(id, entry);
  }

  const put: FavouriteRecord[] = [];
  const remove: TombstoneRecord[] = [];
  for (const id of new Set([...localById.keys(), ...remoteById.keys()])) {
    const mine = localById.get(id);
    const theirs = remoteById.get(id);
    if (mine && (!theirs || wins(mine, theirs))) {
      // A deletion goes up only where sync holds the key (a favourite, a tombstone, or a value
      // this version cannot read): a favourite sync never had reached no other browser through
      // it. Such tombstones took items and bytes of a full sync area, were refused and counted
      // as "favourites kept on this device": removing the favourites that did not fit, to make
      // the warning go, kept it.
      const unknownToSync = isTombstone(mine) && !Object.hasOwn(remote, favouriteKey(id));
      if (!unknownToSync && (!theirs || canonical(mine) !== canonical(theirs)))
        plan.remoteSet.push([favouriteKey(id), mine]);
    } else if (theirs && (!mine || canonical(mine) !== canonical(theirs))) {
      if (isTombstone(theirs)) {
        if (records.has(id) || mine) remove.push({ id, deletedAt: theirs.d });
      } else {
        const existing = records.get(id);
        const record: FavouriteRecord = {
          id,
          name: options.nameOf(id) ?? existing?.name ?? id,
          addedAt: theirs.a,
          updatedAt: theirs.u,
          tags: normaliseTags(theirs.t ?? []),
        };
        const note = normaliseNote(theirs.n);
        if (note !== undefined) record.note = note;
        put.push(record);
      }
    }
  }
  plan.local = { put, remove };
  // Deletions first (small, and they stop a removed favourite coming back), then the newest edits.
  plan.remoteSet.sort(([, a], [, b]) => Number(isTombstone(b)) - Number(isTombstone(a)) || entryTime(b) - entryTime(a));
  return plan;
}
