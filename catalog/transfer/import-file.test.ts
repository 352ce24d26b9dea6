import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { addFavourite, listFavourites, updateFavourite } from '../store/favourites';
import { makeCatalog, makeProject } from '../store/fixtures/test-catalog';
import { openArchscoutDb } from '../store/open-db';
import type { ArchscoutDb } from '../store/schema';
import { exportJson } from './export-json';
import { importFile } from './import-file';

const catalog = makeCatalog([makeProject('kafka', { name: 'Apache Kafka' }), makeProject('etcd')]);
const nameOf = (id: string) => catalog.projects.find((p) => p.id === id)?.name;

const validFile = () => ({
  format: 'archscout',
  version: 1,
  exportedAt: '2026-01-31T12:00:00.000Z',
  favourites: [
    {
      id: 'kafka',
      name: 'Apache Kafka',
      url: 'https://kafka.apache.org/',
      addedAt: '2026-01-01T00:00:00.000Z',
      tags: ['streaming'],
      note: 'events',
    },
    { id: 'etcd', name: 'etcd', addedAt: '2026-01-02T00:00:00.000Z' },
  ],
  settings: { theme: 'dark' },
});

const withFavourite = (patch: Record<string, unknown>) => {
  const file = validFile();
  Object.assign(file.favourites[0] as Record<string, unknown>, patch);
  return JSON.stringify(file);
};

let db: ArchscoutDb;
beforeEach(async () => {
  db = await openArchscoutDb(new IDBFactory());
  await addFavourite(db, 'kafka', 'Apache Kafka', 100);
  await updateFavourite(db, 'kafka', { tags: ['mine'], note: 'keep me' }, 200);
  await addFavourite(db, 'orphan', 'Old Project', 300);
});

// Each bad file must be rejected with a message that says what is wrong, and leave the store as it was.
const badFiles: [name: string, text: () => string, reason: RegExp][] = [
  ['truncated JSON', () => JSON.stringify(validFile()).slice(0, 120), /not valid JSON.*truncated/],
  ['empty file', () => '   ', /empty/],
  ['not an object (a list)', () => '[{"id":"kafka"}]', /JSON object.*not a list/],
  ['not an object (a string)', () => '"archscout"', /JSON object.*not a string/],
  ['not an object (null)', () => 'null', /JSON object.*not null/],
  [
    'wrong format tag',
    () => JSON.stringify({ ...validFile(), format: 'bookmarks' }),
    /Not an Archscout export.*"bookmarks"/,
  ],
  ['unknown version', () => JSON.stringify({ ...validFile(), version: 2 }), /Unsupported version 2/],
  ['missing version', () => JSON.stringify({ ...validFile(), version: undefined }), /Unsupported version \(missing\)/],
  ['10 MB file', () => JSON.stringify({ ...validFile(), padding: 'x'.repeat(10_000_000) }), /too large \(10\.0 MB\)/],
  [
    '__proto__ key at the top',
    () => JSON.stringify(validFile()).replace('{', '{"__proto__":{"polluted":true},'),
    /forbidden key "__proto__"/,
  ],
  [
    'constructor key in a favourite',
    () => withFavourite({ constructor: { prototype: {} } }),
    /favourites\[0\]: forbidden key "constructor"/,
  ],
  [
    'prototype key in settings',
    () => JSON.stringify({ ...validFile(), settings: { prototype: 1 } }),
    /settings: forbidden key "prototype"/,
  ],
  [
    'duplicate ids',
    () => JSON.stringify({ ...validFile(), favourites: [validFile().favourites[1], validFile().favourites[1]] }),
    /favourites\[1\]\.id: duplicate id "etcd" \(also at favourites\[0\]\)/,
  ],
  [
    'javascript: URL',
    () => withFavourite({ url: 'javascript:alert(1)' }),
    /favourites\[0\]\.url: must be an http\(s\) URL/,
  ],
  [
    'data: URL',
    () => withFavourite({ url: 'data:text/html,<script>alert(1)</script>' }),
    /favourites\[0\]\.url: must be an http\(s\) URL/,
  ],
  [
    'wrong type: addedAt a number',
    () => withFavourite({ addedAt: 1700000000000 }),
    /favourites\[0\]\.addedAt: must be a date string/,
  ],
  [
    'wrong type: tags a string',
    () => withFavourite({ tags: 'a,b' }),
    /favourites\[0\]\.tags: must be a list of strings/,
  ],
  [
    'wrong type: favourites an object',
    () => JSON.stringify({ ...validFile(), favourites: { kafka: true } }),
    /favourites: must be a list/,
  ],
  ['missing id', () => withFavourite({ id: undefined }), /favourites\[0\]\.id: is missing/],
  ['missing addedAt', () => withFavourite({ addedAt: undefined }), /favourites\[0\]\.addedAt: is missing/],
  ['missing favourites', () => JSON.stringify({ ...validFile(), favourites: undefined }), /favourites: is missing/],
  [
    'bad id (path traversal)',
    () => withFavourite({ id: '../../etc/passwd' }),
    /favourites\[0\]\.id: must be a project id/,
  ],
  [
    'oversized note',
    () => withFavourite({ note: 'n'.repeat(5000) }),
    /favourites\[0\]\.note: must be at most 1000 characters/,
  ],
  [
    'too many tags',
    () => withFavourite({ tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }),
    /favourites\[0\]\.tags: must have at most 20 tags/,
  ],
  [
    'oversized tag',
    () => withFavourite({ tags: ['t'.repeat(100)] }),
    /favourites\[0\]\.tags\[0\]: must be at most 40 characters/,
  ],
  ['unknown field', () => withFavourite({ script: 'alert(1)' }), /favourites\[0\]: unknown field "script"/],
  ['bad setting value', () => JSON.stringify({ ...validFile(), settings: { theme: 'purple' } }), /settings\.theme:/],
  ['impossible date', () => withFavourite({ addedAt: '2026-02-31T00:00:00.000Z' }), /favourites\[0\]\.addedAt:/],
];

