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
  /** Installs the catalog when it changed, refreshes the storage.local mirror, starts sync. */
  start(): Promise<void>;
}

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
  return {
    ctx,
    sync: driver,
    async start() {
      try {
        await installBundledCatalog(ctx);
      } catch (error) {
        console.error('Archscout: catalog install failed', error);
      }
      await ctx.queue.run(publish);
      driver.start();
    },
  };
}
