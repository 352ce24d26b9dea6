// What every background handler works with: the catalog in memory, the
// database, a clock, one queue for user-data writes, and the hooks that tell
// surfaces and sync that user data changed.

import { projectNames } from '@/catalog/project-names';
import type { Catalog } from '@/catalog/types';
import type { DbGetter } from './db-connection';
import type { SyncStatus } from './protocol';
import { SerialQueue } from './serial-queue';

export interface BackgroundContext {
  catalog: Catalog;
  db: DbGetter;
  now: () => number;
  /** Serialises user-data writes and sync passes. */
  queue: SerialQueue;
  /** Call after any user-data change: mirrors it to storage.local and schedules a sync pass. */
  userDataChanged: () => Promise<void>;
  syncStatus: () => Promise<SyncStatus>;
  nameOf: (id: string) => string | undefined;
}

export interface ContextOptions {
  catalog: Catalog;
  db: DbGetter;
  now?: () => number;
  onUserDataChanged?: () => Promise<void>;
  syncStatus?: () => Promise<SyncStatus>;
}

export function createContext(options: ContextOptions): BackgroundContext {
  return {
    catalog: options.catalog,
    db: options.db,
    now: options.now ?? Date.now,
    queue: new SerialQueue(),
    userDataChanged: options.onUserDataChanged ?? (async () => {}),
    syncStatus: options.syncStatus ?? (async () => ({ state: 'unavailable', at: Date.now() })),
    nameOf: projectNames(options.catalog),
  };
}
