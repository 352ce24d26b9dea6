// Two simulated browsers, each with its own IndexedDB and storage.sync area,
// joined by a fake sync service that enforces every storage.sync quota.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addFavourite, listFavourites, removeFavourite, updateFavourite } from '../store/favourites';
import { openArchscoutDb } from '../store/open-db';
import type { ArchscoutDb } from '../store/schema';
import { type FakeSyncArea, FakeSyncCloud } from './fake-sync-area';
import { TOMBSTONE_TTL_MS } from './merge';
import { SYNC_QUOTA } from './quota';
import { WriteRateLimiter } from './rate-limit';
import { syncOnce } from './sync-engine';

interface SimBrowser {
  db: ArchscoutDb;
  area: FakeSyncArea;
  sync: () => ReturnType<typeof syncOnce>;
}

function setup(quota = SYNC_QUOTA) {
  let clock = 1_000_000;
  const now = () => clock;
  const cloud = new FakeSyncCloud(now, quota);
  const make = async (): Promise<SimBrowser> => {
    const db = await openArchscoutDb(new IDBFactory());
    const area = cloud.connect();
    const limiter = new WriteRateLimiter(
      [],
      quota.MAX_WRITE_OPERATIONS_PER_MINUTE,
      quota.MAX_WRITE_OPERATIONS_PER_HOUR,
    );
    return { db, area, sync: () => syncOnce(db, area, { now: clock, nameOf: (id) => id.toUpperCase(), limiter }) };
  };
  return {
    cloud,
    make,
    tick: (ms = 1000) => {
      clock += ms;
      return clock;
    },
  };
}

const ids = async (b: SimBrowser) => (await listFavourites(b.db)).map((f) => f.id).sort();

/** Both browsers sync, exchange, and sync again until nothing changes (as onChanged would drive them). */
async function settle(cloud: FakeSyncCloud, a: SimBrowser, b: SimBrowser) {
  for (let round = 0; round < 4; round++) {
    await a.sync();
    await b.sync();
    cloud.deliver();
  }
}

/** One browser with `count` favourites, each with a note of about 1,000 characters, and its clock. */
async function browserWithLongNotes(count: number) {
  const { make, tick } = setup();
  const a = await make();
  for (let i = 0; i < count; i++) {
    await addFavourite(a.db, `p-${i}`, `P ${i}`, tick(1));
    await updateFavourite(a.db, `p-${i}`, { note: `${i} ${'n'.repeat(990)}` }, tick(1));
  }
  return { a, tick };
}

