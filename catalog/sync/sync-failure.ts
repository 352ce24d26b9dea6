// Whether a sync pass that failed outright (storage.sync could not be read or written, for a
// reason other than its quotas) is worth trying again. Most failures pass: a sync service that
// is down, a storage error on a busy disk, the local database closed under the pass. Those are
// retried by the alarm with its back-off (1, 1, 2, 4... minutes, at most 30). A few say that
// this browser, as it is set up, has no storage.sync at all: trying again every half hour would
// wake the background for nothing for as long as the extension is installed. They are shown
// as "not available"; the next start of the background, or a change of a favourite, tries again.

import { errorText } from '../error-text';
import { RETRY_AFTER_REFUSAL_MS } from './retry-plan';
import type { SyncOutcome } from './sync-engine';

/** Chromium and Firefox without the API (an old or stripped-down browser): sync-driver.ts says so in these words. */
export const NO_SYNC_AREA = 'storage.sync is not available in this browser';

const LASTING: readonly RegExp[] = [
  /storage\.sync is not available in this browser/, // NO_SYNC_AREA
  // Firefox, storage.sync switched off in about:config (a choice of the user's or an
  // administrator's): "Please set webextensions.storage.sync.enabled to true in about:config".
  /webextensions\.storage\.sync\.enabled/,
  // Firefox, an add-on loaded without an id: "The storage API will not work with a temporary
  // addon ID." The id comes with the manifest, so only another build can fix it.
  /temporary add-?on ID/i,
];

/** True when trying the pass again cannot help until the browser's setup changes. */
export function isLastingSyncFailure(error: unknown): boolean {
  const text = errorText(error);
  return LASTING.some((pattern) => pattern.test(text));
}

/**
 * The outcome of a pass that failed outright: nothing was written, local favourites are as they
 * were (the merge applies to IndexedDB before any write, and a failed read comes before it).
 */
export function failedPassOutcome(error: unknown): SyncOutcome {
  const detail = errorText(error);
  const lasting = isLastingSyncFailure(error);
  return {
    state: lasting ? 'unavailable' : 'error',
    localChanged: false,
    written: 0,
    notSynced: [],
    ...(lasting ? {} : { retryInMs: RETRY_AFTER_REFUSAL_MS }),
    message: lasting ? `Sync is unavailable in this browser: ${detail}` : `Sync is unavailable for now: ${detail}`,
    detail,
  };
}
