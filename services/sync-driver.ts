// Drives favourites sync through browser.storage.sync (issue #4). The merge
// itself is pure (catalog/sync/); this schedules passes and reports status:
// - a pass on start-up, after every local change (debounced: one `set` for a
//   burst of changes) and when storage.sync changes (another browser wrote);
// - state-based, so a pass lost to the service worker stopping is simply
//   done by the next one;
// - a refused write (write rate, a transient failure) is retried by an alarm
//   (sync-retry.ts), which wakes a stopped worker, backing off while it fails;
// - the outcome is mirrored to storage.local `syncStatus` for the options page;
//   a quota error is shown there and never costs the local copy.
import { browser } from 'wxt/browser';
import { groupNotSynced } from '@/catalog/sync/not-synced-groups';
import { WriteRateLimiter } from '@/catalog/sync/rate-limit';
import { planRetry, type RetryPlan } from '@/catalog/sync/retry-plan';
import type { SyncArea } from '@/catalog/sync/sync-area';
import { type SyncOutcome, syncOnce } from '@/catalog/sync/sync-engine';
import { FAV_KEY_PREFIX } from '@/catalog/sync/sync-entry';
import type { BackgroundContext } from './context';
import { LOCAL_KEYS, type SyncStatus } from './protocol';
import { setRetryAlarm } from './sync-retry';

export const SYNC_DEBOUNCE_MS = 1500;

export function browserSyncArea(): SyncArea {
  return {
    getAll: () => browser.storage.sync.get(null) as Promise<Record<string, unknown>>,
    set: (items) => browser.storage.sync.set(items),
    remove: (keys) => browser.storage.sync.remove(keys),
  };
}

export interface SyncDriver {
  /** Schedules a pass (debounced). */
  request(delayMs?: number): void;
  /** Runs a pass now (queued behind other user-data work). */
  runNow(): Promise<SyncOutcome | null>;
  /** The retry alarm went off: a pass, unless the worker's start-up pass (to come) is that pass. */
  retry(): void;
  status(): Promise<SyncStatus>;
  /** Listens to storage.sync changes and runs the start-up pass. */
  start(): void;
}

export interface SyncDriverOptions {
  area?: SyncArea;
  /** Called when a pass changed local favourites (to refresh the storage.local mirror). */
  onLocalChange: () => Promise<void>;
  debounceMs?: number;
}

function toStatus(
  outcome: SyncOutcome,
  now: number,
  previous: SyncStatus | undefined,
  retry: RetryPlan | null,
): SyncStatus {
  const state = outcome.state === 'rate-limited' ? 'pending' : outcome.state;
  const status: SyncStatus = { state, at: now };
  if (retry) status.retries = retry.attempt;
  if (outcome.message) status.message = outcome.message;
  if (outcome.detail) status.detail = outcome.detail;
  // Only the quota keeps favourites here for good; another failure is retried.
  if (outcome.state === 'quota-exceeded' && outcome.notSynced.length > 0) {
    status.notSyncedCount = outcome.notSynced.length;
    status.notSynced = groupNotSynced(outcome.notSynced);
  }
  const lastSyncedAt = outcome.state === 'ok' ? now : previous?.lastSyncedAt;
  if (lastSyncedAt !== undefined) status.lastSyncedAt = lastSyncedAt;
  return status;
}

export function createSyncDriver(ctx: BackgroundContext, options: SyncDriverOptions): SyncDriver {
  const area = options.area ?? browserSyncArea();
  const limiter = new WriteRateLimiter();
  const debounceMs = options.debounceMs ?? SYNC_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readStatus = async (): Promise<SyncStatus | undefined> =>
    (await browser.storage.local.get(LOCAL_KEYS.syncStatus))[LOCAL_KEYS.syncStatus] as SyncStatus | undefined;

  let started = false;
  const runNow = (): Promise<SyncOutcome | null> => ctx.queue.run(pass);

  async function pass(): Promise<SyncOutcome | null> {
    const now = ctx.now();
    const previous = await readStatus();
    let outcome: SyncOutcome;
    try {
      outcome = await syncOnce(await ctx.db(), area, { now, nameOf: ctx.nameOf, limiter });
    } catch (error) {
      // storage.sync unavailable (Firefox without an add-on id, sync disabled by policy...): local data is untouched.
      const detail = error instanceof Error ? error.message : String(error);
      const status: SyncStatus = { state: 'error', message: `Sync is unavailable: ${detail}`, detail, at: now };
      await browser.storage.local.set({ [LOCAL_KEYS.syncStatus]: status });
      await setRetryAlarm(null);
      return null;
    }
    const retry = planRetry(outcome.retryInMs, previous?.retries ?? 0, now);
    await browser.storage.local.set({ [LOCAL_KEYS.syncStatus]: toStatus(outcome, now, previous, retry) });
    if (outcome.localChanged) await options.onLocalChange();
    if (retry?.timer) schedule(retry.at - now);
    await setRetryAlarm(retry);
    return outcome;
  }

  function schedule(delayMs: number): void {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void runNow();
    }, delayMs);
  }

  return {
    request: (delayMs = debounceMs) => schedule(delayMs),
    runNow,
    retry() {
      // An alarm that woke the worker arrives before start(): its start-up pass does the retry.
      if (started) void runNow();
    },
    status: async () => (await readStatus()) ?? { state: 'pending', at: ctx.now() },
    start() {
      started = true;
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === 'sync' && Object.keys(changes).some((key) => key.startsWith(FAV_KEY_PREFIX)))
          schedule(debounceMs);
      });
      void runNow();
    },
  };
}
