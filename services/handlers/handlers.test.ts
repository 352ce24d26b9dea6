import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { defaultSettings } from '@/catalog/settings';
import { listTombstones } from '@/catalog/store/favourites';
import { MAX_IMPORT_BYTES } from '@/catalog/transfer/parse-import';
import type { FavouriteView, MatchCard, RecentVisit } from '../protocol';
import { contentSender, EXTENSION_ID, makeBackground, testCatalog } from '../test-background';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('Archscout');
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US'); // the toolbar title's language ('auto')
});

const local = async (key: string) => (await fakeBrowser.storage.local.get(key))[key];

describe('favourites', () => {
  it('adds, edits, lists and removes through one API, mirroring ids for other surfaces', async () => {
    const bg = makeBackground();
    await bg.start();
    const added = await bg.call<FavouriteView>({ type: 'favourites.set', id: 'kafka', on: true }, contentSender());
    expect(added).toMatchObject({ id: 'kafka', name: 'Kafka', tags: [], orphaned: false, addedAt: bg.clock.now });
    expect(await local('favouriteIds')).toEqual(['kafka']);
    const rev = (await local('userDataRev')) as number;

    bg.clock.now += 1000;
    const edited = await bg.call<FavouriteView>({
      type: 'favourites.update',
      id: 'kafka',
      tags: [' Streaming '],
      note: 'events',
    });
    expect(edited).toMatchObject({ tags: ['streaming'], note: 'events', updatedAt: bg.clock.now });
    expect(await local('userDataRev')).toBe(rev + 1);
    expect(await bg.call({ type: 'favourites.list' })).toEqual([edited]);

    expect(await bg.call({ type: 'favourites.set', id: 'kafka', on: false })).toBeNull();
    expect(await bg.call({ type: 'favourites.list' })).toEqual([]);
    expect(await local('favouriteIds')).toEqual([]);
    expect(await listTombstones(await bg.ctx.db())).toEqual([{ id: 'kafka', deletedAt: bg.clock.now }]);
  });

  it('refuses unknown projects and editing a non-favourite, with a reason', async () => {
    const bg = makeBackground();
    expect(await bg.send({ type: 'favourites.set', id: 'no-such-project', on: true })).toEqual({
      ok: false,
      error: 'Unknown project "no-such-project"',
    });
    expect(await bg.send({ type: 'favourites.update', id: 'kafka', note: 'x' })).toEqual({
      ok: false,
      error: '"kafka" is not a favourite',
    });
  });

  it('shows a favourite whose project left the catalog as orphaned, and lets it be removed', async () => {
    const factory = (await import('fake-indexeddb')).IDBFactory;
    const idb = new factory();
    const first = makeBackground({ factory: idb });
    await first.call({ type: 'favourites.set', id: 'zeromq', on: true });
    const smaller = {
      ...testCatalog,
      hash: 'test-hash-2',
      projects: testCatalog.projects.filter((p) => p.id !== 'zeromq'),
    };
    const second = makeBackground({ factory: idb, catalog: smaller });
    await second.start();
    expect(await second.call({ type: 'favourites.list' })).toEqual([
      expect.objectContaining({ id: 'zeromq', name: 'ZeroMQ', orphaned: true }),
    ]);
    await second.call({ type: 'favourites.set', id: 'zeromq', on: false });
    expect(await second.call({ type: 'favourites.list' })).toEqual([]);
  });

  it('clears every favourite at once, each with its tombstone, telling other surfaces once', async () => {
    const bg = makeBackground();
    await bg.start();
    for (const id of ['kafka', 'zeromq', 'nats']) await bg.call({ type: 'favourites.set', id, on: true });
    const rev = (await local('userDataRev')) as number;
    bg.clock.now += 1000;

    expect(await bg.call({ type: 'favourites.clear' })).toBe(3);
    expect(await bg.call({ type: 'favourites.list' })).toEqual([]);
    expect(await local('favouriteIds')).toEqual([]);
    expect(await local('userDataRev')).toBe(rev + 1);
    const tombstones = await listTombstones(await bg.ctx.db());
    expect(tombstones.map((t) => t.id).sort()).toEqual(['kafka', 'nats', 'zeromq']);
    expect(tombstones.every((t) => t.deletedAt === bg.clock.now)).toBe(true);

    // Nothing to clear changes nothing; a content script may not ask.
    expect(await bg.call({ type: 'favourites.clear' })).toBe(0);
    expect(await local('userDataRev')).toBe(rev + 1);
    expect(await bg.send({ type: 'favourites.clear' }, contentSender())).toMatchObject({ ok: false });
  });
});

