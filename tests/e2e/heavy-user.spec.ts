import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { SYNC_QUOTA, totalBytes } from '@/catalog/sync/quota';
import type { Catalog } from '@/catalog/types';
import type { SyncStatus } from '@/services/protocol';
import type { LaunchedExtension } from '../helpers/extension';
import { importThroughBackground } from '../helpers/import-file';
import { region } from '../helpers/newtab';
import { orphanExport } from '../helpers/orphan-export';
import { ROOT } from '../helpers/paths';
import { openPopup } from '../helpers/popup';
import { readLocal, sendFromPage } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// A long-time user's profile in the real browser: every catalog project a favourite, with many
// tags and long notes. What storage.sync accepts is Chromium's own quota accounting, which no
// fake reproduces (it counts "<" as the six bytes of \u003C).

const catalog = JSON.parse(readFileSync(`${ROOT}catalog/data/catalog.json`, 'utf8')) as Catalog;
const ids = catalog.projects.map((p) => p.id);

interface FavouriteEdit {
  id: string;
  tags?: string[];
  note?: string | null;
}

/** Favourites and edits every project in one page script: a hundred messages, as fast as a script can send them. */
async function saveAll(page: Page, edits: FavouriteEdit[], add: boolean): Promise<void> {
  await page.evaluate(
    async ({ edits, add }) => {
      const { chrome } = globalThis as unknown as {
        chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; error?: string }> } };
      };
      for (const edit of edits) {
        const replies = [
          ...(add ? [await chrome.runtime.sendMessage({ type: 'favourites.set', id: edit.id, on: true })] : []),
          await chrome.runtime.sendMessage({ type: 'favourites.update', ...edit }),
        ];
        const failed = replies.find((reply) => !reply.ok);
        if (failed) throw new Error(`${edit.id}: ${failed.error}`);
      }
    },
    { edits, add },
  );
}

/** What storage.sync holds, as Chromium counts it. */
function syncArea(ext: LaunchedExtension): Promise<{ keys: number; bytes: number; items: Record<string, unknown> }> {
  return ext.serviceWorker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: {
        storage: { sync: { get(k: null): Promise<Record<string, unknown>>; getBytesInUse(k: null): Promise<number> } };
      };
    };
    const all = await chrome.storage.sync.get(null);
    return { keys: Object.keys(all).length, bytes: await chrome.storage.sync.getBytesInUse(null), items: all };
  });
}

const syncStatus = (ext: LaunchedExtension) => readLocal<SyncStatus>(ext, 'syncStatus');

test('notes Chrome counts larger than they look sync as many favourites as fit, and the rest once space frees up', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const options = await openExtensionPage('options.html');
  // A note of 1,000 "<" is 1,002 bytes as JSON.stringify writes it and 6,002 as Chromium counts it.
  await saveAll(
    options,
    ids.map((id) => ({ id, note: '<'.repeat(1000) })),
    true,
  );
  await expect.poll(async () => (await syncStatus(ext))?.notSyncedCount, { timeout: 15_000 }).toBeGreaterThan(0);
  const full = await syncArea(ext);
  const status = (await syncStatus(ext)) as SyncStatus;
  // Counted as the browser counts, the batch fits: some favourites sync instead of none.
  expect(full.keys, 'favourites in storage.sync').toBeGreaterThan(10);
  expect(full.bytes).toBeLessThanOrEqual(SYNC_QUOTA.QUOTA_BYTES);
  // The engine's count of what it wrote is never below Chromium's (its timestamps are doubles there).
  expect(totalBytes(full.items)).toBeGreaterThanOrEqual(full.bytes);
  expect(status).toMatchObject({ state: 'quota-exceeded', notSyncedCount: ids.length - full.keys });
  expect(status.detail, 'the browser refused no write').toBeUndefined();

  // The options page says it once, in the page's language (no English repeat under "Details").
  const sync = options.getByRole('region', { name: 'Sync' });
  await expect(sync).toContainText(`Kept on this device only: ${ids.length - full.keys} favourite(s).`);
  await expect(sync).not.toContainText('kept in this browser only');

  // Nothing is lost here, and shorter notes free the space: everything syncs.
  const local = await readLocal<string[]>(ext, 'favouriteIds');
  expect(local).toHaveLength(ids.length);
  await saveAll(
    options,
    ids.map((id) => ({ id, note: null })),
    false,
  );
  await expect.poll(async () => (await syncStatus(ext))?.state, { timeout: 15_000 }).toBe('ok');
  expect((await syncArea(ext)).keys).toBe(ids.length);
  await expect(sync).not.toContainText('Kept on this device only');
});

