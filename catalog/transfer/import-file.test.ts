import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultSettings } from '../settings';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_TIME } from '../store/favourite-fields';
import { addFavourite, listFavourites, updateFavourite } from '../store/favourites';
import { makeCatalog, makeProject } from '../store/fixtures/test-catalog';
import { openArchscoutDb } from '../store/open-db';
import type { ArchscoutDb } from '../store/schema';
import { exportJson } from './export-json';
import { largestProfile } from './fixtures/largest-profile';
import { importFile } from './import-file';
import type { ImportProblem } from './import-problem';
import { MAX_FILE_FAVOURITES, MAX_IMPORT_FAVOURITES, MAX_NAME_LENGTH } from './import-schema';
import { jsonErrorPlace, MAX_IMPORT_BYTES } from './parse-import';

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

let factory: IDBFactory;
let db: ArchscoutDb;
beforeEach(async () => {
  factory = new IDBFactory();
  db = await openArchscoutDb(factory);
  await addFavourite(db, 'kafka', 'Apache Kafka', 100);
  await updateFavourite(db, 'kafka', { tags: ['mine'], note: 'keep me' }, 200);
  await addFavourite(db, 'orphan', 'Old Project', 300);
});

// Each bad file must be rejected with what is wrong, as data (code, path, the values involved),
// and leave the store as it was. `problems` is the complete list the file gets.
const badFiles: [name: string, text: () => string, problems: ImportProblem[]][] = [
  [
    'truncated JSON',
    () => JSON.stringify(validFile()).slice(0, 120),
    // Cut inside a string: V8 says "position 120", which is line 1, column 121: past the end.
    [{ code: 'not-json', detail: expect.any(String) as string, line: 1, column: 121, truncated: true }],
  ],
  [
    'a mistake inside complete JSON (a trailing comma)',
    () => '{"format": "archscout", "version": 1, "favourites": [],}',
    [{ code: 'not-json', detail: expect.any(String) as string, line: 1, column: 56 }],
  ],
  [
    'not JSON at all',
    () => 'PNG\u0000\u0001 binary',
    // V8 gives no place here; nothing says the file was cut off either.
    [{ code: 'not-json', detail: expect.any(String) as string }],
  ],
  ['not an object (a list)', () => '[{"id":"kafka"}]', [{ code: 'not-object', found: 'array' }]],
  ['not an object (a string)', () => '"archscout"', [{ code: 'not-object', found: 'string' }]],
  ['not an object (null)', () => 'null', [{ code: 'not-object', found: 'null' }]],
  [
    'wrong format tag',
    () => JSON.stringify({ ...validFile(), format: 'bookmarks' }),
    [{ code: 'not-archscout', found: '"bookmarks"', expected: '"archscout"' }],
  ],
  [
    'unknown version',
    () => JSON.stringify({ ...validFile(), version: 2 }),
    [{ code: 'unknown-version', found: '2', supported: 1 }],
  ],
  [
    'version as a string',
    () => JSON.stringify({ ...validFile(), version: '1' }),
    [{ code: 'unknown-version', found: '"1"', supported: 1 }],
  ],
  [
    'missing version',
    () => JSON.stringify({ ...validFile(), version: undefined }),
    [{ code: 'unknown-version', supported: 1 }],
  ],
  [
    '50 MB file',
    () => JSON.stringify({ ...validFile(), padding: 'x'.repeat(50_000_000) }),
    [{ code: 'too-large', bytes: expect.closeTo(50_000_200, -3) as number, limit: MAX_IMPORT_BYTES }],
  ],
  [
    '__proto__ key at the top',
    () => JSON.stringify(validFile()).replace('{', '{"__proto__":{"polluted":true},'),
    [{ code: 'forbidden-key', path: '', key: '__proto__' }],
  ],
  [
    'constructor key in a favourite',
    () => withFavourite({ constructor: { prototype: {} } }),
    [{ code: 'forbidden-key', path: 'favourites[0]', key: 'constructor' }],
  ],
  [
    'prototype key in settings',
    () => JSON.stringify({ ...validFile(), settings: { prototype: 1 } }),
    [{ code: 'forbidden-key', path: 'settings', key: 'prototype' }],
  ],
  [
    'nested too deeply',
    () => withFavourite({ note: { a: { b: { c: { d: { e: { f: { g: 1 } } } } } } } }),
    [{ code: 'too-deep', path: 'favourites[0].note.a.b.c.d.e.f' }],
  ],
  [
    'duplicate ids',
    () => JSON.stringify({ ...validFile(), favourites: [validFile().favourites[1], validFile().favourites[1]] }),
    [{ code: 'duplicate-id', path: 'favourites[1].id', id: 'etcd', firstPath: 'favourites[0]' }],
  ],
  [
    'javascript: URL',
    () => withFavourite({ url: 'javascript:alert(1)' }),
    [{ code: 'invalid-field', path: 'favourites[0].url', rule: 'http-url' }],
  ],
  [
    'data: URL',
    () => withFavourite({ url: 'data:text/html,<script>alert(1)</script>' }),
    [{ code: 'invalid-field', path: 'favourites[0].url', rule: 'http-url' }],
  ],
  [
    'wrong type: addedAt a number',
    () => withFavourite({ addedAt: 1700000000000 }),
    [{ code: 'invalid-field', path: 'favourites[0].addedAt', rule: 'date-string' }],
  ],
  [
    'wrong type: tags a string',
    () => withFavourite({ tags: 'a,b' }),
    [{ code: 'invalid-field', path: 'favourites[0].tags', rule: 'list-of-strings' }],
  ],
  [
    'wrong type: a tag a number',
    () => withFavourite({ tags: ['ok', 7] }),
    [{ code: 'invalid-field', path: 'favourites[0].tags[1]', rule: 'string' }],
  ],
  [
    'wrong type: favourites an object',
    () => JSON.stringify({ ...validFile(), favourites: { kafka: true } }),
    [{ code: 'invalid-field', path: 'favourites', rule: 'list' }],
  ],
  ['missing id', () => withFavourite({ id: undefined }), [{ code: 'missing-field', path: 'favourites[0].id' }]],
  [
    'missing addedAt',
    () => withFavourite({ addedAt: undefined }),
    [{ code: 'missing-field', path: 'favourites[0].addedAt' }],
  ],
  [
    'missing favourites',
    () => JSON.stringify({ ...validFile(), favourites: undefined }),
    [{ code: 'missing-field', path: 'favourites' }],
  ],
  [
    'bad id (path traversal)',
    () => withFavourite({ id: '../../etc/passwd' }),
    [{ code: 'invalid-field', path: 'favourites[0].id', rule: 'project-id' }],
  ],
  [
    'empty name',
    () => withFavourite({ name: '' }),
    [{ code: 'invalid-field', path: 'favourites[0].name', rule: 'not-empty' }],
  ],
  [
    'oversized note',
    () => withFavourite({ note: 'n'.repeat(5000) }),
    [{ code: 'invalid-field', path: 'favourites[0].note', rule: 'max-length', limit: 1000 }],
  ],
  [
    'too many tags',
    () => withFavourite({ tags: Array.from({ length: 50 }, (_, i) => `t${i}`) }),
    [{ code: 'invalid-field', path: 'favourites[0].tags', rule: 'max-items', limit: 20 }],
  ],
  [
    'oversized tag',
    () => withFavourite({ tags: ['t'.repeat(100)] }),
    [{ code: 'invalid-field', path: 'favourites[0].tags[0]', rule: 'max-length', limit: 40 }],
  ],
  [
    'unknown field',
    () => withFavourite({ script: 'alert(1)' }),
    [{ code: 'unknown-field', path: 'favourites[0]', key: 'script' }],
  ],
  [
    'unknown field at the top',
    () => JSON.stringify({ ...validFile(), extra: true }),
    [{ code: 'unknown-field', path: '', key: 'extra' }],
  ],
  [
    'bad setting value',
    () => JSON.stringify({ ...validFile(), settings: { theme: 'purple' } }),
    [{ code: 'invalid-field', path: 'settings.theme', rule: 'one-of', expected: '"auto" | "light" | "dark"' }],
  ],
  [
    'bad setting type',
    () => JSON.stringify({ ...validFile(), settings: { minimalNewTab: 'yes' } }),
    [{ code: 'invalid-field', path: 'settings.minimalNewTab', rule: 'boolean' }],
  ],
  [
    'impossible date',
    () => withFavourite({ addedAt: '2026-02-31T00:00:00.000Z' }),
    [{ code: 'invalid-field', path: 'favourites[0].addedAt', rule: 'iso-date' }],
  ],
];

