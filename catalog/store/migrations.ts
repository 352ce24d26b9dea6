// Schema migrations, one step per version (`if (oldVersion < n)`), so a
// database written by any earlier version upgrades to the current one. Each
// step uses the versionchange transaction and awaits only IDB requests (idb
// README, "Transaction lifetime"). Fixtures for every earlier version live in
// fixtures/ and migrations.test.ts opens each one.
import type { IDBPTransaction, StoreNames } from 'idb';
import type { ArchscoutDb, ArchscoutSchema } from './schema';
import { readStoredFavourite } from './stored-favourite';

export type UpgradeTx = IDBPTransaction<ArchscoutSchema, StoreNames<ArchscoutSchema>[], 'versionchange'>;

export async function migrate(db: ArchscoutDb, oldVersion: number, tx: UpgradeTx, now = Date.now()): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('projects', { keyPath: 'id' });
    db.createObjectStore('categories', { keyPath: 'id' });
    db.createObjectStore('meta', { keyPath: 'key' });
    db.createObjectStore('favourites', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    // v2: favourites gain a name snapshot, tags, a note and updatedAt; visits and dismissals are recorded.
    tx.objectStore('favourites').createIndex('by-added', 'addedAt');
    const visits = db.createObjectStore('visits', { keyPath: 'seq', autoIncrement: true });
    visits.createIndex('by-at', 'at');
    visits.createIndex('by-project', 'id');
    db.createObjectStore('dismissed', { keyPath: ['scope', 'id'] });
    // A v1 favourite is only which project and when: the name comes from the catalog it installed.
    let cursor = await tx.objectStore('favourites').openCursor();
    while (cursor) {
      const id = cursor.primaryKey;
      if (typeof id === 'string') {
        const project = await tx.objectStore('projects').get(id);
        await cursor.update(readStoredFavourite(id, cursor.value, { projectName: project?.name, now }));
      }
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 3) {
    // v3: tags are indexed (multiEntry) for the new tab's tag filter; v2 stored them as typed, so normalise.
    // Deletions are kept as tombstones for sync (a v2 database had none to carry over).
    // Every favourite is read as the current shape (stored-favourite.ts), so none of a shape no
    // version wrote can make the step throw, which would abort the upgrade and hide them all.
    tx.objectStore('favourites').createIndex('by-tag', 'tags', { multiEntry: true });
    db.createObjectStore('tombstones', { keyPath: 'id' });
    let cursor = await tx.objectStore('favourites').openCursor();
    while (cursor) {
      const id = cursor.primaryKey;
      if (typeof id === 'string') {
        const record = readStoredFavourite(id, cursor.value, { now });
        if (JSON.stringify(record) !== JSON.stringify(cursor.value)) await cursor.update(record);
      }
      cursor = await cursor.continue();
    }
  }
}