describe('match, visits, dismissals, badge', () => {
  it('answers a GitHub page with the card: categories, 3-6 alternatives, favourite and dismissed flags', async () => {
    const bg = makeBackground();
    await bg.start();
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    await bg.call({ type: 'dismiss', id: 'kafka', scope: 'annotation' }, contentSender());
    const card = await bg.call<MatchCard>(
      { type: 'match', url: 'https://github.com/example/kafka/issues' },
      contentSender(),
    );
    expect(card.project.id).toBe('kafka');
    expect(card.categories.map((c) => c.name)).toEqual(['Message Queue']);
    expect(card.alternatives.length).toBeGreaterThanOrEqual(3);
    expect(card.alternatives.length).toBeLessThanOrEqual(6);
    expect(card.alternatives.every((p) => p.categories.includes('message-queue') && p.id !== 'kafka')).toBe(true);
    expect(card.alternatives.every((p) => p.summary.en.length > 0)).toBe(true);
    expect(card).toMatchObject({ isFavourite: true, dismissed: true });
    await bg.call({ type: 'undismiss', id: 'kafka', scope: 'annotation' }, contentSender());
    expect(await bg.call({ type: 'match', url: 'https://github.com/example/kafka' }, contentSender())).toMatchObject({
      dismissed: false,
    });
    expect(await bg.call({ type: 'match', url: 'https://github.com/someone/else' }, contentSender())).toBeNull();
    expect(await bg.call({ type: 'match', url: 'not a url' }, contentSender())).toBeNull();
  });

  it('records visits to catalog projects only and lists them newest first', async () => {
    const bg = makeBackground();
    await bg.call({ type: 'visit', id: 'kafka' }, contentSender());
    bg.clock.now += 10;
    await bg.call({ type: 'visit', id: 'etcd' }, contentSender(3, 'https://etcd.io/docs/'));
    await bg.call({ type: 'visit', id: 'not-in-catalog' }, contentSender());
    expect(await bg.call<RecentVisit[]>({ type: 'visits.recent' })).toEqual([
      { id: 'etcd', at: bg.clock.now, count: 1 },
      { id: 'kafka', at: bg.clock.now - 10, count: 1 },
    ]);
  });

  it('keeps recommendation dismissals and lists them', async () => {
    const bg = makeBackground();
    await bg.call({ type: 'dismiss', id: 'nats', scope: 'recommendation' });
    expect(await bg.call({ type: 'dismissed.list' })).toEqual([
      { id: 'nats', scope: 'recommendation', at: bg.clock.now },
    ]);
  });

  it('sets the badge and title on the sender tab, and clears them', async () => {
    const bg = makeBackground();
    await bg.call({ type: 'pageMatch', id: 'etcd' }, contentSender(42, 'https://etcd.io/'));
    expect(await fakeBrowser.action.getTitle({ tabId: 42 })).toBe('etcd · Service Discovery');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 42 })).not.toBe('');
    expect(await fakeBrowser.action.getBadgeText({ tabId: 41 })).toBe('');
    await bg.call({ type: 'pageMatch', id: null }, contentSender(42));
    expect(await fakeBrowser.action.getBadgeText({ tabId: 42 })).toBe('');
  });
});

