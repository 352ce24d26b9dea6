// The storage.local mirror that lets every surface see user-data changes
// without reload (see services/README.md): the favourite ids, and a revision
// number bumped on every change. Only the background writes these keys.
import { browser } from 'wxt/browser';
import { listFavourites } from '@/catalog/store/favourites';
import type { ArchscoutDb } from '@/catalog/store/schema';
import { LOCAL_KEYS } from './protocol';

export async function publishUserData(db: ArchscoutDb): Promise<void> {
  const favourites = await listFavourites(db);
  const stored = await browser.storage.local.get(LOCAL_KEYS.userDataRev);
  const rev = Number(stored[LOCAL_KEYS.userDataRev]) || 0;
  await browser.storage.local.set({
    [LOCAL_KEYS.favouriteIds]: favourites.map((f) => f.id),
    [LOCAL_KEYS.userDataRev]: rev + 1,
  });
}
