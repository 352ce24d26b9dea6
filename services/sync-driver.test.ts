import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeSyncCloud } from '@/catalog/sync/fake-sync-area';
import { SYNC_QUOTA } from '@/catalog/sync/quota';
import type { FavouriteView, SyncStatus } from './protocol';
import { browserSyncArea } from './sync-driver';
import { makeBackground } from './test-background';

beforeEach(() => fakeBrowser.reset());

const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('sync driver', () => {
  it('uploads a favourite after a change and brings it into another browser', async () => {
    const clock = { now: 1_700_000_000_000 };
    const cloud = new FakeSyncCloud(() => clock.now);
    const a = makeBackground({ cloud });
    const b = makeBackground({ cloud });
    await a.start();
    await b.start();
    await a.call({ type: 'favourites.set', id: 'nats', on: true });
    await a.call({ type: 'favourites.update', id: 'nats', tags: ['pubsub'], note: 'tiny' });
    await vi.waitFor(() => expect(cloud.areas[0]?.data['fav:nats']).toMatchObject({ t: ['pubsub'], n: 'tiny' }));
    cloud.deliver();
    await b.sync.runNow();
    expect(await b.call<FavouriteView[]>({ type: 'favourites.list' })).toEqual([
      expect.objectContaining({ id: 'nats', name: 'NATS', tags: ['pubsub'], note: 'tiny' }),
    ]);
    expect(await local('syncStatus')).toMatchObject({ state: 'ok' });
  });

  it('merges when storage.sync changes (another browser wrote) and refreshes the mirror', async () => {
    const bg = makeBackground({ syncArea: browserSyncArea() });
    await bg.start();
    const t = bg.clock.now - 60_000;
    await fakeBrowser.storage.sync.set({ 'fav:consul': { a: t, u: t, n: 'from my laptop' } });
    await vi.waitFor(async () => expect(await local('favouriteIds')).toEqual(['consul']));
    expect(await bg.call({ type: 'favourites.list' })).toEqual([
      expect.objectContaining({ id: 'consul', note: 'from my laptop', addedAt: t }),
    ]);
    // A removal elsewhere (tombstone) removes it here too.
    await fakeBrowser.storage.sync.set({ 'fav:consul': { d: t + 1 } });
    await vi.waitFor(async () => expect(await local('favouriteIds')).toEqual([]));
  });

  it('shows a quota error as the sync status and keeps every favourite locally', async () => {
    const clock = { now: 1_700_000_000_000 };
    // The browser's sync area holds fewer items than documented (other data in it): its own error surfaces.
    const cloud = new FakeSyncCloud(() => clock.now, { ...SYNC_QUOTA, MAX_ITEMS: 2 });
    const bg = makeBackground({ cloud });
    await bg.start();
    for (const id of ['kafka', 'nats', 'nsq']) await bg.call({ type: 'favourites.set', id, on: true });
    await bg.sync.runNow();
    const status = (await local('syncStatus')) as SyncStatus;
    expect(status.state).toBe('quota-exceeded');
    expect(status.message).toMatch(/MAX_ITEMS quota exceeded.*kept in this browser/);
    // What the options page words in the user's language, and the browser's own text for "Details".
    expect(status).toMatchObject({ detail: expect.stringMatching(/MAX_ITEMS quota exceeded/), notSyncedCount: 3 });
    expect(await bg.call({ type: 'sync.status' })).toEqual(status);
    expect((await bg.call<FavouriteView[]>({ type: 'favourites.list' })).map((f) => f.id).sort()).toEqual([
      'kafka',
      'nats',
      'nsq',
    ]);
  });

  it('words a failed write as a failure, not as a full sync area', async () => {
    const failing = {
      getAll: () => Promise.resolve({}),
      set: () => Promise.reject(new Error('the sync server is not reachable')),
      remove: () => Promise.resolve(),
    };
    const bg = makeBackground({ syncArea: failing });
    await bg.start();
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    await bg.sync.runNow();
    const status = (await local('syncStatus')) as SyncStatus;
    expect(status).toMatchObject({ state: 'error', detail: 'the sync server is not reachable' });
    expect(status.notSyncedCount).toBeUndefined(); // the quota sentence is for a full area only
  });

  it('reports sync as unavailable when storage.sync throws, without touching favourites', async () => {
    const broken = {
      getAll: () => Promise.reject(new Error('storage.sync is disabled')),
      set: () => Promise.resolve(),
      remove: () => Promise.resolve(),
    };
    const bg = makeBackground({ syncArea: broken });
    await bg.start();
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    await bg.sync.runNow();
    expect(await local('syncStatus')).toMatchObject({
      state: 'error',
      message: expect.stringMatching(/disabled/),
      detail: 'storage.sync is disabled',
    });
    expect(await local('favouriteIds')).toEqual(['kafka']);
  });
});

describe('background lifecycle', () => {
  it('installs the catalog on start and keeps favourites across a browser restart', async () => {
    const factory = new IDBFactory();
    const first = makeBackground({ factory });
    await first.start();
    await first.call({ type: 'favourites.set', id: 'etcd', on: true });
    (await first.ctx.db()).close(); // the browser closes

    const second = makeBackground({ factory });
    await second.start();
    expect(await second.call({ type: 'favourites.list' })).toEqual([expect.objectContaining({ id: 'etcd' })]);
    expect(await local('favouriteIds')).toEqual(['etcd']);
    const { readCatalog } = await import('@/catalog/store/read-catalog');
    expect((await readCatalog(await second.ctx.db()))?.hash).toBe('test-hash-1');
  });
});
