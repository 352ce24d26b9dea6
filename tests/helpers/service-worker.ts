// The extension's service worker as DevTools sees it: stopped the way Chromium stops it after
// 30 s without events (MV3), and its running status. Used by the e2e specs and the bench.
import type { CDPSession } from '@playwright/test';

export type WorkerStatus = 'stopped' | 'starting' | 'running' | 'stopping';

/** What DevTools has reported for the worker so far: the latest status, and every one in order. */
interface StatusLog {
  latest(): WorkerStatus | undefined;
  count(): number; // how many reports so far
  seenSince(report: number, status: WorkerStatus): boolean;
}

/**
 * Runs `body` with the DevTools ServiceWorker domain on, seeing what is reported for the worker
 * of `extensionId` (enabling the domain reports every worker's current status). The domain is
 * on only meanwhile: while on, DevTools follows every worker, which costs pages time.
 */
async function withWorkerStatus<T>(
  cdp: CDPSession,
  extensionId: string,
  body: (log: StatusLog) => Promise<T>,
): Promise<T> {
  const origin = `chrome-extension://${extensionId}/`;
  const reports: WorkerStatus[] = [];
  const onUpdate = ({ versions }: { versions: { scriptURL: string; runningStatus: WorkerStatus }[] }) => {
    for (const version of versions) if (version.scriptURL.startsWith(origin)) reports.push(version.runningStatus);
  };
  cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  try {
    await cdp.send('ServiceWorker.enable');
    return await body({
      latest: () => reports.at(-1),
      count: () => reports.length,
      seenSince: (report, status) => reports.slice(report).includes(status),
    });
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

// A worker stopped while an event is on its way (a tab closing, a content script's message) is
// started again at once, as Chromium does after an idle stop too: "stopped" can be reported and
// replaced before the next poll. So a stop counts once "stopped" was reported at all, and is
// repeated (a few times) until the worker stays stopped for a moment.
const STOP_ATTEMPTS = 3;
const STAYS_STOPPED_MS = 100;

/** Stops the extension's service worker and waits until DevTools reports it stopped (and staying so). */
export function stopServiceWorker(cdp: CDPSession, extensionId: string): Promise<void> {
  return withWorkerStatus(cdp, extensionId, async (log) => {
    // Enabling the domain reports the current status: a worker stopped already has nothing to report after a stop.
    await until(() => log.latest() !== undefined, 'DevTools reported no service worker of the extension');
    if (log.latest() === 'stopped') return;
    for (let attempt = 1; attempt <= STOP_ATTEMPTS; attempt++) {
      const before = log.count();
      await cdp.send('ServiceWorker.stopAllWorkers');
      await until(() => log.seenSince(before, 'stopped'), 'the service worker did not stop');
      await new Promise((resolve) => setTimeout(resolve, STAYS_STOPPED_MS));
      if (log.latest() === 'stopped') return;
    }
    throw new Error(`the service worker started again after each of ${STOP_ATTEMPTS} stops`);
  });
}

/** The extension's service worker's running status now. */
export function serviceWorkerStatus(cdp: CDPSession, extensionId: string): Promise<WorkerStatus | undefined> {
  return withWorkerStatus(cdp, extensionId, async (log) => {
    await until(() => log.latest() !== undefined, 'DevTools reported no service worker of the extension');
    return log.latest();
  });
}
