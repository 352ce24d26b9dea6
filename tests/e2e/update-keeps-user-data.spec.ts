import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Settings } from '@/catalog/settings';
import type { V2Favourite } from '@/catalog/store/fixtures/write-v2';
import type { Catalog, Project } from '@/catalog/types';
import { chromiumLog, END_MARK, extensionConsole, isFailure } from '../helpers/browser-log';
import { type LaunchedExtension, launchExtension, makeUserDataDir, removeUserDataDir } from '../helpers/extension';
import { openNewTab, region } from '../helpers/newtab';
import {
  makeExtensionDir,
  type OldVersion,
  updateToBuild,
  waitForOldVersion,
  writeOldVersion,
} from '../helpers/old-version';
import { ROOT } from '../helpers/paths';
import { catalogProject, openPopup } from '../helpers/popup';
import { readLocal } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// An update must keep every piece of user data. A user of an older version has a database of an
// older schema, settings and a favourite-id mirror in storage.local, perhaps favourites in
// storage.sync, and page caches stamped with the old version. Here an older Archscout (a tiny
// extension whose worker writes all that with the schema fixtures, tests/helpers/old-version.ts)
// runs in a profile, then its folder gets the current build: Chromium loads it as an update of
// the same extension, and the real background upgrades on its real start-up path. What the
// user has is then checked through the product's own pages.

const DAY = 86_400_000;
const T0 = Date.UTC(2026, 0, 10, 9); // the old version's favourites were made from this day on

/** A project of an older catalog that this one no longer lists. */
const oldQueue: Project = { ...catalogProject('rabbitmq'), id: 'old-queue', name: 'Old Queue', repo: undefined };
const oldCatalog = [catalogProject('rabbitmq'), catalogProject('etcd'), catalogProject('consul'), oldQueue];
const bundled = JSON.parse(readFileSync(join(ROOT, 'catalog/data/catalog.json'), 'utf8')) as Catalog;

const settings: Settings = {
  language: 'en',
  theme: 'dark',
  openTarget: 'repository',
  annotateGithub: false,
  annotateDocs: true,
  minimalNewTab: false,
};

interface Updated {
  ext: LaunchedExtension;
  /** Closes the browser; every line the extension's worker and pages wrote to the console since the update. */
  console(): Promise<string[]>;
  close(): Promise<void>;
}

/** Runs `old` in a fresh profile, then the current build over it; the caller closes the result. */
async function updateFrom(old: OldVersion, pageCaches: Record<string, string> = {}): Promise<Updated> {
  const profile = makeUserDataDir();
  const dir = makeExtensionDir();
  const remove = () => {
    removeUserDataDir(profile);
    removeUserDataDir(dir);
  };
  try {
    await writeOldVersion(dir, old);
    const before = await launchExtension(profile, dir);
    await waitForOldVersion(before);
    const page = await before.context.newPage();
    await page.goto(`chrome-extension://${before.extensionId}/page.html`);
    await page.evaluate((items) => {
      for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
    }, pageCaches);
    await before.context.close();

    updateToBuild(dir, profile);
    const log = chromiumLog(profile);
    const ext = await launchExtension(profile, dir, log.args);
    // The update installs the new catalog (runtime.onInstalled) within milliseconds, long before a
    // person opens a page; a page opened before that would keep the old copy it read.
    await expect
      .poll(
        () =>
          ext.serviceWorker.evaluate(async () => {
            const open = indexedDB.open('archscout');
            const db = await new Promise<IDBDatabase>((resolve, reject) => {
              open.onsuccess = () => resolve(open.result);
              open.onerror = () => reject(open.error);
            });
            try {
              const read = db.transaction('meta').objectStore('meta').get('catalog');
              return await new Promise<string | undefined>((resolve, reject) => {
                read.onsuccess = () => resolve((read.result as { hash?: string } | undefined)?.hash);
                read.onerror = () => reject(read.error);
              });
            } finally {
              db.close();
            }
          }),
        { timeout: 15_000 },
      )
      .toBe(bundled.hash);
    return {
      ext,
      console: async () => {
        await ext.serviceWorker.evaluate((mark) => console.log(mark), END_MARK);
        await ext.context.close();
        return extensionConsole(log.file, ext.extensionId);
      },
      close: async () => {
        await ext.context.close();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}

async function syncArea(ext: LaunchedExtension): Promise<Record<string, unknown>> {
  return ext.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { sync: { get(k: null): Promise<Record<string, unknown>> } } } }
    ).chrome.storage.sync.get(null),
  );
}

