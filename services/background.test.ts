import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FakeSyncCloud } from '@/catalog/sync/fake-sync-area';
import { STARTUP_DELAY_MS } from './background';
import { makeBackground } from './test-background';

beforeEach(() => fakeBrowser.reset());

const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

/** A background that has stored one favourite, and a second one over the same data to start. */
async function workerWithFavourite() {
  const factory = new IDBFactory();
  const cloud = new FakeSyncCloud(() => 1_700_000_000_000);
  const first = makeBackground({ factory, cloud });
  await first.start();
  await first.call({ type: 'favourites.set', id: 'kafka', on: true });
  return { rev: Number(await local('userDataRev')), again: makeBackground({ factory, cloud }) };
}

describe('a worker starting again (Chromium stops it after 30 s idle)', () => {
  it('leaves a current storage.local mirror alone: no revision bump for open pages to refetch', async () => {
    const { rev, again } = await workerWithFavourite();
    expect(rev).toBeGreaterThan(0);

    await again.start();
    expect(await local('userDataRev')).toBe(rev);
    expect(await local('favouriteIds')).toEqual(['kafka']);
  });

  it('repairs a stale mirror, bumping the revision', async () => {
    const { rev, again } = await workerWithFavourite();
    await fakeBrowser.storage.local.set({ favouriteIds: [] }); // say, a write lost with a stopped worker

    await again.start();
    expect(await local('favouriteIds')).toEqual(['kafka']);
    expect(await local('userDataRev')).toBe(rev + 1);
  });

  it('answers the event that woke it first and does its start-up work a moment later', async () => {
    const bg = makeBackground();
    const started = vi.spyOn(bg.sync, 'start');
    const queued = vi.spyOn(bg.ctx.queue, 'run');
    bg.startAfterWake();
    // Nothing of the start-up is queued ahead of the message that woke the worker...
    expect(queued).not.toHaveBeenCalled();
    expect(await bg.call({ type: 'favourites.set', id: 'nats', on: true })).toMatchObject({ id: 'nats' });
    expect(started).not.toHaveBeenCalled();
    // ...which still comes: the catalog check, the mirror and the start-up sync pass.
    await vi.waitFor(() => expect(started).toHaveBeenCalledOnce(), { timeout: STARTUP_DELAY_MS + 2_000 });
    await vi.waitFor(async () => expect(await local('syncStatus')).toMatchObject({ state: 'ok' }));
    expect(await local('favouriteIds')).toEqual(['nats']);
  });
});