describe('importFile rejects bad files with their problems and changes nothing', () => {
  it.each(badFiles)('%s', async (_name, text, problems) => {
    const before = await listFavourites(db);
    const result = await importFile(db, text(), nameOf, 5000);
    expect(result).toEqual({ ok: false, problems });
    expect(await listFavourites(db)).toEqual(before);
  });

  it('lists every problem at once', async () => {
    const file = validFile();
    Object.assign(file.favourites[0] as object, { url: 'ftp://x', note: 5 });
    Object.assign(file.favourites[1] as object, { addedAt: 'yesterday' });
    const result = await importFile(db, JSON.stringify(file), nameOf, 5000);
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'invalid-field', path: 'favourites[0].url', rule: 'http-url' },
        { code: 'invalid-field', path: 'favourites[0].note', rule: 'string' },
        { code: 'invalid-field', path: 'favourites[1].addedAt', rule: 'iso-date' },
      ],
    });
  });

  it('lists the first 20 problems and counts the rest', async () => {
    const file = validFile();
    file.favourites = Array.from({ length: 25 }, (_, i) => ({ id: `p${i}`, name: 'P', addedAt: 'soon' }));
    const result = await importFile(db, JSON.stringify(file), nameOf, 5000);
    if (result.ok) throw new Error('accepted a file with 25 bad dates');
    expect(result.problems).toHaveLength(21);
    expect(result.problems[19]).toEqual({ code: 'invalid-field', path: 'favourites[19].addedAt', rule: 'iso-date' });
    expect(result.problems[20]).toEqual({ code: 'more-problems', count: 5 });
  });

  it('says where truncated or broken JSON stops being JSON when the parser tells', async () => {
    const result = await importFile(db, '{\n  "format": "archscout",\n  "version" 1\n}', nameOf, 5000);
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'not-json', line: 3 })] });
  });

  it.each([
    ['Chrome', `Expected ',' or '}' after property value in JSON at position 39 (line 3 column 13)`],
    ['Firefox', "JSON.parse: expected ',' or '}' after property value in object at line 3 column 13 of the JSON data"],
    ['older V8', `Unexpected number in JSON at position 39`],
  ])('reads where JSON.parse stopped from %s', (_engine, message) => {
    expect(jsonErrorPlace(message, '{\n  "format": "archscout",\n  "version" 1\n}')).toEqual({ line: 3, column: 13 });
  });

  it('reports a failed write as save-failed, with nothing written', async () => {
    const before = await listFavourites(db);
    db.close(); // every transaction on a closed connection throws
    const result = await importFile(db, JSON.stringify(validFile()), nameOf, 5000);
    expect(result).toEqual({ ok: false, problems: [{ code: 'save-failed', detail: expect.stringMatching(/\S/) }] });
    db = await openArchscoutDb(factory);
    expect(await listFavourites(db)).toEqual(before);
  });

  it('does not pollute Object.prototype', async () => {
    await importFile(db, '{"__proto__":{"polluted":true},"format":"archscout"}', nameOf, 1);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('importFile accepts good files', () => {
  it('adds new favourites, updates existing ones, keeps the rest, and returns the settings', async () => {
    const result = await importFile(db, JSON.stringify(validFile()), nameOf, 5000);
    expect(result).toEqual({ ok: true, added: 1, updated: 1, kept: [], unknown: [], settings: { theme: 'dark' } });
    const byId = new Map((await listFavourites(db)).map((f) => [f.id, f]));
    // The file's copy carries no updatedAt (written by hand or another tool): its tags are
    // added to the favourite's, its note replaces the favourite's.
    expect(byId.get('kafka')).toEqual({
      id: 'kafka',
      name: 'Apache Kafka',
      addedAt: 100, // the earlier of the two
      updatedAt: 5000,
      tags: ['mine', 'streaming'],
      note: 'events',
    });
    expect(byId.get('etcd')).toMatchObject({ name: 'Etcd', addedAt: Date.parse('2026-01-02T00:00:00.000Z') });
    expect(byId.get('orphan')).toMatchObject({ name: 'Old Project', addedAt: 300 });
    // Importing the same file again changes nothing.
    expect(await importFile(db, JSON.stringify(validFile()), nameOf, 6000)).toMatchObject({ added: 0, updated: 0 });
  });

  it('an older backup does not undo tags and notes changed since; a newer copy replaces them', async () => {
    // kafka was last changed here at 200 ms (beforeEach). A backup saved before that:
    const older = withFavourite({ updatedAt: new Date(150).toISOString(), tags: [], note: undefined });
    expect(await importFile(db, older, nameOf, 5000)).toMatchObject({ ok: true, updated: 0, kept: ['Apache Kafka'] });
    // An older copy that says the same is not worth a word.
    const same = withFavourite({ updatedAt: new Date(150).toISOString(), tags: ['mine'], note: 'keep me' });
    expect(await importFile(db, same, nameOf, 5000)).toMatchObject({ ok: true, updated: 0, kept: [] });
    expect((await listFavourites(db)).find((f) => f.id === 'kafka')).toMatchObject({ tags: ['mine'], note: 'keep me' });
    // A copy changed after it (another browser's export): the file's tags and note, even none.
    const newer = withFavourite({ updatedAt: new Date(250).toISOString(), tags: ['moved'], note: undefined });
    expect(await importFile(db, newer, nameOf, 6000)).toMatchObject({ ok: true, updated: 1, kept: [] });
    const kafka = (await listFavourites(db)).find((f) => f.id === 'kafka');
    expect(kafka).toMatchObject({ tags: ['moved'], updatedAt: 6000 });
    expect(kafka?.note).toBeUndefined();
  });

  it('names the favourites this catalog does not list, and imports them all the same', async () => {
    const file = validFile();
    file.favourites.push({ id: 'rabbit-mq', name: 'Rabbit MQ', addedAt: '2026-01-03T00:00:00.000Z' });
    const result = await importFile(db, JSON.stringify(file), nameOf, 5000);
    expect(result).toMatchObject({ ok: true, added: 2, unknown: ['Rabbit MQ'] });
    expect((await listFavourites(db)).map((f) => f.id)).toContain('rabbit-mq');
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

describe("a long-time user's export always comes back", () => {
  /** `count` favourites this catalog does not list (as two earlier imports left them), starting at `from`. */
  const orphans = (count: number, from = 0) =>
    Array.from({ length: count }, (_, i) => ({
      id: `old-${from + i}`,
      name: `Old ${from + i}`,
      addedAt: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(),
    }));
  const fileOf = (favourites: object[]) => JSON.stringify({ ...validFile(), favourites });

  it('imports back the largest export there can be: every cap reached, every character six bytes of JSON', async () => {
    const profile = largestProfile();
    const { name, note = '', tags } = profile[0];
    expect([name.length, note.length, tags.length, tags[0].length]).toEqual([
      MAX_NAME_LENGTH,
      MAX_NOTE_LENGTH,
      MAX_TAGS,
      MAX_TAG_LENGTH,
    ]);
    // Each character is written as \u00XX or \udcXX: six bytes, the most JSON spends on one.
    for (const text of [name, note, ...tags]) expect(JSON.stringify(text)).toHaveLength(2 + 6 * text.length);
    const text = exportJson(profile, defaultSettings, catalog, 7000);
    const bytes = new TextEncoder().encode(text).length;
    // 37.6 MB, what MAX_IMPORT_BYTES is set from (it was 20 MB).
    expect(bytes).toBeGreaterThan(37_000_000);
    expect(bytes, `the largest export, ${bytes} bytes`).toBeLessThanOrEqual(MAX_IMPORT_BYTES);

    const fresh = await openArchscoutDb(new IDBFactory());
    expect(await importFile(fresh, text, nameOf, 8000)).toMatchObject({
      ok: true,
      added: MAX_FILE_FAVOURITES,
      updated: 0,
    });
    // Newest first; every field as it was, updatedAt the import's time (so sync carries it).
    expect(await listFavourites(fresh)).toEqual(profile.reverse().map((f) => ({ ...f, updatedAt: 8000 })));
  });

  it('imports back a favourite dated as late as sync accepts', async () => {
    const late = { id: 'late', name: 'Late', addedAt: MAX_TIME, updatedAt: MAX_TIME, tags: [] };
    const text = exportJson([late], defaultSettings, catalog, MAX_TIME);
    const fresh = await openArchscoutDb(new IDBFactory());
    expect(await importFile(fresh, text, nameOf, 8000)).toMatchObject({ ok: true, added: 1 });
    expect(await listFavourites(fresh)).toEqual([{ ...late, updatedAt: 8000 }]);
  });

  it('refuses an import that would leave more favourites than one file may hold, changing nothing', async () => {
    // The store holds kafka and orphan; the first file takes it to the limit exactly.
    expect(await importFile(db, fileOf(orphans(MAX_IMPORT_FAVOURITES - 2)), nameOf, 5000)).toMatchObject({ ok: true });
    const before = await listFavourites(db);
    expect(before).toHaveLength(MAX_IMPORT_FAVOURITES);

    const result = await importFile(db, fileOf(orphans(3, MAX_IMPORT_FAVOURITES)), nameOf, 6000);
    expect(result).toEqual({
      ok: false,
      problems: [{ code: 'too-many-favourites', count: MAX_IMPORT_FAVOURITES + 3, limit: MAX_IMPORT_FAVOURITES }],
    });
    expect(await listFavourites(db)).toEqual(before);

    // A file that adds nothing (its own export, after edits) still imports at the limit.
    const again = await importFile(db, exportJson(before, defaultSettings, catalog, 7000), nameOf, 8000);
    expect(again).toMatchObject({ ok: true, added: 0 });
  });

  it('brings back whole, after a reset, a profile that grew past the limit without importing', async () => {
    // At the limit through imports, then a star (or favourites synced from another browser).
    await importFile(db, fileOf(orphans(MAX_IMPORT_FAVOURITES - 2)), nameOf, 5000);
    await addFavourite(db, 'etcd', 'etcd', 6000);
    const grown = await listFavourites(db);
    expect(grown).toHaveLength(MAX_IMPORT_FAVOURITES + 1);
    const backup = exportJson(grown, defaultSettings, catalog, 7000);

    const fresh = await openArchscoutDb(new IDBFactory());
    expect(await importFile(fresh, backup, nameOf, 8000)).toMatchObject({ ok: true, added: grown.length });
    // Added to other favourites, it would pass what the file holds: refused, as above.
    const other = await openArchscoutDb(new IDBFactory());
    await addFavourite(other, 'zeromq', 'ZeroMQ', 100);
    expect(await importFile(other, backup, nameOf, 8000)).toMatchObject({
      ok: false,
      problems: [{ code: 'too-many-favourites', count: grown.length + 1, limit: grown.length }],
    });
  });
});