async function exportJson(ext: LaunchedExtension): Promise<{ favourites: unknown[]; settings: Settings }> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export as JSON' }).click(),
  ]);
  const file = JSON.parse(readFileSync(await download.path(), 'utf8'));
  await options.close();
  return file;
}

const iso = (t: number) => new Date(t).toISOString();

async function expectTags(page: Page, name: string, tags: string[]): Promise<void> {
  const list = region(page, 'Favourites').getByRole('list', { name: `Tags of ${name}` });
  // Each item is the tag and its remove button ("×").
  await expect(list.getByRole('listitem')).toHaveText(tags.map((tag) => new RegExp(`^#${tag}\\W*$`)));
}

test('an update from schema v1 keeps every favourite and the settings, and syncs them', async () => {
  test.setTimeout(60_000);
  const updated = await updateFrom({
    version: '0.0.1',
    database: {
      schema: 1,
      data: {
        projects: oldCatalog,
        favourites: [
          { id: 'rabbitmq', addedAt: T0 },
          { id: 'etcd', addedAt: T0 + DAY },
          { id: 'old-queue', addedAt: T0 + 2 * DAY },
        ],
        catalogHash: 'v1-catalog',
      },
    },
    local: { settings, favouriteIds: ['rabbitmq', 'etcd', 'old-queue'], userDataRev: 3 },
  });
  try {
    const { ext } = updated;
    const newTab = await openNewTab(ext);
    const favourites = region(newTab, 'Favourites');
    for (const name of ['RabbitMQ', 'etcd', 'Old Queue'])
      await expect(favourites.getByRole('heading', { name, exact: true })).toBeVisible();
    await expect(favourites.locator('[data-project-id="old-queue"]')).toContainText('Not in this catalog');

    const popup = await openPopup(ext);
    const inPopup = popup.getByRole('group', { name: 'Favourites' });
    await expect(inPopup.getByRole('option', { name: /^RabbitMQ, / })).toBeVisible();
    await expect(inPopup.getByRole('option', { name: /^etcd, / })).toBeVisible();

    const file = await exportJson(ext);
    expect(file.favourites).toEqual([
      expect.objectContaining({ id: 'old-queue', name: 'Old Queue', addedAt: iso(T0 + 2 * DAY) }),
      expect.objectContaining({ id: 'etcd', name: 'etcd', addedAt: iso(T0 + DAY), updatedAt: iso(T0 + DAY) }),
      expect.objectContaining({ id: 'rabbitmq', name: 'RabbitMQ', addedAt: iso(T0), updatedAt: iso(T0) }),
    ]);
    expect(file.settings).toEqual(settings);
    expect(await readLocal(ext, 'settings')).toEqual(settings);

    await expect
      .poll(async () => Object.keys(await syncArea(ext)).sort())
      .toEqual(['fav:etcd', 'fav:old-queue', 'fav:rabbitmq']);
    expect((await syncArea(ext))['fav:rabbitmq']).toEqual({ a: T0, u: T0 });
    await expect.poll(async () => (await readLocal<{ state: string }>(ext, 'syncStatus'))?.state).toBe('ok');

    expect((await updated.console()).filter(isFailure)).toEqual([]);
  } finally {
    await updated.close();
  }
});

const v2Favourites: V2Favourite[] = [
  {
    id: 'rabbitmq',
    name: 'RabbitMQ',
    addedAt: T0,
    updatedAt: T0 + 3 * DAY,
    tags: ['Broker', ' AMQP ', 'broker'], // v2 kept tags as typed
    note: 'Try quorum queues',
  },
  { id: 'etcd', name: 'etcd', addedAt: T0 + DAY, updatedAt: T0 + DAY, tags: [], note: '键值存储 · raft' },
  { id: 'old-queue', name: 'Old Queue', addedAt: T0 + 2 * DAY, updatedAt: T0 + 2 * DAY, tags: ['legacy'] },
];

