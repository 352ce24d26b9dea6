import { itemBytes, SYNC_QUOTA } from '@/catalog/sync/quota';
import type { SyncStatus } from '@/services/protocol';
import { importThroughBackground } from '../helpers/import-file';
import { orphanExport } from '../helpers/orphan-export';
import { readLocal, sendFromPage } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The options page names the favourites sync leaves out, and why (issue #4). Chromium's own
// storage.sync is filled up to its last bytes (with keys sync ignores, as data of another
// version would be), so the background's real pass leaves the favourites out.

/** Items totalling QUOTA_BYTES less `spare` bytes, as Chromium counts them (plain letters: counted alike). */
function filler(spare: number): Record<string, string> {
  const items: Record<string, string> = {};
  let left = SYNC_QUOTA.QUOTA_BYTES - spare;
  for (let i = 0; left > 0; i++) {
    const key = `filler-${i}`;
    const value = 'x'.repeat(Math.min(8_000, left - itemBytes(key, '')));
    items[key] = value;
    left -= itemBytes(key, value);
  }
  return items;
}

test('the sync status names the favourites that do not sync, and why, in English and Chinese', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  const room = await page.evaluate(async (items) => {
    const { chrome } = globalThis as unknown as {
      chrome: { storage: { sync: { set(i: object): Promise<void>; getBytesInUse(k: null): Promise<number> } } };
    };
    await chrome.storage.sync.set(items);
    return chrome.storage.sync.getBytesInUse(null);
  }, filler(20));
  expect(room, 'Chromium counts the filler as the engine does').toBe(SYNC_QUOTA.QUOTA_BYTES - 20);

  // Six favourites from an old backup, gone from the catalog (saved names "Old 0".."Old 5"),
  // RabbitMQ, and etcd with a note and tags Chromium counts over 8 KB (each "<" is 6 bytes there).
  expect(await importThroughBackground(page, orphanExport(6))).toMatchObject({ added: 6 });
  await sendFromPage(page, { type: 'favourites.set', id: 'rabbitmq', on: true });
  await sendFromPage(page, { type: 'favourites.set', id: 'etcd', on: true });
  await sendFromPage(page, {
    type: 'favourites.update',
    id: 'etcd',
    note: '<'.repeat(1000),
    tags: Array.from({ length: 20 }, (_, i) => `${'<'.repeat(37)}${i}`),
  });
  await expect
    .poll(async () => (await readLocal<SyncStatus>(ext, 'syncStatus'))?.notSyncedCount, { timeout: 10_000 })
    .toBe(8);

  const sync = page.getByRole('region', { name: 'Sync' });
  await expect(sync).toContainText('Kept on this device only: 8 favourite(s).');
  await expect(sync).toContainText('Too large to sync, over 8 KB each (shorten the note or tags): etcd.');
  const full = sync.getByText(/^No room left in sync for: /);
  // Five names, then how many more; an orphan by the name it was saved with.
  await expect(full).toHaveText(/^No room left in sync for: ((Old \d|RabbitMQ), ){4}(Old \d|RabbitMQ) and 2 more\.$/);
  // The live region announces what changed, not the list of names.
  const live = sync.getByRole('status');
  await expect(live).toContainText('Browser sync storage is full');
  await expect(live).toContainText('Kept on this device only: 8 favourite(s).');
  await expect(live).not.toContainText('etcd');
  await expect(live).not.toContainText('Old ');

  await page.getByRole('radio', { name: '简体中文' }).check();
  const syncZh = page.getByRole('region', { name: '同步' });
  await expect(syncZh).toContainText('仅保存在本机的收藏：8 个。');
  await expect(syncZh).toContainText('单个超过 8 KB，无法同步（缩短备注或标签即可）：etcd。');
  await expect(syncZh.getByText(/^同步空间已无余量/)).toHaveText(
    /^同步空间已无余量，未能同步：((Old \d|RabbitMQ)、){4}(Old \d|RabbitMQ) 等，另有 2 个。$/,
  );
});
