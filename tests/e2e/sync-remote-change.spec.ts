import { serviceWorkerStatus, stopServiceWorker } from '../helpers/service-worker';
import { openSyncProbe, type SyncChrome } from '../helpers/sync-probe';
import { expect, test } from '../helpers/test';

// A favourite saved in another browser reaches this one through storage.sync while Chromium has
// stopped the idle service worker, as it does after 30 s: the change itself must start the
// worker and be merged, not wait for the user's next click. Chromium's storage.sync has no
// second device here, so the probe page writes the entry as sync would deliver it.

test('a favourite synced from another browser arrives while the service worker is stopped', async ({
  ext,
  openExtensionPage,
}) => {
  const probe = await openSyncProbe(openExtensionPage);
  await expect.poll(async () => (await probe.status())?.state).toBe('ok'); // the start-up pass is over
  // A tab with no extension page holds the DevTools session (an extension page would keep the process).
  const cdp = await ext.context.newCDPSession(await ext.context.newPage());
  await stopServiceWorker(cdp, ext.extensionId);

  const at = Date.now();
  await probe.page.evaluate(
    (entry) => (globalThis as unknown as SyncChrome).chrome.storage.sync.set({ 'fav:consul': entry }),
    { a: at, u: at, t: ['from-laptop'] },
  );
  // Merged into IndexedDB and mirrored for the pages, with its tag: only a started worker does that.
  await expect
    .poll(async () => (await probe.stored('local', 'favouriteIds')) as string[] | undefined, { timeout: 15_000 })
    .toContain('consul');
  expect(await serviceWorkerStatus(cdp, ext.extensionId)).toBe('running');
});
