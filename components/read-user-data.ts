import { listDismissed } from '@/catalog/store/dismissed';
import { listFavourites } from '@/catalog/store/favourites';
import { openArchscoutDb } from '@/catalog/store/open-db';
import type { ArchscoutDb, FavouriteRecord } from '@/catalog/store/schema';
import { recentVisits } from '@/catalog/store/visits';
import { favouriteView } from '@/services/favourite-view';
import type { DismissedItem, FavouriteView, RecentVisit } from '@/services/protocol';

export interface UserDataAnswer {
  favourites: FavouriteView[];
  visits: RecentVisit[];
  dismissed: DismissedItem[];
}

/** The stored records, before favourites are given the names of the catalog a page shows. */
export interface UserRecords {
  favourites: FavouriteRecord[];
  visits: RecentVisit[];
  dismissed: DismissedItem[];
}

/**
 * The user's favourites, recent visits and dismissals read by the page itself from IndexedDB,
 * as the background's handlers read them (services/handlers: favourites.list, visits.recent,
 * dismissed.list); userDataAnswer then gives the favourites the handlers' view. Pages may read;
 * every write still goes through the background. Why not ask the background: after 30 s idle
 * Chromium stops its service worker, and the new tab's first recommendation then waited about
 * 200 ms for it to start again (bench, "background stopped first"), against about 80 ms when it
 * is running.
 */
export function readUserRecords(visitLimit: number, factory: IDBFactory = indexedDB): Promise<UserRecords> {
  return withDb(factory, async (db) => {
    const [favourites, visits, dismissed] = await Promise.all([
      listFavourites(db),
      recentVisits(db, visitLimit),
      listDismissed(db),
    ]);
    return { favourites, visits, dismissed };
  });
}

/**
 * The recent visits alone, read the same way: the popup's home lists them. Asking the background
 * instead started the stopped service worker for every popup opened after 30 s idle, and the
 * home waited for it (a cold popup's complete home, median of 20 alternating runs: 164.6 ms
 * asking, 150.1 ms reading).
 */
export function readRecentVisits(limit: number, factory: IDBFactory = indexedDB): Promise<RecentVisit[]> {
  return withDb(factory, (db) => recentVisits(db, limit));
}

async function withDb<T>(factory: IDBFactory, read: (db: ArchscoutDb) => Promise<T>): Promise<T> {
  const db = await openArchscoutDb(factory);
  try {
    return await read(db);
  } finally {
    db.close(); // an open connection would delay the background's upgrades
  }
}

/** The answer for `records`, favourites under the names `nameOf` knows. */
export function userDataAnswer(records: UserRecords, nameOf: (id: string) => string | undefined): UserDataAnswer {
  return { ...records, favourites: records.favourites.map((record) => favouriteView(record, nameOf)) };
}
