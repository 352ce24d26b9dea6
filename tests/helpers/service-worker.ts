// The extension's service worker as DevTools sees it: stopped the way Chromium stops it after
// 30 s without events (MV3), and its running status. Used by the e2e specs and the bench.
import type { CDPSession } from '@playwright/test';

export type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/**
 * Runs `body` with the DevTools ServiceWorker domain on, seeing the latest status reported for
 * the worker of `extensionId` (enabling the domain reports every worker's current one). The
 * domain is on only meanwhile: while on, DevTools follows every worker, which costs pages time.
 */
async function withWorkerStatus<T>(
  cdp: CDPSession,
  extensionId: string,
  body: (latest: () => WorkerStatus | undefined) => Promise<T>,
): Promise<T> {
  const origin = `chrome-extension://${extensionId}/`;
  let latest: WorkerStatus | undefined;
  const onUpdate = ({ versions }: { versions: { scriptURL: string; runningStatus: WorkerStatus }[] }) => {
    for (const version of versions) if (version.scriptURL.startsWith(origin)) latest = version.runningStatus;
  };
  cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  try {
    await cdp.send('ServiceWorker.enable');
    return await body(() => latest);
  } finally {
    await cdp.send('ServiceWorker.disable');
    cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
  }
}

async function until(done: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Stops the extension's service worker and waits until DevTools reports it stopped. */
export function stopServiceWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  return withWorkerStatus(cdp, extensionId, async (latest) => {
    await cdp.send('ServiceWorker.stopAllWorkers');
    await until(() => latest() === 'stopped', 'the service worker did not stop');
  });
}

/** The extension's service worker's running status now. */
export function serviceWorkerStatus(cdp: CDPSession, extensionId: string): Promise<WorkerStatus | undefined> {
  return withWorkerStatus(cdp, extensionId, async (latest) => {
    await until(() => latest() !== undefined, 'DevTools reported no service worker of the extension');
    return latest();
  });
}
