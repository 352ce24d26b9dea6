import { describe, expect, it } from 'vitest';
import type { FavouriteRecord } from '../store/schema';
import { mergeFavourites, TOMBSTONE_TTL_MS } from './merge';

const fav = (id: string, updatedAt: number, extra: Partial<FavouriteRecord> = {}): FavouriteRecord => ({
  id,
  name: id,
  addedAt: 1,
  updatedAt,
  tags: [],
  ...extra,
});
const opts = { now: 1_000_000, nameOf: (id: string) => `Name of ${id}` };

describe('mergeFavourites', () => {
  it('uploads local favourites, and tombstones for what the remote holds', () => {
    const plan = mergeFavourites(
      {
        favourites: [fav('kafka', 5, { tags: ['a'], note: 'n' })],
        tombstones: [
          { id: 'nats', deletedAt: 7 },
          { id: 'etcd', deletedAt: 8 },
          { id: 'huge', deletedAt: 9 },
        ],
      },
      { 'fav:nats': { a: 1, u: 2 }, 'fav:huge': { a: 1, u: 1, n: 'x'.repeat(5000) } },
      opts,
    );
    // etcd's deletion stays here: sync never had etcd, so no other browser learned it from there.
    expect(plan.remoteSet).toEqual([
      ['fav:huge', { d: 9 }],
      ['fav:nats', { d: 7 }],
      ['fav:kafka', { a: 1, u: 5, t: ['a'], n: 'n' }],
    ]);
    expect(plan.local).toEqual({ put: [], remove: [] });
  });

  it('takes remote favourites it does not have, naming them from the catalog', () => {
    const plan = mergeFavourites({ favourites: [], tombstones: [] }, { 'fav:etcd': { a: 2, u: 3, n: 'raft' } }, opts);
    expect(plan.local.put).toEqual([
      { id: 'etcd', name: 'Name of etcd', addedAt: 2, updatedAt: 3, tags: [], note: 'raft' },
    ]);
    expect(plan.remoteSet).toEqual([]);
  });

  it('lets the newer side win per favourite: a tombstone newer than the edit removes it', () => {
    const plan = mergeFavourites(
      { favourites: [fav('a', 10), fav('b', 30)], tombstones: [] },
      { 'fav:a': { d: 20 }, 'fav:b': { d: 20 } },
      opts,
    );
    expect(plan.local.remove).toEqual([{ id: 'a', deletedAt: 20 }]);
    expect(plan.remoteSet).toEqual([['fav:b', { a: 1, u: 30 }]]);
  });

  it('resolves ties the same way on both sides: a tombstone beats an add of the same instant', () => {
    const local = { favourites: [fav('a', 10)], tombstones: [] };
    expect(mergeFavourites(local, { 'fav:a': { d: 10 } }, opts).local.remove).toEqual([{ id: 'a', deletedAt: 10 }]);
    const other = mergeFavourites(
      { favourites: [], tombstones: [{ id: 'a', deletedAt: 10 }] },
      { 'fav:a': { a: 1, u: 10 } },
      opts,
    );
    expect(other.remoteSet).toEqual([['fav:a', { d: 10 }]]);
    // Two different copies with the same time: both browsers pick the same one.
    const x = fav('c', 10, { note: 'x' });
    const y = fav('c', 10, { note: 'y' });
    const fromX = mergeFavourites({ favourites: [x], tombstones: [] }, { 'fav:c': { a: 1, u: 10, n: 'y' } }, opts);
    const fromY = mergeFavourites({ favourites: [y], tombstones: [] }, { 'fav:c': { a: 1, u: 10, n: 'x' } }, opts);
    expect(fromX.local.put.map((f) => f.note)).toEqual(['y']);
    expect(fromY.remoteSet).toEqual([['fav:c', { a: 1, u: 10, n: 'y' }]]);
  });

  it('does nothing when both sides agree (no write loops)', () => {
    const plan = mergeFavourites(
      { favourites: [fav('a', 10, { tags: ['t'] })], tombstones: [{ id: 'b', deletedAt: 9 }] },
      { 'fav:a': { a: 1, u: 10, t: ['t'] }, 'fav:b': { d: 9 } },
      opts,
    );
    expect(plan).toEqual({ local: { put: [], remove: [] }, remoteSet: [], remoteRemove: [] });
  });

  it('ignores malformed or foreign remote items and drops expired tombstones', () => {
    const now = 5_000_000_000;
    const old = now - TOMBSTONE_TTL_MS - 1;
    const plan = mergeFavourites(
      { favourites: [], tombstones: [{ id: 'gone', deletedAt: old }] },
      {
        'fav:bad': { a: 'yesterday' },
        'fav:Bad Id': { a: 1, u: 1 },
        'fav:__proto__': { a: 1, u: 1 },
        settings: { theme: 'dark' },
        'fav:expired': { d: old },
        'fav:huge': { a: 1, u: 1, n: 'x'.repeat(5000) },
        // Times an export could not write as a four-digit-year date (the last: Date cannot print it).
        'fav:far': { a: 1, u: Date.UTC(10000, 0, 1) },
        'fav:farther': { a: 1e16, u: 1 },
      },
      { ...opts, now },
    );
    expect(plan).toEqual({ local: { put: [], remove: [] }, remoteSet: [], remoteRemove: ['fav:expired'] });
  });
});
