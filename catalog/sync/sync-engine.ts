// One sync pass between the local store and storage.sync (issue #4): prune
// old tombstones, merge both sides, apply the result to IndexedDB first (so a
// failed upload never costs the local copy), then upload what fits the quotas
// in at most one `set` and one `remove`.

import { errorText } from '../error-text';
import { applyFavouriteChanges, listFavourites, listTombstones, pruneTombstones } from '../store/favourites';
import type { ArchscoutDb, FavouriteRecord } from '../store/schema';
import { mergeFavourites, TOMBSTONE_TTL_MS } from './merge';
import {
  fitToQuota,
  isQuotaError,
  isRateError,
  type QuotaLimit,
  quotaLimitOf,
  SYNC_QUOTA,
  type SyncQuota,
} from './quota';
import type { WriteRateLimiter } from './rate-limit';
import { RETRY_AFTER_REFUSAL_MS } from './retry-plan';
import type { SyncArea } from './sync-area';
import { idFromKey, isTombstone, type SyncEntry } from './sync-entry';

// 'unavailable': storage.sync cannot be used in this browser as it is set up (sync-failure.ts).
export type SyncOutcomeState = 'ok' | 'quota-exceeded' | 'rate-limited' | 'error' | 'unavailable';

/** A favourite kept in this browser only, by the name to show (an orphan's saved name, else its id). */
export interface NotSyncedFavourite {
  id: string;
  name: string;
  limit?: QuotaLimit; // the quota it did not fit, when known
}

export interface SyncOutcome {
  state: SyncOutcomeState;
  message?: string; // in English, for logs and the CLI, when state is not ok (pages word the state themselves)
  detail?: string; // the browser's own error text, when it refused a write
  localChanged: boolean; // favourites in IndexedDB changed (surfaces should refresh)
  written: number; // keys written or removed in storage.sync
  notSynced: NotSyncedFavourite[]; // kept in this browser only (quota), in upload order (newest edit first)
  retryInMs?: number; // when rate-limited or a write failed transiently
}

export interface SyncPassOptions {
  now: number;
  nameOf: (id: string) => string | undefined;
  limiter: WriteRateLimiter;
  quota?: SyncQuota;
  tombstoneTtlMs?: number;
}

type NotSyncedNamer = (keys: readonly string[], limit: (key: string) => QuotaLimit | undefined) => NotSyncedFavourite[];

/** Names the favourites among keys that stay on this device (an orphan by its saved name, else its id). */
function notSyncedNamer(
  favourites: readonly FavouriteRecord[],
  remoteSet: readonly [string, SyncEntry][],
  nameOf: (id: string) => string | undefined,
): NotSyncedNamer {
  const savedNames = new Map(favourites.map((f) => [f.id, f.name]));
  // A removed favourite's deletion that did not reach sync is no favourite kept on this device:
  // only favourites are counted and named.
  const deletions = new Set(remoteSet.filter(([, entry]) => isTombstone(entry)).map(([key]) => key));
  return (keys, limit) =>
    keys.flatMap((key): NotSyncedFavourite[] => {
      const id = idFromKey(key);
      if (id === null || deletions.has(key)) return [];
      const known = limit(key);
      const name = nameOf(id) ?? savedNames.get(id) ?? id;
      return [known ? { id, name, limit: known } : { id, name }];
    });
}

export async function syncOnce(db: ArchscoutDb, area: SyncArea, options: SyncPassOptions): Promise<SyncOutcome> {
  const ttl = options.tombstoneTtlMs ?? TOMBSTONE_TTL_MS;
  await pruneTombstones(db, options.now - ttl);
  const [favourites, tombstones, remote] = await Promise.all([listFavourites(db), listTombstones(db), area.getAll()]);
  const plan = mergeFavourites({ favourites, tombstones }, remote, {
    now: options.now,
    nameOf: options.nameOf,
    tombstoneTtlMs: ttl,
  });
  await applyFavouriteChanges(db, plan.local);
  // Names are looked up only when a key is left out or refused: most passes leave none out.
  let namer: NotSyncedNamer | undefined;
  const notSynced: NotSyncedNamer = (keys, limit) => {
    if (keys.length === 0) return [];
    namer ??= notSyncedNamer(favourites, plan.remoteSet, options.nameOf);
    return namer(keys, limit);
  };
  const outcome: SyncOutcome = {
    state: 'ok',
    localChanged: plan.local.put.length + plan.local.remove.length > 0,
    written: 0,
    notSynced: [],
  };

  const fitted = fitToQuota(remote, plan.remoteSet, plan.remoteRemove, options.quota ?? SYNC_QUOTA);
  const setKeys = Object.keys(fitted.set);
  // Left out before any write: not sent, whatever the browser then says of the rest.
  const limits = new Map(fitted.rejected.map((r) => [r.key, r.limit]));
  const leftOut = notSynced([...limits.keys()], (key) => limits.get(key));
  const ops = (setKeys.length > 0 ? 1 : 0) + (plan.remoteRemove.length > 0 ? 1 : 0);
  if (ops > 0) {
    const wait = options.limiter.waitFor(options.now, ops);
    if (wait > 0)
      return {
        ...outcome,
        state: 'rate-limited',
        retryInMs: wait,
        message: 'Waiting to sync: too many changes in a short time.',
      };
    try {
      if (plan.remoteRemove.length > 0) {
        options.limiter.record(options.now);
        await area.remove(plan.remoteRemove);
        outcome.written += plan.remoteRemove.length;
      }
      if (setKeys.length > 0) {
        options.limiter.record(options.now);
        await area.set(fitted.set);
        outcome.written += setKeys.length;
      }
    } catch (error) {
      if (isRateError(error)) {
        return {
          ...outcome,
          state: 'rate-limited',
          retryInMs: RETRY_AFTER_REFUSAL_MS,
          message: `Sync paused by the browser: ${errorText(error)}`,
          detail: errorText(error),
        };
      }
      const quota = isQuotaError(error);
      // The browser refused the whole `set`: a limit of the area applies to each favourite in
      // it, one item too large (whichever it was) to none in particular.
      const limit = quotaLimitOf(error);
      const shared = limit === 'QUOTA_BYTES_PER_ITEM' ? undefined : limit;
      return {
        ...outcome,
        state: quota ? 'quota-exceeded' : 'error',
        notSynced: [...notSynced(setKeys, () => shared), ...leftOut],
        // A full sync area stays full: the next local change or remote change retries, not a timer.
        ...(quota ? {} : { retryInMs: RETRY_AFTER_REFUSAL_MS }),
        message: `Browser sync refused the favourites (${errorText(error)}); they are kept in this browser.`,
        detail: errorText(error),
      };
    }
  }
  if (fitted.rejected.length > 0) {
    outcome.state = 'quota-exceeded';
    outcome.notSynced = leftOut;
    outcome.message =
      `${outcome.notSynced.length} favourite(s) are kept in this browser only: browser sync holds at most ` +
      `${SYNC_QUOTA.MAX_ITEMS} items and ${Math.round(SYNC_QUOTA.QUOTA_BYTES / 1024)} KB.`;
  }
  return outcome;
}
