import { LOCAL_KEYS } from '@/services/protocol';
import { watchLocal } from '@/services/watch-local';
import { readUserRecords, type UserRecords } from './read-user-data';

// The new tab's boot script (entrypoints/newtab-boot.ts) runs in <head> while the page's module
// is still on its way, and starts reading the user's records from IndexedDB there; the module
// then takes the read that is already under way (components/use-user-data.ts) instead of
// starting its own. Opening the database and reading took 5-20 ms after the module started
// (performance marks, issue #8), all of it before the first recommendation could render.
// Both scripts run in the page's one window, which is where the read is handed over.

const SLOT = '__archscoutEarlyUserData';

interface EarlyRead {
  visitLimit: number;
  records: Promise<UserRecords>;
  stale: boolean; // the user data changed after the read went out
  stopWatching: () => void;
}

/** Calls `onChange` after any change to the user data (services/client.ts); returns how to stop. */
export type WatchUserData = (onChange: () => void) => () => void;

// The two storage.local keys services/client.ts's watchUserData and watchFavouriteIds follow,
// through the same watchLocal: the boot script stays free of the client's other code.
function watchChanges(onChange: () => void): () => void {
  const stops = [watchLocal(LOCAL_KEYS.userDataRev, onChange), watchLocal(LOCAL_KEYS.favouriteIds, onChange)];
  return () => {
    for (const stop of stops) stop();
  };
}

type WithSlot = { [SLOT]?: EarlyRead };

/**
 * Starts reading the user's records; the page's module takes the read with takeEarlyUserData.
 * Changes made meanwhile (a favourite toggled in another tab) are watched until then, as the
 * module's own preload watches them from the moment it takes over (use-user-data.ts).
 */
export function startEarlyUserData(
  visitLimit: number,
  factory?: IDBFactory,
  scope: object = globalThis,
  watch: WatchUserData = watchChanges,
): void {
  try {
    const records = readUserRecords(visitLimit, factory);
    records.catch(() => {}); // taken or not, a failed read is dealt with by whoever takes it
    const early: EarlyRead = { visitLimit, records, stale: false, stopWatching: () => {} };
    early.stopWatching = watch(() => {
      early.stale = true;
    });
    (scope as WithSlot)[SLOT] = early;
  } catch {
    // No IndexedDB or storage events here: the page reads the usual way.
  }
}

/** The read the boot script started for `visitLimit`, once; undefined when there is none or it is stale. */
export function takeEarlyUserData(visitLimit: number, scope: object = globalThis): Promise<UserRecords> | undefined {
  const early = (scope as WithSlot)[SLOT];
  delete (scope as WithSlot)[SLOT];
  early?.stopWatching();
  return early && early.visitLimit === visitLimit && !early.stale ? early.records : undefined;
}
