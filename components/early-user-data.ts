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
}

type WithSlot = { [SLOT]?: EarlyRead };

/** Starts reading the user's records; the page's module takes the read with takeEarlyUserData. */
export function startEarlyUserData(visitLimit: number, factory?: IDBFactory, scope: object = globalThis): void {
  try {
    const records = readUserRecords(visitLimit, factory);
    records.catch(() => {}); // taken or not, a failed read is dealt with by whoever takes it
    (scope as WithSlot)[SLOT] = { visitLimit, records };
  } catch {
    // No IndexedDB here: the page reads the usual way.
  }
}

/** The read the boot script started for `visitLimit`, once; undefined when there is none. */
export function takeEarlyUserData(visitLimit: number, scope: object = globalThis): Promise<UserRecords> | undefined {
  const early = (scope as WithSlot)[SLOT];
  delete (scope as WithSlot)[SLOT];
  return early?.visitLimit === visitLimit ? early.records : undefined;
}
