// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, renderHook, waitFor } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addFavourite } from '@/catalog/store/favourites';
import { openArchscoutDb } from '@/catalog/store/open-db';
import { LOCAL_KEYS } from '@/services/protocol';
import { startEarlyUserData, takeEarlyUserData } from './early-user-data';
import { preloadUserData, useUserData } from './use-user-data';

// Its own file: preloadUserData's names source is per page, so per module instance here.

afterEach(() => {
  cleanup();
  fakeBrowser.reset();
});

describe('useUserData with the boot script read (components/early-user-data.ts)', () => {
  it('answers from the read the boot script started, under the page catalog names, without asking the background', async () => {
    let requests = 0;
    fakeBrowser.runtime.onMessage.addListener((async () => {
      requests++;
      return { ok: false, error: 'not expected' };
    }) as never);
    // The boot script's database holds a favourite; the page's own `indexedDB` (empty) would not.
    const factory = new IDBFactory();
    const db = await openArchscoutDb(factory);
    await addFavourite(db, 'etcd', 'etcd (as saved)', 1);
    db.close();
    startEarlyUserData(8, factory);

    preloadUserData(8, async () => (id) => (id === 'etcd' ? 'etcd' : undefined));
    const { result } = renderHook(() => useUserData(8));
    await waitFor(() => expect(result.current.loaded).toBe(true));
    expect(result.current.favourites).toMatchObject([{ id: 'etcd', name: 'etcd', orphaned: false }]);
    expect(requests).toBe(0);
  });

  it('leaves a read that a change overtook: a storage.local user-data change marks it stale', async () => {
    const factory = new IDBFactory();
    startEarlyUserData(8, factory);
    await fakeBrowser.storage.local.set({ [LOCAL_KEYS.userDataRev]: 2 });
    await new Promise((resolve) => setTimeout(resolve, 0)); // storage events arrive as tasks
    expect(takeEarlyUserData(8)).toBeUndefined();

    startEarlyUserData(8, factory);
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(takeEarlyUserData(8)).toBeDefined();
  });
});