test('an update from schema v2 keeps tags, notes, visits, dismissals, settings and page caches, and merges sync', async () => {
  test.setTimeout(60_000);
  const minimal: Settings = { ...settings, minimalNewTab: true, openTarget: 'homepage', annotateDocs: false };
  const updated = await updateFrom(
    {
      version: '0.0.2',
      database: {
        schema: 2,
        data: {
          projects: oldCatalog,
          favourites: v2Favourites,
          visits: [
            { id: 'haproxy', at: T0 + 4 * DAY },
            { id: 'nginx', at: T0 + 5 * DAY },
            { id: 'haproxy', at: T0 + 6 * DAY },
          ],
          dismissed: [
            { id: 'consul', scope: 'annotation', at: T0 + 7 * DAY },
            { id: 'zeromq', scope: 'recommendation', at: T0 + 8 * DAY },
          ],
          catalogHash: 'v2-catalog',
        },
      },
      local: {
        settings: minimal,
        favouriteIds: ['rabbitmq', 'etcd', 'old-queue'],
        userDataRev: 9,
        // An older sync status: before the options page named the favourites that do not sync.
        syncStatus: { state: 'quota-exceeded', message: 'Sync storage is full', notSyncedCount: 1, at: T0 + 8 * DAY },
      },
      // Another browser saved ZooKeeper; this one's copy of etcd is older than the local one.
      sync: {
        'fav:zookeeper': { a: T0 + 9 * DAY, u: T0 + 9 * DAY, t: ['coordination'] },
        'fav:etcd': { a: T0 + DAY, u: T0 },
      },
    },
    {
      // What the old version's pages kept: copies stamped with its version, the theme, the settings.
      // (in the shape versions before 2c27f0b wrote them: { stamp, catalog } and { stamp, snapshot })
      'archscout.cache.catalog': JSON.stringify({
        stamp: '0.0.2',
        catalog: { ...bundled, hash: 'v2-catalog', projects: [...bundled.projects, oldQueue] },
      }),
      'archscout.cache.searchIndex': JSON.stringify({ stamp: '0.0.2', snapshot: { hash: 'v2-catalog', words: [] } }),
      'archscout.cache.settings': JSON.stringify(minimal),
      'archscout.theme': 'dark',
    },
  );
  try {
    const { ext } = updated;
    const newTab = await openNewTab(ext);
    await expect(newTab.locator('html')).toHaveAttribute('data-theme', 'dark');
    // Minimal new tab: only the search and the favourites.
    await expect(region(newTab, 'Recommended for you')).toHaveCount(0);
    const favourites = region(newTab, 'Favourites');
    await expect(favourites.getByRole('heading', { name: 'Apache ZooKeeper', exact: true })).toBeVisible();
    await expectTags(newTab, 'RabbitMQ', ['broker', 'amqp']);
    await expect(favourites.getByText('Try quorum queues')).toBeVisible();
    await expect(favourites.getByText('键值存储 · raft')).toBeVisible();
    await expectTags(newTab, 'Old Queue', ['legacy']);
    await expect(favourites.locator('[data-project-id="old-queue"]')).toContainText('Not in this catalog');
    await expectTags(newTab, 'Apache ZooKeeper', ['coordination']);

    const popup = await openPopup(ext);
    const recent = popup.getByRole('group', { name: 'Recently seen' });
    await expect(recent.getByRole('option')).toHaveText([/^HAProxy/, /^Nginx/]);

    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(options.getByRole('checkbox', { name: 'Minimal new tab' })).toBeChecked();
    await expect(options.getByRole('radio', { name: 'Dark' })).toBeChecked();
    const hidden = options.getByRole('region', { name: 'Hidden projects' });
    await expect(hidden.getByRole('list', { name: 'On-page cards' }).getByRole('button')).toHaveAccessibleName(
      'Show again: Consul',
    );
    await expect(hidden.getByRole('list', { name: 'Recommendations' }).getByRole('button')).toHaveAccessibleName(
      'Show again: ZeroMQ',
    );
    // The old version's status (sync full) gives way to this version's first pass.
    await expect(options.getByText('Browser sync storage is full', { exact: false })).toHaveCount(0);

    const file = await exportJson(ext);
    expect(file.settings).toEqual(minimal);
    expect(file.favourites).toEqual([
      expect.objectContaining({ id: 'zookeeper', addedAt: iso(T0 + 9 * DAY), tags: ['coordination'] }),
      expect.objectContaining({ id: 'old-queue', name: 'Old Queue', tags: ['legacy'] }),
      expect.objectContaining({ id: 'etcd', note: '键值存储 · raft', updatedAt: iso(T0 + DAY) }),
      expect.objectContaining({
        id: 'rabbitmq',
        addedAt: iso(T0),
        updatedAt: iso(T0 + 3 * DAY),
        tags: ['broker', 'amqp'],
        note: 'Try quorum queues',
      }),
    ]);

    await expect
      .poll(async () => Object.keys(await syncArea(ext)).sort())
      .toEqual(['fav:etcd', 'fav:old-queue', 'fav:rabbitmq', 'fav:zookeeper']);
    const synced = await syncArea(ext);
    expect(synced['fav:rabbitmq']).toEqual({ a: T0, u: T0 + 3 * DAY, t: ['broker', 'amqp'], n: 'Try quorum queues' });
    expect(synced['fav:etcd']).toEqual({ a: T0 + DAY, u: T0 + DAY, n: '键值存储 · raft' });
    await expect.poll(async () => (await readLocal<{ state: string }>(ext, 'syncStatus'))?.state).toBe('ok');

    expect((await updated.console()).filter(isFailure)).toEqual([]);
  } finally {
    await updated.close();
  }
});

