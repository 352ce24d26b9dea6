import type { SyncStatus } from '@/services/protocol';
import { stopServiceWorker } from '../helpers/service-worker';
import { sendFromPage } from '../helpers/settings';
import { openSyncProbe, type SyncChrome } from '../helpers/sync-probe';
import { expect, test } from '../helpers/test';

// Chromium allows an extension 120 storage.sync writes a minute and counts them for as long as
// it runs; the background's write-rate limiter used to count them in the service worker's
// memory, which Chromium throws away 30 s after the worker's last event. A worker started again
// then wrote at once and Chromium refused it. The limiter's log now lives in storage.session
// (services/sync-write-log.ts), so the new worker waits for the minute to end instead.

test('a restarted worker remembers its storage.sync writes and waits rather than have Chromium refuse one', async ({
  ext,
  openExtensionPage,
}) => {
  const probe = await openSyncProbe(openExtensionPage);
  const writeLog = async () => (await probe.stored('session', 'syncWrites')) as number[] | undefined;

  // The background's own write: the favourite reaches storage.sync, and the write is logged.
  await sendFromPage(probe.page, { type: 'favourites.set', id: 'etcd', on: true });
  await expect.poll(() => probe.synced('etcd')).toMatchObject({ a: expect.any(Number) });
  await expect.poll(async () => (await writeLog())?.length).toBe(1);

  // A debounced pass makes at most one write per change, so a test cannot have the background
  // spend Chromium's minute by itself: this page spends the other 119 writes (a key sync
  // ignores), and they go into the background's log as if its passes had made them.
  const spent = await probe.page.evaluate(async () => {
    const { sync } = (globalThis as unknown as SyncChrome).chrome.storage;
    const times: number[] = [];
    for (let i = 0; i < 119; i++) {
      times.push(Date.now());
      await sync.set({ other: i });
    }
    return times;
  });
  const log = [...((await writeLog()) ?? []), ...spent];
  await probe.page.evaluate(
    (syncWrites) => (globalThis as unknown as SyncChrome).chrome.storage.session.set({ syncWrites }),
    log,
  );
  // Chromium's count is full: its 120 include the background's write.
  const refused = await probe.page.evaluate(() =>
    (globalThis as unknown as SyncChrome).chrome.storage.sync.set({ other: 'one more' }).then(
      () => 'not refused',
      (error: Error) => error.message,
    ),
  );
  expect(refused).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);

  // The worker stops; the next change starts a new one, whose pass waits for the minute.
  const devtools = await ext.context.newCDPSession(await ext.context.newPage());
  await stopServiceWorker(devtools, ext.extensionId);
  await sendFromPage(probe.page, { type: 'favourites.set', id: 'consul', on: true });
  await expect.poll(async () => (await probe.status())?.state).toBe('pending');
  const waiting = (await probe.status()) as SyncStatus;
  expect(waiting.message).toMatch(/^Waiting to sync/);
  expect(waiting, 'Chromium refused the write: the limiter forgot its writes').not.toHaveProperty('detail');
  expect(await probe.synced('consul')).toBeUndefined();
  // Retried when the oldest of the 120 writes is a minute old (the back-off's first retry waits as asked).
  expect((await probe.retryAlarm())?.scheduledTime).toBe((log[0] ?? 0) + 60_001);
});