describe('importFile rejects bad files with their reason and changes nothing', () => {
  it.each(badFiles)('%s', async (_name, text, reason) => {
    const before = await listFavourites(db);
    const result = await importFile(db, text(), nameOf, 5000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.join('\n')).toMatch(reason);
    expect(await listFavourites(db)).toEqual(before);
  });

  it('lists every problem at once', async () => {
    const file = validFile();
    Object.assign(file.favourites[0] as object, { url: 'ftp://x', note: 5 });
    Object.assign(file.favourites[1] as object, { addedAt: 'yesterday' });
    const result = await importFile(db, JSON.stringify(file), nameOf, 5000);
    expect(result.ok ? [] : result.errors).toEqual([
      'favourites[0].url: must be an http(s) URL',
      'favourites[0].note: must be a string',
      expect.stringMatching(/^favourites\[1\]\.addedAt: must be an ISO 8601 date/),
    ]);
  });

  it('does not pollute Object.prototype', async () => {
    await importFile(db, '{"__proto__":{"polluted":true},"format":"archscout"}', nameOf, 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importFile accepts good files', () => {
  it('adds new favourites, updates existing ones, keeps the rest, and returns the settings', async () => {
    const result = await importFile(db, JSON.stringify(validFile()), nameOf, 5000);
    expect(result).toEqual({ ok: true, added: 1, updated: 1, settings: { theme: 'dark' } });
    const byId = new Map((await listFavourites(db)).map((f) => [f.id, f]));
    expect(byId.get('kafka')).toEqual({
      id: 'kafka',
      name: 'Apache Kafka',
      addedAt: 100, // the earlier of the two
      updatedAt: 5000,
      tags: ['streaming'],
      note: 'events',
    });
    expect(byId.get('etcd')).toMatchObject({ name: 'Etcd', addedAt: Date.parse('2026-01-02T00:00:00.000Z') });
    expect(byId.get('orphan')).toMatchObject({ name: 'Old Project', addedAt: 300 });
    // Importing the same file again changes nothing.
    expect(await importFile(db, JSON.stringify(validFile()), nameOf, 6000)).toMatchObject({ added: 0, updated: 0 });
  });

  it('round-trips its own export into an empty browser, orphans, tags and notes included', async () => {
    const text = exportJson(await listFavourites(db), { ...defaultSettings, minimalNewTab: true }, catalog, 7000);
    const fresh = await openArchscoutDb(new IDBFactory());
    const result = await importFile(fresh, text, nameOf, 8000);
    expect(result).toMatchObject({
      ok: true,
      added: 2,
      updated: 0,
      settings: { ...defaultSettings, minimalNewTab: true },
    });
    const strip = (f: { updatedAt: number }) => ({ ...f, updatedAt: 0 });
    expect((await listFavourites(fresh)).map(strip)).toEqual((await listFavourites(db)).map(strip));
  });
});
