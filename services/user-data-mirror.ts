// The storage.local mirror that lets every surface see user-data changes
// without reload (see services/README.md): the favourite ids, and a revision
// number bumped on every change. Only the background writes these keys.
// A worker that starts again checks the mirror with `onlyIfStale` and leaves a current one
// alone: every write wakes each open page's storage watchers (the new tab then reads and
// renders its user data again) for a change that was not made.
import { browser } from 'wxt/browser';
import { listFavourites } from '@/catalog/store/favourites';
import type { ArchscoutDb } from '@/catalog/store/schema';
import { LOCAL_KEYS } from './protocol';

export async function publishUserData(db: ArchscoutDb, { onlyIfStale = false } = {}): Promise<void> {
  const ids = (await listFavourites(db)).map((f) => f.id);
  const stored = await browser.storage.local.get([LOCAL_KEYS.userDataRev, LOCAL_KEYS.favouriteIds]);
  const rev = Number(stored[LOCAL_KEYS.userDataRev]) || 0;
  if (onlyIfStale && rev > 0 && sameIds(stored[LOCAL_KEYS.favouriteIds], ids)) return;
  await browser.storage.local.set({ [LOCAL_KEYS.favouriteIds]: ids, [LOCAL_KEYS.userDataRev]: rev + 1 });
}

function sameIds(stored: unknown, ids: readonly string[]): boolean {
  return Array.isArray(stored) && stored.length === ids.length && ids.every((id, i) => stored[i] === id);
}