test('a v2 database with favourites of shapes no version wrote still upgrades, and loses none of the rest', async () => {
  test.setTimeout(60_000);
  // Damage no release wrote (a tag that is a number or null, tags as one string, no dates), as
  // a disk error, an extension of another's or a hand-edited profile might leave.
  const damaged = [
    { id: 'haproxy', name: 'HAProxy', addedAt: T0 + 4 * DAY, updatedAt: T0 + 4 * DAY, tags: ['LB', 7, null] },
    { id: 'consul', name: 'Consul', addedAt: T0 + 5 * DAY, updatedAt: T0 + 5 * DAY, tags: 'Service Mesh' },
    { id: 'nginx', name: 'Nginx', tags: [], note: 'no dates' },
  ] as unknown as V2Favourite[];
  const updated = await updateFrom({
    version: '0.0.2',
    database: {
      schema: 2,
      data: {
        projects: oldCatalog,
        favourites: [...v2Favourites, ...damaged],
        visits: [{ id: 'haproxy', at: T0 + 6 * DAY }],
        dismissed: [{ id: 'zeromq', scope: 'annotation', at: T0 + 7 * DAY }],
        catalogHash: 'v2-catalog',
      },
    },
    local: { settings, favouriteIds: ['rabbitmq', 'etcd', 'old-queue', 'haproxy', 'consul', 'nginx'] },
  });
  try {
    const { ext } = updated;
    const newTab = await openNewTab(ext);
    const favourites = region(newTab, 'Favourites');
    for (const name of ['RabbitMQ', 'etcd', 'Old Queue', 'HAProxy', 'Consul', 'Nginx'])
      await expect(favourites.getByRole('heading', { name, exact: true })).toBeVisible();
    await expectTags(newTab, 'RabbitMQ', ['broker', 'amqp']);
    await expectTags(newTab, 'HAProxy', ['lb', '7']);
    await expectTags(newTab, 'Consul', ['service mesh']);
    await expect(favourites.getByText('no dates')).toBeVisible();

    const file = await exportJson(ext);
    expect(file.favourites).toHaveLength(6);
    expect(file.favourites).toContainEqual(expect.objectContaining({ id: 'haproxy', tags: ['lb', '7'] }));
    expect(file.favourites).toContainEqual(expect.objectContaining({ id: 'nginx', note: 'no dates' }));
    expect(file.favourites).toContainEqual(
      expect.objectContaining({ id: 'rabbitmq', tags: ['broker', 'amqp'], note: 'Try quorum queues' }),
    );

    await expect
      .poll(async () => Object.keys(await syncArea(ext)).sort())
      .toEqual(['fav:consul', 'fav:etcd', 'fav:haproxy', 'fav:nginx', 'fav:old-queue', 'fav:rabbitmq']);
    await expect.poll(async () => (await readLocal<{ state: string }>(ext, 'syncStatus'))?.state).toBe('ok');
    expect((await updated.console()).filter(isFailure)).toEqual([]);
  } finally {
    await updated.close();
  }
});
