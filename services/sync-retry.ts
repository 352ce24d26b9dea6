// The retry of a sync pass is an alarm, not a timer: Chrome stops an idle MV3 service worker
// after 30 s, and a timer dies with it (a retry a minute later never ran, and favourites reached
// the other browsers only at the next start of the worker, if ever). An alarm wakes a stopped
// worker, provided the listener is registered in the worker's first turn (registerSyncRetry,
// from entrypoints/background.ts). One named alarm: creating it again replaces it.
import { browser } from 'wxt/browser';
import type { RetryPlan } from '@/catalog/sync/retry-plan';

export const SYNC_RETRY_ALARM = 'sync-retry';

/** Calls `retry` when the retry alarm goes off (register synchronously at the background's top level). */
export function registerSyncRetry(retry: () => void): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_RETRY_ALARM) retry();
  });
}

/** Sets the alarm for `plan` (replacing any), or clears it when there is nothing to retry. */
export async function setRetryAlarm(plan: RetryPlan | null): Promise<void> {
  try {
    if (plan) await browser.alarms.create(SYNC_RETRY_ALARM, { when: plan.at });
    else await browser.alarms.clear(SYNC_RETRY_ALARM);
  } catch (error) {
    // Not worth failing the pass for: the next local or remote change, or worker start, syncs.
    console.error('Archscout: the sync retry alarm could not be set', error);
  }
}
