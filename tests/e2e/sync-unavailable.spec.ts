import type { SyncStatus } from '@/services/protocol';
import { sendFromPage } from '../helpers/settings';
import { openSyncProbe, type SyncChrome } from '../helpers/sync-probe';
import { expect, test } from '../helpers/test';

// A sync pass that cannot use storage.sync at all (read refused: sync switched off for a while,
// a storage error) is retried by the sync retry alarm, with the same back-off as a refused write
// (catalog/sync/sync-failure.ts). It used to set no retry: the favourite waited for the next
// change or start of the worker. Chromium's storage.sync does not fail on demand, so the
// background's own `chrome.storage.sync.get` is made to throw (as the browser does when the area
// cannot be read) and put back afterwards.

const FAILURE = 'IO error: Sync Extension Settings is not readable (test)';

test('a pass that cannot read storage.sync sets the retry alarm, and the alarm syncs once it can', async ({
  ext,
  openExtensionPage,
}) => {
  const probe = await openSyncProbe(openExtensionPage);
  await expect.poll(async () => (await probe.status())?.state).toBe('ok'); // the start-up pass is over

  await ext.serviceWorker.evaluate((message) => {
    const sync = (globalThis as unknown as SyncChrome).chrome.storage.sync as unknown as Record<string, unknown>;
    const scope = globalThis as unknown as { realGet?: unknown };
    scope.realGet = sync.get;
    sync.get = () => {
      throw new Error(message);
    };
  }, FAILURE);

  await sendFromPage(probe.page, { type: 'favourites.set', id: 'etcd', on: true });
  await expect.poll(async () => (await probe.status())?.detail).toBe(FAILURE);
  const failed = (await probe.status()) as SyncStatus;
  expect(failed).toMatchObject({ state: 'error', retries: 1 });
  expect(await probe.retryAlarm()).toEqual({
    name: 'sync-retry',
    scheduledTime: failed.at + 60_000,
    persistAcrossSessions: true,
  });
  expect(await probe.synced('etcd')).toBeUndefined();

  // storage.sync can be read again; the alarm goes off (set again here, to go off now rather
  // than in a minute: the worker runs, so only the alarm's listener can start a pass).
  await ext.serviceWorker.evaluate(() => {
    const sync = (globalThis as unknown as SyncChrome).chrome.storage.sync as unknown as Record<string, unknown>;
    sync.get = (globalThis as unknown as { realGet?: unknown }).realGet;
  });
  await probe.page.evaluate(() =>
    (globalThis as unknown as SyncChrome).chrome.alarms.create('sync-retry', { when: Date.now() }),
  );
  await expect
    .poll(() => probe.synced('etcd'), { timeout: 15_000 })
    .toMatchObject({ a: expect.any(Number), u: expect.any(Number) });
  await expect.poll(async () => (await probe.status())?.state).toBe('ok');
  expect(await probe.status()).not.toHaveProperty('retries');
  expect(await probe.retryAlarm()).toBeNull();
});
