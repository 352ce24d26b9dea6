import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { addFavourite } from '@/catalog/store/favourites';
import { openArchscoutDb } from '@/catalog/store/open-db';
import { startEarlyUserData, takeEarlyUserData } from './early-user-data';

async function withFavourite(id: string): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const db = await openArchscoutDb(factory);
  await addFavourite(db, id, id.toUpperCase(), 1);
  db.close();
  return factory;
}

/** A stand-in for the storage watchers: `change()` is a change to the user data. */
function watcher() {
  const state = { listeners: new Set<() => void>() };
  const watch = (onChange: () => void) => {
    state.listeners.add(onChange);
    return () => state.listeners.delete(onChange);
  };
  const change = () => {
    for (const listener of state.listeners) listener();
  };
  return { watch, change, state };
}

describe('the early user-data read (new tab boot script -> page module)', () => {
  it('is not handed over when the user data changed after it went out, and stops watching when taken', async () => {
    const scope = {};
    const changes = watcher();
    startEarlyUserData(8, await withFavourite('etcd'), scope, changes.watch);
    expect(changes.state.listeners.size).toBe(1);
    changes.change(); // say, a favourite toggled in another tab
    expect(takeEarlyUserData(8, scope)).toBeUndefined(); // the page reads afresh
    expect(changes.state.listeners.size).toBe(0);

    const unchanged = watcher();
    startEarlyUserData(8, await withFavourite('etcd'), scope, unchanged.watch);
    expect(takeEarlyUserData(8, scope)).toBeDefined();
    expect(unchanged.state.listeners.size).toBe(0);
  });

  it('hands the read over once, to the page asking for the same number of visits', async () => {
    const scope = {};
    startEarlyUserData(8, await withFavourite('etcd'), scope, watcher().watch);
    expect(takeEarlyUserData(5, scope)).toBeUndefined(); // another limit: the page reads itself
    startEarlyUserData(8, await withFavourite('etcd'), scope, watcher().watch);
    const taken = takeEarlyUserData(8, scope);
    expect((await taken)?.favourites.map((favourite) => favourite.id)).toEqual(['etcd']);
    expect(takeEarlyUserData(8, scope)).toBeUndefined(); // a later render reads afresh
  });

  it('hands a failed read over as a rejection, for the page to ask the background instead', async () => {
    const scope = {};
    const broken = {
      open: () => {
        throw new Error('no IndexedDB');
      },
    } as unknown as IDBFactory;
    startEarlyUserData(8, broken, scope, watcher().watch);
    const taken = takeEarlyUserData(8, scope);
    // Opening throws inside the async read: the read rejects; nothing is thrown at the boot script.
    await expect(taken).rejects.toThrow('no IndexedDB');
    expect(takeEarlyUserData(8, scope)).toBeUndefined();
  });
});
