import { describe, expect, it } from 'vitest';
import { MAX_TIME } from './favourite-fields';
import { readStoredFavourite } from './stored-favourite';

const now = 5_000;

describe('readStoredFavourite', () => {
  it('reads a v1 favourite (which project and when) with the catalog name, empty tags and no note', () => {
    expect(readStoredFavourite('etcd', { id: 'etcd', addedAt: 1000 }, { projectName: 'etcd', now })).toEqual({
      id: 'etcd',
      name: 'etcd',
      addedAt: 1000,
      updatedAt: 1000,
      tags: [],
    });
  });

  it('keeps a v2 favourite as it was, its tags normalised and its note as typed', () => {
    const v2 = { id: 'kafka', name: 'Kafka', addedAt: 1, updatedAt: 5, tags: ['Streaming', ' log '], note: ' use it ' };
    expect(readStoredFavourite('kafka', v2, { now })).toEqual({ ...v2, tags: ['streaming', 'log'] });
  });

  it('keeps every tag that is text, writes numbers out and leaves out what holds no text', () => {
    const stored = { name: 'HAProxy', addedAt: 1, updatedAt: 1, tags: ['LB', 7, null, { a: 1 }, true, Number.NaN] };
    expect(readStoredFavourite('haproxy', stored, { now }).tags).toEqual(['lb', '7', 'true']);
  });

  it('reads tags stored as one string as that one tag, not letter by letter', () => {
    expect(readStoredFavourite('consul', { tags: 'Service Mesh' }, { now }).tags).toEqual(['service mesh']);
  });

  it('gives a favourite without dates the other one, or the time it is read; a bad time counts as none', () => {
    expect(readStoredFavourite('a', { updatedAt: 7 }, { now })).toMatchObject({ addedAt: 7, updatedAt: 7 });
    expect(readStoredFavourite('a', { addedAt: 3 }, { now })).toMatchObject({ addedAt: 3, updatedAt: 3 });
    expect(readStoredFavourite('a', {}, { now })).toMatchObject({ addedAt: now, updatedAt: now });
    for (const bad of ['1', -1, Number.POSITIVE_INFINITY, MAX_TIME + 1, null])
      expect(readStoredFavourite('a', { addedAt: bad }, { now }).addedAt).toBe(now);
    expect(readStoredFavourite('a', { addedAt: 1.6 }, { now }).addedAt).toBe(2);
  });

  it('names a favourite by its own name, else the catalog name, else its id', () => {
    expect(readStoredFavourite('a', { name: 'Own' }, { projectName: 'Catalog', now }).name).toBe('Own');
    expect(readStoredFavourite('a', { name: '  ' }, { projectName: 'Catalog', now }).name).toBe('Catalog');
    expect(readStoredFavourite('a', { name: 42 }, { now }).name).toBe('42');
    expect(readStoredFavourite('a', null, { now }).name).toBe('a');
  });

  it('keeps a note that is text or a number, and none that is blank or not text', () => {
    expect(readStoredFavourite('a', { note: 42 }, { now }).note).toBe('42');
    expect(readStoredFavourite('a', { note: '  ' }, { now })).not.toHaveProperty('note');
    expect(readStoredFavourite('a', { note: { text: 'x' } }, { now })).not.toHaveProperty('note');
  });
});
