import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { dismiss, isDismissed, listDismissed, undismiss } from './dismissed';
import { MAX_NOTE_LENGTH, MAX_TAGS } from './favourite-fields';
import {
  addFavourite,
  applyFavouriteChanges,
  getFavourite,
  listFavourites,
  listTombstones,
  pruneTombstones,
  removeFavourite,
  updateFavourite,
} from './favourites';
import { openArchscoutDb } from './open-db';
import { recentVisits, recordVisit } from './visits';

const open = () => openArchscoutDb(new IDBFactory());

describe('favourites', () => {
  it('adds idempotently, lists newest first, removes', async () => {
    const db = await open();
    const first = await addFavourite(db, 'kafka', 'Kafka', 10);
    expect(await addFavourite(db, 'kafka', 'Kafka', 99)).toEqual(first);
    await addFavourite(db, 'etcd', 'etcd', 20);
    expect((await listFavourites(db)).map((f) => f.id)).toEqual(['etcd', 'kafka']);
    expect(await removeFavourite(db, 'kafka', 30)).toBe(true);
    expect(await removeFavourite(db, 'kafka', 31)).toBe(false);
    expect((await listFavourites(db)).map((f) => f.id)).toEqual(['etcd']);
    expect(await listTombstones(db)).toEqual([{ id: 'kafka', deletedAt: 30 }]);
    // Adding it again forgets the deletion.
    await addFavourite(db, 'kafka', 'Kafka', 40);
    expect(await listTombstones(db)).toEqual([]);
    await removeFavourite(db, 'kafka', 50);
    await removeFavourite(db, 'etcd', 60);
    expect(await pruneTombstones(db, 55)).toEqual(['kafka']);
    expect(await listTombstones(db)).toEqual([{ id: 'etcd', deletedAt: 60 }]);
    db.close();
  });

  it('edits tags and note, normalising and capping them, and clears the note with null', async () => {
    const db = await open();
    await addFavourite(db, 'kafka', 'Kafka', 10);
    const tags = [' Streaming ', 'streaming', '', ...Array.from({ length: 30 }, (_, i) => `t${i}`)];
    const edited = await updateFavourite(db, 'kafka', { tags, note: `  ${'x'.repeat(MAX_NOTE_LENGTH + 5)} ` }, 50);
    expect(edited?.tags[0]).toBe('streaming');
    expect(edited?.tags).toHaveLength(MAX_TAGS);
    expect(edited?.note).toHaveLength(MAX_NOTE_LENGTH);
    expect(edited?.updatedAt).toBe(50);
    const cleared = await updateFavourite(db, 'kafka', { note: null }, 60);
    expect(cleared).not.toHaveProperty('note');
    expect(cleared?.tags).toHaveLength(MAX_TAGS);
    expect(await getFavourite(db, 'kafka')).toEqual(cleared);
    expect(await updateFavourite(db, 'missing', { note: 'x' })).toBeUndefined();
    db.close();
  });

  it('applies a batch of changes atomically', async () => {
    const db = await open();
    await addFavourite(db, 'a', 'A', 1);
    await applyFavouriteChanges(db, {
      put: [{ id: 'b', name: 'B', addedAt: 2, updatedAt: 2, tags: [] }],
      remove: [{ id: 'a', deletedAt: 3 }],
    });
    expect(await listTombstones(db)).toEqual([{ id: 'a', deletedAt: 3 }]);
    expect((await listFavourites(db)).map((f) => f.id)).toEqual(['b']);
    // An invalid record (no key) aborts the whole batch: 'b' is not removed.
    await expect(
      applyFavouriteChanges(db, { put: [{ name: 'bad' } as never], remove: [{ id: 'b', deletedAt: 4 }] }),
    ).rejects.toBeTruthy();
    expect((await listFavourites(db)).map((f) => f.id)).toEqual(['b']);
    db.close();
  });

  it('writes a large batch in one transaction, in steps: a bad record at the end undoes every step', async () => {
    const db = await open();
    const record = (i: number) => ({ id: `p-${i}`, name: `P ${i}`, addedAt: i, updatedAt: i, tags: [] });
    // Queued a few hundred at a time (the thread is free in between), yet one transaction: the
    // earlier steps had succeeded when the last one failed, and are gone with it.
    const many = Array.from({ length: 1200 }, (_, i) => record(i));
    await expect(
      applyFavouriteChanges(db, { put: [...many, { name: 'bad' } as never], remove: [] }),
    ).rejects.toBeTruthy();
    expect(await listFavourites(db)).toEqual([]);
    await applyFavouriteChanges(db, { put: many, remove: [] });
    expect(await listFavourites(db)).toHaveLength(1200);
    db.close();
  });
});

describe('visits', () => {
  it('keeps only the newest visits and summarises per project', async () => {
    const db = await open();
    for (let i = 0; i < 12; i++) await recordVisit(db, i % 2 ? 'odd' : 'even', 100 + i, 10);
    const recent = await recentVisits(db);
    expect(recent).toEqual([
      { id: 'odd', at: 111, count: 5 },
      { id: 'even', at: 110, count: 5 },
    ]);
    expect(await db.count('visits')).toBe(10);
    expect(await recentVisits(db, 1)).toHaveLength(1);
    db.close();
  });

  it('orders as a newest-first walk of the history does, equal times by which was recorded later', async () => {
    const db = await open();
    const history: [string, number][] = [
      ['a', 5],
      ['b', 9],
      ['c', 9],
      ['a', 2],
      ['d', 9],
      ['b', 1],
      ['e', 7],
    ];
    for (const [id, at] of history) await recordVisit(db, id, at);
    // What a reverse cursor on "by-at" gives (the implementation before reading with getAll).
    const walked: string[] = [];
    let cursor = await db.transaction('visits').store.index('by-at').openCursor(null, 'prev');
    while (cursor) {
      walked.push(cursor.value.id);
      cursor = await cursor.continue();
    }
    const firstSeen = [...new Set(walked)];
    expect(firstSeen).toEqual(['d', 'c', 'b', 'e', 'a']);
    const recent = await recentVisits(db);
    expect(recent.map((visit) => visit.id)).toEqual(firstSeen);
    expect(recent.find((visit) => visit.id === 'b')).toEqual({ id: 'b', at: 9, count: 2 });
    expect(recent.find((visit) => visit.id === 'a')).toEqual({ id: 'a', at: 5, count: 2 });
    db.close();
  });
});

describe('dismissed', () => {
  it('keeps scopes apart', async () => {
    const db = await open();
    await dismiss(db, 'kafka', 'annotation', 5);
    expect(await isDismissed(db, 'kafka', 'annotation')).toBe(true);
    expect(await isDismissed(db, 'kafka', 'recommendation')).toBe(false);
    await dismiss(db, 'kafka', 'recommendation', 6);
    await undismiss(db, 'kafka', 'annotation');
    expect(await listDismissed(db)).toEqual([{ id: 'kafka', scope: 'recommendation', at: 6 }]);
    db.close();
  });
});