describe('settings, export, import', () => {
  it('reads defaults, keeps valid stored values when one is corrupt, and saves a patch', async () => {
    const bg = makeBackground();
    expect(await bg.call({ type: 'settings.get' })).toEqual(defaultSettings);
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', language: 'klingon', minimalNewTab: 'yes' } });
    expect(await bg.call({ type: 'settings.get' }, contentSender())).toEqual({ ...defaultSettings, theme: 'dark' });
    const saved = await bg.call({ type: 'settings.set', patch: { openTarget: 'repository' } });
    expect(saved).toEqual({ ...defaultSettings, theme: 'dark', openTarget: 'repository' });
    expect(await local('settings')).toEqual(saved);
  });

  it('exports JSON and Markdown, and imports all or nothing', async () => {
    const bg = makeBackground();
    await bg.call({ type: 'favourites.set', id: 'kafka', on: true });
    await bg.call({ type: 'favourites.update', id: 'kafka', tags: ['streaming'], note: 'events' });
    const json = await bg.call<{ filename: string; mime: string; text: string }>({ type: 'export', format: 'json' });
    expect(json.filename).toMatch(/^archscout-favourites-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(json.text)).toMatchObject({ format: 'archscout', version: 1, favourites: [{ id: 'kafka' }] });
    const md = await bg.call<{ text: string; mime: string }>({ type: 'export', format: 'markdown' });
    expect(md.mime).toBe('text/markdown');
    expect(md.text).toContain('## Message Queue');

    const other = makeBackground();
    const rev = await local('userDataRev');
    expect(await other.importText(json.text.slice(0, 50))).toMatchObject({ ok: false });
    expect(await local('userDataRev')).toBe(rev); // nothing changed, nobody told to refresh
    expect(await other.importText(json.text)).toEqual({
      ok: true,
      added: 1,
      updated: 0,
      kept: [],
      unknown: [],
      settings: true,
    });
    expect(await other.call({ type: 'favourites.list' })).toEqual([
      expect.objectContaining({ id: 'kafka', tags: ['streaming'], note: 'events' }),
    ]);
    expect(await local('favouriteIds')).toEqual(['kafka']);
  });

  it("imports a file the page hands over as a blob: URL of its own, and no one else's", async () => {
    const source = makeBackground();
    await source.call({ type: 'favourites.set', id: 'kafka', on: true });
    const { text } = await source.call<{ text: string }>({ type: 'export', format: 'json' });
    // The page's own blob: URLs (Node's are blob:nodedata:, so fetch is stood in for).
    const own = `blob:chrome-extension://${EXTENSION_ID}/5a0e3c1e-8f4b-4c59-9d6a-1f0e2d3c4b5a`;
    const huge = `blob:chrome-extension://${EXTENSION_ID}/6b1f4d2f-9a5c-4d6a-8e7b-2a1f3e4d5c6b`;
    const files: Record<string, Blob> = {
      [own]: new Blob([text]),
      [huge]: new Blob([new Uint8Array(MAX_IMPORT_BYTES + 1)]),
    };
    const fetched: string[] = [];
    vi.stubGlobal('fetch', async (url: string) => {
      fetched.push(url);
      if (!files[url]) throw new TypeError('Failed to fetch');
      return new Response(files[url]);
    });
    try {
      const bg = makeBackground();
      // Another origin's blob: URL is refused before anything is fetched.
      const foreign = 'blob:https://example.com/5a0e3c1e-8f4b-4c59-9d6a-1f0e2d3c4b5a';
      expect(await bg.send({ type: 'import.file', url: foreign })).toEqual({
        ok: false,
        error: 'Not a file of this page',
      });
      expect(fetched).toEqual([]);
      expect(await bg.call({ type: 'import.file', url: huge })).toEqual({
        ok: false,
        problems: [{ code: 'too-large', bytes: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES }],
      });
      // A URL the page revoked (it closed): an error, and nothing imported.
      const gone = `blob:chrome-extension://${EXTENSION_ID}/00000000-0000-4000-8000-000000000000`;
      expect(await bg.send({ type: 'import.file', url: gone })).toMatchObject({
        ok: false,
        error: expect.stringContaining('The file could not be read'),
      });
      expect(await bg.call({ type: 'import.file', url: own })).toMatchObject({ ok: true, added: 1 });
      expect(await bg.call({ type: 'favourites.list' })).toEqual([expect.objectContaining({ id: 'kafka' })]);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
