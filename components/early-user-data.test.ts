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

describe('the early user-data read (new tab boot script -> page module)', () => {
  it('hands the read over once, to the page asking for the same number of visits', async () => {
    const scope = {};
    startEarlyUserData(8, await withFavourite('etcd'), scope);
    expect(takeEarlyUserData(5, scope)).toBeUndefined(); // another limit: the page reads itself
    startEarlyUserData(8, await withFavourite('etcd'), scope);
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
    startEarlyUserData(8, broken, scope);
    const taken = takeEarlyUserData(8, scope);
    // Opening throws inside the async read: the read rejects; nothing is thrown at the boot script.
    await expect(taken).rejects.toThrow('no IndexedDB');
    expect(takeEarlyUserData(8, scope)).toBeUndefined();
  });
});
