import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeSyncCloud } from '@/catalog/sync/fake-sync-area';
import { SYNC_QUOTA } from '@/catalog/sync/quota';
import type { FavouriteView, SyncStatus } from './protocol';
import { browserSyncArea } from './sync-driver';
import { registerSyncRetry, SYNC_RETRY_ALARM } from './sync-retry';
import { makeBackground, type TestBackground } from './test-background';

beforeEach(() => fakeBrowser.reset());

const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

/** A sync area whose every write fails for a passing reason (not a quota). */
const unreachable = {
  getAll: () => Promise.resolve({}),
  set: () => Promise.reject(new Error('the sync server is not reachable')),
  remove: () => Promise.resolve(),
};

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
    // All three in one change: set one by one, a debounced pass could sync the first two before
    // the third is added, and the browser then refuses the third alone.
    const at = '2024-01-02T10:00:00.000Z';
    const favourites = ['kafka', 'nats', 'nsq'].map((id) => ({ id, name: id, addedAt: at }));
    const file = { format: 'archscout', version: 1, exportedAt: at, favourites };
    expect(await bg.importText(JSON.stringify(file))).toMatchObject({ ok: true, added: 3 });
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ state: 'quota-exceeded' }));
    const status = (await local('syncStatus')) as SyncStatus;
    expect(status.state).toBe('quota-exceeded');
    expect(status.message).toMatch(/MAX_ITEMS quota exceeded.*kept in this browser/);
    // What the options page words in the user's language, and the browser's own text for "Details".
    expect(status).toMatchObject({ detail: expect.stringMatching(/MAX_ITEMS quota exceeded/), notSyncedCount: 3 });
    // Which ones, by name, and the quota the browser named.
    expect(status.notSynced).toEqual([
      { limit: 'MAX_ITEMS', count: 3, names: [expect.any(String), expect.any(String), expect.any(String)] },
    ]);
    expect(status.notSynced?.[0]?.names.sort()).toEqual(['Kafka', 'NATS', 'NSQ']);
    // No retry alarm: a full area stays full until a change here or elsewhere makes room.
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    expect(await bg.call({ type: 'sync.status' })).toEqual(status);
    expect((await bg.call<FavouriteView[]>({ type: 'favourites.list' })).map((f) => f.id).sort()).toEqual([
      'kafka',
      'nats',
      'nsq',
    ]);
  });

  it('names the favourites the browser refused: by the catalog name, an orphan by its saved name', async () => {
    const clock = { now: 1_700_000_000_000 };
    const cloud = new FakeSyncCloud(() => clock.now, { ...SYNC_QUOTA, QUOTA_BYTES: 100 });
    const bg = makeBackground({ cloud });
    await bg.start();
    const at = '2024-01-02T10:00:00.000Z';
    const favourites = [
      { id: 'gone-queue', name: 'Gone Queue', addedAt: at },
      { id: 'kafka', name: 'Kafka', addedAt: at },
      { id: 'nats', name: 'NATS', addedAt: at },
    ];
    const file = { format: 'archscout', version: 1, exportedAt: at, favourites };
    expect(await bg.importText(JSON.stringify(file))).toMatchObject({ ok: true, added: 3 });
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ state: 'quota-exceeded' }));
    // The browser refused the one `set` for its total size: all three, each named.
    const status = (await local('syncStatus')) as SyncStatus;
    expect(status).toMatchObject({ state: 'quota-exceeded', notSyncedCount: 3 });
    expect(status.notSynced).toEqual([{ limit: 'QUOTA_BYTES', count: 3, names: expect.any(Array) }]);
    expect(status.notSynced?.[0]?.names.sort()).toEqual(['Gone Queue', 'Kafka', 'NATS']);
  });

  it('words a failed write as a failure, not as a full sync area', async () => {
    const bg = makeBackground({ syncArea: unreachable });
    await bg.start();
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ retries: 1 }));
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
    // The start-up pass and the pass after the change (debounced; waited for, so that it does
    // not outlive this test) both failed.
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ retries: 2 }));
    expect(await local('syncStatus')).toMatchObject({
      state: 'error',
      message: expect.stringMatching(/disabled/),
      detail: 'storage.sync is disabled',
    });
    expect(await local('favouriteIds')).toEqual(['kafka']);
  });
});

