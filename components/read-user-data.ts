import { listDismissed } from '@/catalog/store/dismissed';
import { listFavourites } from '@/catalog/store/favourites';
import { openArchscoutDb } from '@/catalog/store/open-db';
import { recentVisits } from '@/catalog/store/visits';
import { favouriteView } from '@/services/favourite-view';
import type { DismissedItem, FavouriteView, RecentVisit } from '@/services/protocol';

export interface UserDataAnswer {
  favourites: FavouriteView[];
  visits: RecentVisit[];
  dismissed: DismissedItem[];
}

/**
 * The user's favourites, recent visits and dismissals read by the page itself from IndexedDB,
 * as the background's handlers read them (services/handlers: favourites.list, visits.recent,
 * dismissed.list), with the same favourite view. Pages may read; every write still goes through
 * the background. Why not ask the background: after 30 s idle Chromium stops its service
 * worker, and the new tab's first recommendation then waited about 200 ms for it to start
 * again (bench, "background stopped first"), against about 80 ms when it is running.
 */
export async function readUserData(
  nameOf: (id: string) => string | undefined,
  visitLimit: number,
  factory: IDBFactory = indexedDB,
): Promise<UserDataAnswer> {
  const db = await openArchscoutDb(factory);
  try {
    const [favourites, visits, dismissed] = await Promise.all([
      listFavourites(db),
      recentVisits(db, visitLimit),
      listDismissed(db),
    ]);
    return { favourites: favourites.map((record) => favouriteView(record, nameOf)), visits, dismissed };
  } finally {
    db.close(); // an open connection would delay the background's upgrades
  }
}
