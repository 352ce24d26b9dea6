import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { listDismissed } from './dismissed';
import { listFavourites } from './favourites';
import { makeProject } from './fixtures/test-catalog';
import { writeV1Database } from './fixtures/write-v1';
import { type V2Favourite, writeV2Database } from './fixtures/write-v2';
import { openArchscoutDb } from './open-db';
import { readCatalog } from './read-catalog';
import { DB_VERSION } from './schema';
import { recentVisits } from './visits';

const projects = [makeProject('kafka'), makeProject('etcd', { name: 'etcd' }), makeProject('consul')];

describe('migrations', () => {
  it('opens a fresh database at the current version with every store', async () => {
    const db = await openArchscoutDb(new IDBFactory());
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual(
      ['categories', 'dismissed', 'favourites', 'meta', 'projects', 'tombstones', 'visits'].sort(),
    );
    db.close();
  });

  it('upgrades a v1 database: every favourite kept, with a name snapshot, empty tags and no note', async () => {
    const factory = new IDBFactory();
    const favourites = [
      { id: 'kafka', addedAt: 1000 },
      { id: 'etcd', addedAt: 2000 },
      { id: 'gone-project', addedAt: 3000 }, // no longer in the catalog: must survive as an orphan
    ];
    await writeV1Database(factory, 'archscout', { projects, favourites, catalogHash: 'h1' });

    const db = await openArchscoutDb(factory);
    const after = await listFavourites(db);
    expect(after).toHaveLength(3);
    const byId = new Map(after.map((f) => [f.id, f]));
    expect(byId.get('kafka')).toEqual({ id: 'kafka', name: 'Kafka', addedAt: 1000, updatedAt: 1000, tags: [] });
    expect(byId.get('etcd')).toEqual({ id: 'etcd', name: 'etcd', addedAt: 2000, updatedAt: 2000, tags: [] });
    expect(byId.get('gone-project')).toMatchObject({ name: 'gone-project', addedAt: 3000, tags: [] });
    expect(after.every((f) => f.note === undefined)).toBe(true);
    // The catalog written by v1 is still readable.
    expect((await readCatalog(db))?.projects.map((p) => p.id)).toEqual(['kafka', 'etcd', 'consul']);
    // New stores work.
    expect(await recentVisits(db)).toEqual([]);
    db.close();
  });

  it('upgrades a v2 database: every favourite, tag and note kept (tags normalised), visits and dismissals kept', async () => {
    const factory = new IDBFactory();
    const favourites = [
      {
        id: 'kafka',
        name: 'Kafka',
        addedAt: 1,
        updatedAt: 5,
        tags: ['Streaming', ' log ', 'streaming'],
        note: 'use for events',
      },
      { id: 'etcd', name: 'etcd', addedAt: 2, updatedAt: 2, tags: [], note: '键值存储 · raft' },
      { id: 'consul', name: 'Consul', addedAt: 3, updatedAt: 3, tags: ['discovery'] },
    ];
    await writeV2Database(factory, 'archscout', {
      projects,
      favourites,
      visits: [
        { id: 'kafka', at: 10 },
        { id: 'etcd', at: 20 },
        { id: 'kafka', at: 30 },
      ],
      dismissed: [{ id: 'consul', scope: 'annotation', at: 40 }],
      catalogHash: 'h2',
    });

    const db = await openArchscoutDb(factory);
    const byId = new Map((await listFavourites(db)).map((f) => [f.id, f]));
    expect(byId.size).toBe(3);
    expect(byId.get('kafka')).toEqual({ ...favourites[0], tags: ['streaming', 'log'] });
    expect(byId.get('etcd')).toEqual(favourites[1]);
    expect(byId.get('consul')).toEqual(favourites[2]);
    // v3's tag index finds them.
    expect(await db.getAllKeysFromIndex('favourites', 'by-tag', 'streaming')).toEqual(['kafka']);
    expect(await recentVisits(db)).toEqual([
      { id: 'kafka', at: 30, count: 2 },
      { id: 'etcd', at: 20, count: 1 },
    ]);
    expect(await listDismissed(db)).toEqual([{ id: 'consul', scope: 'annotation', at: 40 }]);
    db.close();
  });

  it('upgrades a v2 database holding favourites of shapes no version wrote, and keeps every favourite', async () => {
    const factory = new IDBFactory();
    const good = { id: 'kafka', name: 'Kafka', addedAt: 1, updatedAt: 5, tags: ['log'], note: 'events' };
    const damaged = [
      { id: 'etcd', name: 'etcd', addedAt: 2, updatedAt: 2, tags: ['Raft', 7, null] },
      { id: 'consul', name: 'Consul', addedAt: 3, updatedAt: 3, tags: 'Service Mesh' },
      { id: 'gone', tags: [], note: 'no dates' },
    ] as unknown as V2Favourite[];
    await writeV2Database(factory, 'archscout', {
      projects,
      favourites: [good, ...damaged],
      visits: [{ id: 'kafka', at: 10 }],
      dismissed: [],
      catalogHash: 'h2',
    });

    const db = await openArchscoutDb(factory);
    expect(db.version).toBe(DB_VERSION);
    const byId = new Map((await listFavourites(db)).map((f) => [f.id, f]));
    expect(byId.get('kafka')).toEqual(good);
    expect(byId.get('etcd')?.tags).toEqual(['raft', '7']);
    expect(byId.get('consul')?.tags).toEqual(['service mesh']);
    expect(byId.get('gone')).toMatchObject({ name: 'gone', note: 'no dates', tags: [] });
    expect(byId.get('gone')?.addedAt).toBeTypeOf('number');
    expect(await db.getAllKeysFromIndex('favourites', 'by-tag', 'raft')).toEqual(['etcd']);
    expect(await recentVisits(db)).toEqual([{ id: 'kafka', at: 10, count: 1 }]);
    db.close();
  });

  it('closes itself when a newer version wants to open, so an update is never blocked', async () => {
    const factory = new IDBFactory();
    let closed = false;
    const db = await openArchscoutDb(factory, { onClosedForUpgrade: () => (closed = true) });
    const newer = factory.open('archscout', DB_VERSION + 1);
    let blocked = false;
    newer.onblocked = () => (blocked = true);
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      newer.onsuccess = () => resolve(newer.result);
      newer.onerror = () => reject(newer.error);
    });
    expect(upgraded.version).toBe(DB_VERSION + 1);
    expect(closed).toBe(true);
    expect(blocked).toBe(false);
    upgraded.close();
    void db;
  });
});