describe('sync retries', () => {
  /** A background whose sync area has spent this minute's writes, as Chrome refuses the next one. */
  async function rateLimited() {
    const clock = { now: 1_700_000_000_000 };
    const cloud = new FakeSyncCloud(() => clock.now);
    const bg = makeBackground({ cloud });
    const area = cloud.areas[0];
    if (!area) throw new Error('no area');
    registerSyncRetry(bg.sync.retry);
    await bg.start();
    // Another part of the extension (or this test) spent the minute's writes.
    for (let i = 0; i < SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE; i++) await area.set({ other: i });
    await bg.call({ type: 'favourites.set', id: 'nats', on: true });
    // The pass after the change (debounced) is refused.
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ retries: 1 }));
    return { bg, area, clock };
  }

  const fireAlarm = async (bg: TestBackground) => {
    const alarm = await fakeBrowser.alarms.get(SYNC_RETRY_ALARM);
    if (!alarm) throw new Error('no retry alarm');
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await bg.ctx.queue.run(async () => {}); // the pass the alarm queued is done
  };

  it('a write the browser refuses for its rate sets the retry alarm a minute on; the alarm syncs and is cleared', async () => {
    const { bg, area, clock } = await rateLimited();
    const status = (await local('syncStatus')) as SyncStatus;
    expect(status).toMatchObject({ state: 'pending', retries: 1, detail: expect.stringMatching(/PER_MINUTE/) });
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: SYNC_RETRY_ALARM, scheduledTime: status.at + 60_000 }),
    ]);
    expect(area.data).not.toHaveProperty('fav:nats');

    // A minute later the alarm goes off (the browser's minute is over).
    clock.now += 60_000;
    await fireAlarm(bg);
    expect(area.data).toHaveProperty('fav:nats');
    expect(await local('syncStatus')).toMatchObject({ state: 'ok' });
    expect((await local('syncStatus')) as SyncStatus).not.toHaveProperty('retries');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('backs off while retries keep failing, replacing the one alarm each time', async () => {
    const bg = makeBackground({ syncArea: unreachable });
    registerSyncRetry(bg.sync.retry);
    await bg.start();
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    // The pass after the change (debounced) fails first.
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ retries: 1 }));
    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      const alarms = await fakeBrowser.alarms.getAll();
      expect(alarms).toHaveLength(1);
      waits.push(((alarms[0]?.scheduledTime ?? 0) - bg.clock.now) / 60_000);
      bg.clock.now = alarms[0]?.scheduledTime ?? 0;
      await fireAlarm(bg);
    }
    expect(waits).toEqual([1, 1, 2, 4]);
    expect(await local('syncStatus')).toMatchObject({ state: 'error', retries: 5 });
  });

  it('on a worker the alarm wakes, the start-up pass is the retry: one pass, not two', async () => {
    const { bg, area, clock } = await rateLimited();
    clock.now += 60_000; // the browser's minute is over
    const alarm = await fakeBrowser.alarms.get(SYNC_RETRY_ALARM);
    if (!alarm) throw new Error('no retry alarm');
    // The worker was stopped (its listeners with it); the alarm starts it a minute later, and is
    // delivered before the start-up has run.
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    (await bg.ctx.db()).close();
    const woken = makeBackground({ factory: bg.factory, syncArea: area });
    woken.clock.now = bg.clock.now + 60_000;
    registerSyncRetry(woken.sync.retry);
    let reads = 0;
    const getAll = area.getAll.bind(area);
    area.getAll = () => {
      reads++;
      return getAll();
    };
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    await woken.start();
    await woken.ctx.queue.run(async () => {});
    expect(reads).toBe(1);
    expect(area.data).toHaveProperty('fav:nats');
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  /** A sync area whose reads fail until `fail` is cleared, with the failure's words. */
  function failingReads(message: string) {
    const cloud = new FakeSyncCloud(() => 1_700_000_000_000);
    const area = cloud.connect();
    const state = { fail: true };
    const getAll = area.getAll.bind(area);
    area.getAll = () => (state.fail ? Promise.reject(new Error(message)) : getAll());
    return { area, state };
  }

  it('a pass that cannot read storage.sync at all (sync off for now) is retried by the alarm, with the back-off', async () => {
    const { area, state } = failingReads('IO error: sync settings store is locked');
    const bg = makeBackground({ syncArea: area });
    registerSyncRetry(bg.sync.retry);
    state.fail = false;
    await bg.start();
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ state: 'ok' }));
    state.fail = true; // from the pass after this change on
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ retries: 1 }));
    const status = (await local('syncStatus')) as SyncStatus;
    expect(status).toMatchObject({ state: 'error', detail: 'IO error: sync settings store is locked' });
    expect(await fakeBrowser.alarms.getAll()).toEqual([
      expect.objectContaining({ name: SYNC_RETRY_ALARM, scheduledTime: status.at + 60_000 }),
    ]);
    // Failing again, it backs off like a refused write: the next retry a minute on, then two.
    bg.clock.now += 60_000;
    await fireAlarm(bg);
    bg.clock.now += 60_000;
    await fireAlarm(bg);
    const again = (await local('syncStatus')) as SyncStatus;
    expect(again.retries).toBe(3);
    expect((await fakeBrowser.alarms.get(SYNC_RETRY_ALARM))?.scheduledTime).toBe(again.at + 2 * 60_000);
    expect(area.data).not.toHaveProperty('fav:kafka');

    state.fail = false;
    bg.clock.now += 2 * 60_000;
    await fireAlarm(bg);
    expect(area.data).toHaveProperty('fav:kafka');
    expect(await local('syncStatus')).toMatchObject({ state: 'ok' });
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a browser without storage.sync, or with it switched off, is shown as unavailable and sets no alarm', async () => {
    for (const message of [
      'storage.sync is not available in this browser',
      'Please set webextensions.storage.sync.enabled to true in about:config',
    ]) {
      fakeBrowser.reset();
      const { area, state } = failingReads(message);
      const bg = makeBackground({ syncArea: area });
      registerSyncRetry(bg.sync.retry);
      await bg.start();
      await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
      await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ state: 'unavailable' }));
      const status = (await local('syncStatus')) as SyncStatus;
      expect(status, message).toMatchObject({ detail: message });
      expect(status, message).not.toHaveProperty('retries');
      expect(await fakeBrowser.alarms.getAll(), message).toEqual([]);
      expect(await local('favouriteIds')).toEqual(['kafka']);
      // Once the browser has it again, the next change (or start) syncs.
      state.fail = false;
      bg.clock.now += 1_000;
      await bg.call({ type: 'favourites.update', id: 'kafka', note: 'back' });
      await vi.waitFor(() => expect(area.data['fav:kafka'], message).toMatchObject({ n: 'back' }));
      await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ state: 'ok' }));
    }
  });

  it('says a missing storage.sync in the words that set no alarm', async () => {
    const withoutSync = Object.assign(Object.create(null), fakeBrowser.storage, { sync: undefined });
    const spy = vi.spyOn(fakeBrowser, 'storage', 'get').mockReturnValue(withoutSync);
    try {
      await expect(browserSyncArea().getAll()).rejects.toThrow('storage.sync is not available in this browser');
    } finally {
      spy.mockRestore();
    }
  });

  it('a worker started again remembers the writes of the one before, and waits rather than being refused', async () => {
    const cloud = new FakeSyncCloud(() => 1_700_000_000_000);
    const area = cloud.connect();
    const first = makeBackground({ syncArea: area });
    await first.start();
    // The worker's own passes (one after each change) spend the minute's 120 writes.
    await first.call({ type: 'favourites.set', id: 'kafka', on: true });
    for (let i = 0; area.writeCalls < SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE; i++) {
      const before = area.writeCalls;
      first.clock.now += 1; // an edit wins over the synced copy by its later time
      await first.call({ type: 'favourites.update', id: 'kafka', note: `edit ${i}` });
      await vi.waitFor(() => expect(area.writeCalls).toBeGreaterThan(before), { interval: 5 });
    }
    await first.ctx.queue.run(async () => {}); // the last pass is over
    const spent = area.writeCalls;
    (await first.ctx.db()).close(); // the worker stops; storage.session stays

    const second = makeBackground({ factory: first.factory, syncArea: area });
    second.clock.now = first.clock.now + 1_000;
    await second.start();
    await second.call({ type: 'favourites.update', id: 'kafka', note: 'after the restart' });
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ state: 'pending' }));
    expect(area.writeCalls).toBe(spent); // not sent, so not refused
    const status = (await local('syncStatus')) as SyncStatus;
    expect(status).toMatchObject({ state: 'pending', message: expect.stringMatching(/^Waiting to sync/) });
    expect(status).not.toHaveProperty('detail'); // the browser's refusal would be here
    expect(area.data['fav:kafka']).not.toMatchObject({ n: 'after the restart' });
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