describe('sync between two browsers', () => {
  it('carries a favourite with its tags and note to the other browser', async () => {
    const { cloud, make, tick } = setup();
    const [a, b] = [await make(), await make()];
    await addFavourite(a.db, 'kafka', 'Kafka', tick());
    await updateFavourite(a.db, 'kafka', { tags: ['streaming'], note: 'events' }, tick());
    await settle(cloud, a, b);
    expect(await listFavourites(b.db)).toEqual([
      { id: 'kafka', name: 'KAFKA', addedAt: 1_001_000, updatedAt: 1_002_000, tags: ['streaming'], note: 'events' },
    ]);
  });

  it('concurrent add and remove of the same favourite: the later action wins on both, whatever order sync delivers', async () => {
    for (const order of ['a-first', 'b-first'] as const) {
      const { cloud, make, tick } = setup();
      const [a, b] = [await make(), await make()];
      await addFavourite(a.db, 'etcd', 'etcd', tick());
      await settle(cloud, a, b);
      expect(await ids(b)).toEqual(['etcd']);

      // Offline: B removes etcd, then later A removes and re-adds it (a fresh add, newer than B's removal).
      await removeFavourite(b.db, 'etcd', tick());
      await removeFavourite(a.db, 'etcd', tick());
      await addFavourite(a.db, 'etcd', 'etcd', tick());
      await a.sync();
      await b.sync();
      cloud.deliver(order === 'a-first' ? [a.area, b.area] : [b.area, a.area]);
      await settle(cloud, a, b);
      expect(await ids(a)).toEqual(['etcd']);
      expect(await ids(b)).toEqual(['etcd']);

      // Offline: A edits the note, then B removes it (newer): the removal wins everywhere.
      await updateFavourite(a.db, 'etcd', { note: 'raft' }, tick());
      await removeFavourite(b.db, 'etcd', tick());
      await a.sync();
      await b.sync();
      cloud.deliver(order === 'a-first' ? [b.area, a.area] : [a.area, b.area]);
      await settle(cloud, a, b);
      expect(await ids(a)).toEqual([]);
      expect(await ids(b)).toEqual([]);
      expect(a.area.data['fav:etcd']).toEqual({ d: expect.any(Number) });
    }
  });

  it('keeps tombstones so a stale browser never brings a removed favourite back, and prunes them after 30 days', async () => {
    const { cloud, make, tick } = setup();
    const [a, b] = [await make(), await make()];
    await addFavourite(a.db, 'consul', 'Consul', tick());
    await addFavourite(a.db, 'zookeeper', 'ZooKeeper', tick());
    await settle(cloud, a, b);
    await removeFavourite(a.db, 'consul', tick());
    await settle(cloud, a, b);
    expect(await ids(b)).toEqual(['zookeeper']);
    // B syncs again with its old view gone: nothing comes back.
    await b.sync();
    cloud.deliver();
    await a.sync();
    expect(await ids(a)).toEqual(['zookeeper']);
    expect(cloud.areas[0]?.data['fav:consul']).toMatchObject({ d: expect.any(Number) });

    tick(TOMBSTONE_TTL_MS + 1);
    await settle(cloud, a, b);
    expect(a.area.data).not.toHaveProperty('fav:consul');
    expect(b.area.data).not.toHaveProperty('fav:consul');
    expect(await ids(a)).toEqual(['zookeeper']);
  });

  it('over MAX_ITEMS: reports quota-exceeded, keeps every favourite locally, syncs what fits', async () => {
    const { cloud, make, tick } = setup();
    const [a, b] = [await make(), await make()];
    for (let i = 0; i < 600; i++) await addFavourite(a.db, `p-${i}`, `P ${i}`, tick(1));
    const outcome = await a.sync();
    expect(outcome.state).toBe('quota-exceeded');
    expect(outcome.notSynced).toHaveLength(600 - SYNC_QUOTA.MAX_ITEMS);
    // The oldest did not fit (the newest edits go first), each with the catalog's name and its reason.
    expect(outcome.notSynced[0]).toEqual({ id: 'p-87', name: 'P-87', limit: 'MAX_ITEMS' });
    expect(outcome.message).toMatch(/kept in this browser/);
    expect(await listFavourites(a.db)).toHaveLength(600);
    expect(Object.keys(a.area.data)).toHaveLength(SYNC_QUOTA.MAX_ITEMS);
    cloud.deliver();
    await b.sync();
    expect(await listFavourites(b.db)).toHaveLength(SYNC_QUOTA.MAX_ITEMS);
  });

  it('over QUOTA_BYTES with long notes: reports it, never loses the local notes', async () => {
    const { a } = await browserWithLongNotes(150);
    const outcome = await a.sync();
    expect(outcome.state).toBe('quota-exceeded');
    expect(outcome.notSynced.length).toBeGreaterThan(40);
    expect(outcome.notSynced.every((f) => f.limit === 'QUOTA_BYTES')).toBe(true);
    const bytes = Object.entries(a.area.data).reduce((n, [k, v]) => n + k.length + JSON.stringify(v).length, 0);
    expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES);
    const local = await listFavourites(a.db);
    expect(local).toHaveLength(150);
    expect(local.every((f) => f.note?.endsWith('n'.repeat(990)))).toBe(true);
  });

  it('removing the favourites that did not fit clears the warning: their deletions need no room in sync', async () => {
    const { a, tick } = await browserWithLongNotes(110);
    const full = await a.sync();
    expect(full.state).toBe('quota-exceeded');
    expect(full.notSynced.length).toBeGreaterThan(0);
    const keys = Object.keys(a.area.data).length;

    // Sync is full to the last few bytes: a tombstone for each removed favourite would not fit.
    for (const { id } of full.notSynced) await removeFavourite(a.db, id, tick(1));
    const after = await a.sync();
    expect(after).toMatchObject({ state: 'ok', notSynced: [] });
    expect(Object.keys(a.area.data)).toHaveLength(keys);
    // Removing one that did sync still tells the other browsers.
    const synced = Object.keys(a.area.data)[0] as string;
    await removeFavourite(a.db, synced.slice('fav:'.length), tick(1));
    expect(await a.sync()).toMatchObject({ state: 'ok' });
    expect(a.area.data[synced]).toEqual({ d: expect.any(Number) as number });
  });

  it('a quota error from the browser itself is surfaced and costs nothing locally', async () => {
    // The browser's quota is smaller than the engine believes (e.g. other data in the area).
    let clock = 1;
    const cloud = new FakeSyncCloud(() => clock, { ...SYNC_QUOTA, MAX_ITEMS: 2 });
    const area = cloud.connect();
    const db = await openArchscoutDb(new IDBFactory());
    for (const id of ['a', 'b', 'c']) await addFavourite(db, id, id, clock++);
    const outcome = await syncOnce(db, area, { now: clock, nameOf: () => undefined, limiter: new WriteRateLimiter() });
    expect(outcome.state).toBe('quota-exceeded');
    expect(outcome.message).toMatch(/MAX_ITEMS quota exceeded/);
    // Named by their saved names (no catalog here), with the quota the browser said was exceeded.
    expect(outcome.notSynced).toEqual([
      { id: 'c', name: 'c', limit: 'MAX_ITEMS' },
      { id: 'b', name: 'b', limit: 'MAX_ITEMS' },
      { id: 'a', name: 'a', limit: 'MAX_ITEMS' },
    ]);
    expect((await listFavourites(db)).map((f) => f.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('a refused write names only favourites, not the deletion of a removed one sent with them', async () => {
    let clock = 1;
    const cloud = new FakeSyncCloud(() => clock, { ...SYNC_QUOTA, MAX_ITEMS: 2 });
    const area = cloud.connect();
    const db = await openArchscoutDb(new IDBFactory());
    const sync = () => syncOnce(db, area, { now: clock, nameOf: () => undefined, limiter: new WriteRateLimiter() });
    for (const id of ['a', 'b']) await addFavourite(db, id, id, clock++);
    expect(await sync()).toMatchObject({ state: 'ok' });
    // 'a' removed (its deletion goes to sync) and 'c' added: the browser refuses the one `set`.
    await removeFavourite(db, 'a', clock++);
    await addFavourite(db, 'c', 'c', clock++);
    const outcome = await sync();
    expect(outcome.state).toBe('quota-exceeded');
    expect(outcome.notSynced).toEqual([{ id: 'c', name: 'c', limit: 'MAX_ITEMS' }]);
  });

  it('a refused write still names the favourite left out before it for its size', async () => {
    let clock = 1;
    const cloud = new FakeSyncCloud(() => clock, { ...SYNC_QUOTA, MAX_ITEMS: 2 });
    const area = cloud.connect();
    const db = await openArchscoutDb(new IDBFactory());
    for (const id of ['a', 'b', 'c', 'big']) await addFavourite(db, id, id, clock++);
    // Over 8 KB as the browser counts it: each '<' is 6 bytes in its JSON ("\u003C").
    const tags = Array.from({ length: 20 }, (_, i) => `${'<'.repeat(37)}${i}`);
    await updateFavourite(db, 'big', { note: '<'.repeat(1000), tags }, clock++);
    const outcome = await syncOnce(db, area, { now: clock, nameOf: () => undefined, limiter: new WriteRateLimiter() });
    expect(outcome.state).toBe('quota-exceeded');
    // The browser refused a, b and c (its item limit); 'big' was never sent: over 8 KB.
    expect(outcome.notSynced).toEqual(
      expect.arrayContaining([
        { id: 'big', name: 'big', limit: 'QUOTA_BYTES_PER_ITEM' },
        { id: 'a', name: 'a', limit: 'MAX_ITEMS' },
      ]),
    );
    expect(outcome.notSynced).toHaveLength(4);
  });

  it('never exceeds the write-rate quotas, however fast favourites change', async () => {
    const { make, tick } = setup();
    const a = await make();
    const states = new Set<string>();
    for (let i = 0; i < 300; i++) {
      await addFavourite(a.db, `p-${i}`, `P ${i}`, tick(100)); // 300 changes in 30 seconds
      const outcome = await a.sync(); // the fake throws if a write goes over a quota
      states.add(outcome.state);
    }
    expect(a.area.writeCalls).toBeLessThanOrEqual(SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE);
    expect(states).toContain('rate-limited');
    tick(61_000);
    expect((await a.sync()).state).toBe('ok');
    expect(Object.keys(a.area.data)).toHaveLength(300);
  });
});
