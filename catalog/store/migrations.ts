// Schema migrations, one step per version (`if (oldVersion < n)`), so a
// database written by any earlier version upgrades to the current one. Each
// step uses the versionchange transaction and awaits only IDB requests (idb
// README, "Transaction lifetime"). Fixtures for every earlier version live in
// fixtures/ and migrations.test.ts opens each one.
import type { IDBPTransaction, StoreNames } from 'idb';
import { normaliseTags } from './favourite-fields';
import type { ArchscoutDb, ArchscoutSchema, FavouriteRecord } from './schema';

export type UpgradeTx = IDBPTransaction<ArchscoutSchema, StoreNames<ArchscoutSchema>[], 'versionchange'>;

/** A v1 favourite: only which project and when. */
interface FavouriteV1 {
  id: string;
  addedAt: number;
}

export async function migrate(db: ArchscoutDb, oldVersion: number, tx: UpgradeTx): Promise<void> {
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
    let cursor = await tx.objectStore('favourites').openCursor();
    while (cursor) {
      const old = cursor.value as unknown as FavouriteV1;
      const project = await tx.objectStore('projects').get(old.id);
      const upgraded: FavouriteRecord = {
        id: old.id,
        name: project?.name ?? old.id,
        addedAt: old.addedAt,
        updatedAt: old.addedAt,
        tags: [],
      };
      await cursor.update(upgraded);
      cursor = await cursor.continue();
    }
  }
  if (oldVersion < 3) {
    // v3: tags are indexed (multiEntry) for the new tab's tag filter; v2 stored them as typed, so normalise.
    // Deletions are kept as tombstones for sync (a v2 database had none to carry over).
    tx.objectStore('favourites').createIndex('by-tag', 'tags', { multiEntry: true });
    db.createObjectStore('tombstones', { keyPath: 'id' });
    let cursor = await tx.objectStore('favourites').openCursor();
    while (cursor) {
      const tags = normaliseTags(cursor.value.tags ?? []);
      if (tags.join('\n') !== (cursor.value.tags ?? []).join('\n')) await cursor.update({ ...cursor.value, tags });
      cursor = await cursor.continue();
    }
  }
}
