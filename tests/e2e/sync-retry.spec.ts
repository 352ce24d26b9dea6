import type { SyncStatus } from '@/services/protocol';
import { serviceWorkerStatus, stopServiceWorker } from '../helpers/service-worker';
import { sendFromPage } from '../helpers/settings';
import { openSyncProbe, type SyncChrome } from '../helpers/sync-probe';
import { expect, test } from '../helpers/test';

// A sync write the browser refuses is retried by an alarm (services/sync-retry.ts): Chrome stops
// an idle MV3 service worker after 30 s, and a timer died with it, so the retry a minute later
// never came while the worker slept. Here Chromium itself refuses the write (its write rate),
// the worker is stopped, and the alarm must wake it and sync the favourite.

test('a write Chromium refuses for its write rate is retried by an alarm that wakes the stopped worker', async ({
  ext,
  openExtensionPage,
}) => {
  test.setTimeout(150_000);
  const probe = await openSyncProbe(openExtensionPage);
  const quiet = probe.page;
  const syncStatus = probe.status;
  const syncedEtcd = () => probe.synced('etcd');
  const retryAlarm = probe.retryAlarm;

  // Spend the minute's 120 storage.sync writes (MAX_WRITE_OPERATIONS_PER_MINUTE; a key sync ignores).
  const spent = await quiet.evaluate(async () => {
    const { sync } = (globalThis as unknown as SyncChrome).chrome.storage;
    for (let i = 0; i < 120; i++) await sync.set({ other: i });
    return sync.set({ other: 'one more' }).then(
      () => 'not refused',
      (error: Error) => error.message,
    );
  });
  expect(spent).toMatch(/MAX_WRITE_OPERATIONS_PER_MINUTE/);

  // The favourite's upload is refused: the status says it waits, and the alarm is a minute on.
  await sendFromPage(quiet, { type: 'favourites.set', id: 'etcd', on: true });
  await expect.poll(async () => (await syncStatus())?.detail, { timeout: 10_000 }).toMatch(/MAX_WRITE_OPERATIONS/);
  const refused = (await syncStatus()) as SyncStatus;
  expect(refused).toMatchObject({ state: 'pending', retries: 1 });
  const alarm = await retryAlarm();
  expect(alarm).toEqual({ name: 'sync-retry', scheduledTime: refused.at + 60_000, persistAcrossSessions: true });
  expect(await syncedEtcd()).toBeUndefined();

  // The worker stops, as Chromium stops it 30 s after its last event.
  const devtools = await ext.context.newCDPSession(await ext.context.newPage());
  await stopServiceWorker(devtools, ext.extensionId);

  // The alarm is the background's own, not re-created here with an earlier time: Chromium's write
  // count is for the minute from the first of the writes above, so the retry succeeds only once
  // that minute is over, and the alarm comes a minute after the refusal, just after it.
  await expect
    .poll(syncedEtcd, { timeout: 90_000, intervals: [1_000] })
    .toMatchObject({ a: expect.any(Number), u: expect.any(Number) });
  // Woken by the alarm, not earlier by something else.
  expect(Date.now()).toBeGreaterThanOrEqual(alarm?.scheduledTime ?? Number.POSITIVE_INFINITY);
  expect(await serviceWorkerStatus(devtools, ext.extensionId)).toBe('running');
  await expect.poll(async () => (await syncStatus())?.state).toBe('ok');
  expect(await syncStatus()).not.toHaveProperty('retries');
  expect(await retryAlarm()).toBeNull();
});
