// Builds the background's pieces and wires them to each other; the entrypoint
// (entrypoints/background.ts) registers and starts them.

import type { SyncArea } from '@/catalog/sync/sync-area';
import type { Catalog } from '@/catalog/types';
import { installBundledCatalog } from './catalog-install';
import { type BackgroundContext, createContext } from './context';
import { createDbConnection } from './db-connection';
import { createSyncDriver, type SyncDriver } from './sync-driver';
import { publishUserData } from './user-data-mirror';

export interface Background {
  ctx: BackgroundContext;
  sync: SyncDriver;
  /** Installs the catalog when it changed, refreshes the storage.local mirror if stale, starts sync. */
  start(): Promise<void>;
  /** start(), once the event that woke the worker has had STARTUP_DELAY_MS to be answered. */
  startAfterWake(): void;
}

// Chromium stops an idle worker after 30 s and starts it again for the next event: a message
// from the popup, a GitHub page's content script, a tab closing. That event is what the user
// waits for; the start-up's catalog check, mirror check and sync pass are catch-up work (the
// catalog is installed at once on install, update and browser start, services/catalog-install.ts;
// sync passes follow every change), so they wait this long instead of running first in the
// serial queue and beside the page that woke the worker. Short, because a Firefox event page
// is suspended when idle however many timers wait (30 s by default; Chromium's worker likewise
// lives 30 s past its last event).
export const STARTUP_DELAY_MS = 250;

export interface BackgroundOptions {
  catalog: Catalog;
  indexedDB: IDBFactory;
  syncArea?: SyncArea;
  dbName?: string;
  now?: () => number;
  syncDebounceMs?: number;
}

export function createBackground(options: BackgroundOptions): Background {
  const db = createDbConnection(options.indexedDB, options.dbName);
  const publish = async () => publishUserData(await db());
  const publishIfStale = async () => publishUserData(await db(), { onlyIfStale: true });
  // The sync driver needs the context and the context's hooks need the driver: bind late.
  let sync: SyncDriver | undefined;
  const ctx = createContext({
    catalog: options.catalog,
    db,
    now: options.now,
    onUserDataChanged: async () => {
      await publish();
      sync?.request();
    },
    syncStatus: async () => (sync ? sync.status() : { state: 'pending', at: Date.now() }),
  });
  sync = createSyncDriver(ctx, { area: options.syncArea, onLocalChange: publish, debounceMs: options.syncDebounceMs });
  const driver = sync;
  const start = async () => {
    try {
      await installBundledCatalog(ctx);
    } catch (error) {
      console.error('Archscout: catalog install failed', error);
    }
    await ctx.queue.run(publishIfStale);
    driver.start();
  };
  return {
    ctx,
    sync: driver,
    start,
    startAfterWake() {
      setTimeout(() => void start(), STARTUP_DELAY_MS);
    },
  };
}
