// Opens the Archscout database with an explicit IDBFactory (fake-indexeddb in
// tests; `indexedDB` of an extension origin in the browser, never of a content
// script, which would be the web page's database). Mirrors idb's openDB, which
// only knows the global factory.
import { wrap } from 'idb';
import { migrate, type UpgradeTx } from './migrations';
import { type ArchscoutDb, DB_NAME, DB_VERSION } from './schema';

export interface OpenOptions {
  name?: string;
  /** Called after the connection closed itself because a newer version wants to open. */
  onClosedForUpgrade?: () => void;
}

export function openArchscoutDb(factory: IDBFactory, options: OpenOptions = {}): Promise<ArchscoutDb> {
  const request = factory.open(options.name ?? DB_NAME, DB_VERSION);
  request.addEventListener('upgradeneeded', (event) => {
    const tx = wrap(request.transaction as IDBTransaction) as unknown as UpgradeTx;
    // An error half-way must abort the whole upgrade: the old data then stays as it was.
    migrate(wrap(request.result) as unknown as ArchscoutDb, event.oldVersion, tx).catch((error: unknown) => {
      console.error('Archscout: database migration failed', error);
      try {
        tx.abort();
      } catch {
        // already finished or aborted
      }
    });
  });
  return (wrap(request) as unknown as Promise<ArchscoutDb>).then((db) => {
    // A newer extension version (or another page) wants to upgrade: step aside
    // instead of blocking it (W3C IndexedDB "versionchange"; idb's `blocking`).
    db.addEventListener('versionchange', () => {
      db.close();
      options.onClosedForUpgrade?.();
    });
    return db;
  });
}