test('the new tab of a user with a thousand distinct tags shows the favourites, not a wall of tag buttons', async ({
  ext,
}) => {
  test.setTimeout(60_000);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await saveAll(
    page,
    ids.map((id) => ({
      id,
      tags: Array.from({ length: 20 }, (_, k) => `${id}-${k}`),
      note: `Why ${id}: `.padEnd(1000, 'n'),
    })),
    true,
  );
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('chrome://newtab');
  const favourites = region(page, 'Favourites');
  const filter = favourites.getByRole('group', { name: 'Filter favourites by tag' });
  const more = filter.getByRole('button', { name: `More tags (${ids.length * 20 - 12})` });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  const tagButtons = filter.getByRole('button', { name: /^#/ });
  // The twelve most used tags (after "All").
  await expect(tagButtons).toHaveCount(12);
  const cards = favourites.getByRole('article');
  const firstCard = cards.first();
  await expect(firstCard).toBeVisible();
  // The first favourite is about a screen below the heading, not ten screens of tags further down.
  const [heading, card] = await Promise.all([
    favourites.getByRole('heading', { level: 2 }).boundingBox(),
    firstCard.boundingBox(),
  ]);
  expect((card?.y ?? Number.POSITIVE_INFINITY) - (heading?.y ?? 0)).toBeLessThan(900);

  // From the keyboard: past "All", twelve tags and the toggle, Tab reaches the favourites.
  await filter.getByRole('button', { name: /^All/ }).focus();
  for (let i = 0; i < 14; i++) await page.keyboard.press('Tab');
  await expect(firstCard.locator(':focus')).toHaveCount(1);

  // Every tag is one press away, and a tag picked there stays shown when the list folds again.
  await more.click();
  await expect(tagButtons).toHaveCount(ids.length * 20);
  const last = tagButtons.last();
  const lastText = (await last.textContent()) ?? '';
  await last.click();
  await filter.getByRole('button', { name: 'Fewer tags' }).click();
  await expect(filter.getByRole('button', { pressed: true })).toHaveText(lastText);
  await expect(tagButtons).toHaveCount(13);
  await expect(cards).toHaveCount(1);
});

test('reset with "also remove favourites" clears 500 favourites in one change an open new tab reads once', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(60_000);
  const options = await openExtensionPage('options.html');
  expect(await importThroughBackground(options, orphanExport(500))).toMatchObject({ added: 500 });

  // Every bump of userDataRev makes an open new tab read all user data again.
  const newTab = await ext.context.newPage();
  await newTab.goto('chrome://newtab');
  await newTab.evaluate(() => {
    const scope = globalThis as unknown as {
      revChanges: number;
      chrome: { storage: { onChanged: { addListener(f: (changes: object, area: string) => void): void } } };
    };
    scope.revChanges = 0;
    scope.chrome.storage.onChanged.addListener((changes, area) => {
      if (area === 'local' && 'userDataRev' in changes) scope.revChanges++;
    });
  });

  await options.reload();
  await options.getByRole('button', { name: 'Reset…' }).click();
  await options
    .getByRole('checkbox', {
      name: 'Also remove all favourites (500), here and in every browser that syncs them; export them first to keep a copy',
    })
    .check();
  await options.getByRole('button', { name: 'Reset now' }).click();
  await expect(options.getByText('Settings are back to their defaults; favourites removed: 500.')).toBeVisible({
    timeout: 20_000,
  });
  expect(await readLocal<string[]>(ext, 'favouriteIds')).toEqual([]);
  expect(await newTab.evaluate(() => (globalThis as unknown as { revChanges: number }).revChanges)).toBe(1);
  await expect(region(newTab, 'Favourites').getByRole('article')).toHaveCount(0);
});

test('importing 500 unknown favourites says how many; the popup then opens with the newest 60, and says so', async ({
  ext,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  await options.getByLabel('Import from a JSON file…').setInputFiles({
    name: 'old-backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(orphanExport(500)),
  });
  await expect(options.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
    'Not in this catalog, imported all the same: Old 0, Old 1, Old 2, Old 3, Old 4, Old 5, Old 6, Old 7, Old 8, Old 9 and 490 more.',
  );
  await sendFromPage(options, { type: 'favourites.set', id: 'etcd', on: true });
  const popup = await openPopup(ext);
  const favourites = popup.getByRole('group', { name: 'Favourites: the newest 60 of 501' });
  await expect(favourites.getByRole('option')).toHaveCount(60);
  await expect(favourites.getByRole('option').first()).toHaveAccessibleName(/^etcd, /);
});
