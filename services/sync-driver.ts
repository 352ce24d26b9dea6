// Drives favourites sync through browser.storage.sync (issue #4). The merge
// itself is pure (catalog/sync/); this schedules passes and reports status:
// - a pass on start-up, after every local change (debounced: one `set` for a
//   burst of changes) and when storage.sync changes (another browser wrote);
// - state-based, so a pass lost to the service worker stopping is simply
//   done by the next one;
// - a refused write (write rate, a transient failure) or a pass that could not use storage.sync
//   at all is retried by an alarm (sync-retry.ts), which wakes a stopped worker, backing off
//   while it fails; not a browser without storage.sync (catalog/sync/sync-failure.ts);
// - the write-rate limiter's log of recent writes outlives the worker (sync-write-log.ts);
// - the outcome is mirrored to storage.local `syncStatus` for the options page;
//   a quota error is shown there and never costs the local copy.
import { browser } from 'wxt/browser';
import { groupNotSynced } from '@/catalog/sync/not-synced-groups';
import type { WriteRateLimiter } from '@/catalog/sync/rate-limit';
import { planRetry, type RetryPlan } from '@/catalog/sync/retry-plan';
import type { SyncArea } from '@/catalog/sync/sync-area';
import { type SyncOutcome, syncOnce } from '@/catalog/sync/sync-engine';
import { FAV_KEY_PREFIX } from '@/catalog/sync/sync-entry';
import { failedPassOutcome, NO_SYNC_AREA } from '@/catalog/sync/sync-failure';
import type { BackgroundContext } from './context';
import { LOCAL_KEYS, type SyncStatus } from './protocol';
import { setRetryAlarm } from './sync-retry';
import { loadWriteLimiter, saveWriteLog } from './sync-write-log';

export const SYNC_DEBOUNCE_MS = 1500;

export function browserSyncArea(): SyncArea {
  // Said in words sync-failure.ts knows (a TypeError would be retried for ever).
  const sync = () => {
    if (!browser.storage.sync) throw new Error(NO_SYNC_AREA);
    return browser.storage.sync;
  };
  return {
    getAll: async () => (await sync().get(null)) as Record<string, unknown>,
    set: async (items) => sync().set(items),
    remove: async (keys) => sync().remove(keys),
  };
}

export interface SyncDriver {
  /** Schedules a pass (debounced). */
  request(delayMs?: number): void;
  /** Runs a pass now (queued behind other user-data work). */
  runNow(): Promise<SyncOutcome>;
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
  let limiter: WriteRateLimiter | undefined; // read by this worker's first pass
  const debounceMs = options.debounceMs ?? SYNC_DEBOUNCE_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readStatus = async (): Promise<SyncStatus | undefined> =>
    (await browser.storage.local.get(LOCAL_KEYS.syncStatus))[LOCAL_KEYS.syncStatus] as SyncStatus | undefined;

  let started = false;
  const runNow = (): Promise<SyncOutcome> => ctx.queue.run(pass);

  async function pass(): Promise<SyncOutcome> {
    const now = ctx.now();
    const previous = await readStatus();
    limiter ??= await loadWriteLimiter(now);
    const recorded = limiter.recorded;
    let outcome: SyncOutcome;
    try {
      outcome = await syncOnce(await ctx.db(), area, { now, nameOf: ctx.nameOf, limiter });
    } catch (error) {
      // storage.sync could not be read or written (sync off, a failing disk...): local data is untouched.
      outcome = failedPassOutcome(error);
    }
    // Saved after the writes: a worker is stopped when idle, not in the middle of a pass.
    if (limiter.recorded !== recorded) await saveWriteLog(limiter, now);
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
