// When a sync pass that must be tried again (rate-limited, a transient write failure) runs
// next. services/sync-driver.ts turns the plan into an alarm: Chrome stops an idle MV3 service
// worker after 30 s, which kills a timer, while an alarm wakes the stopped worker.

/**
 * Chrome fires an alarm of a packed extension no sooner than 30 s after it is set (an earlier
 * `when` is moved to 30 s; unpacked extensions are exempt): chrome.alarms reference, "create".
 */
export const ALARM_MIN_DELAY_MS = 30_000;

/** A refused write or a failed pass is tried again this much later (Chrome's write quotas are per minute). */
export const RETRY_AFTER_REFUSAL_MS = 60_000;

/** Back-off after repeated failures starts here and doubles per failed retry... */
export const RETRY_BACKOFF_MS = 60_000;
/** ...up to this: a sync server down for hours wakes the worker twice an hour, not every minute. */
export const MAX_RETRY_DELAY_MS = 30 * 60_000;

export interface RetryPlan {
  /** When the retry is due (the alarm's `when`). */
  at: number;
  /** Consecutive passes that ended waiting for a retry, this one included. */
  attempt: number;
  /**
   * Also a timer: the wait is shorter than the alarm's minimum, so while the worker is still
   * running (it is, for 30 s after this pass) a timer is on time where the alarm would be late.
   */
  timer: boolean;
}

/**
 * The retry after a pass that asked for one `retryInMs` from `now` (null: no retry, clear any).
 * `previousAttempts` counts the passes before it that ended waiting for a retry: the first
 * retry comes when asked, each further one waits at least 1, 2, 4... minutes (capped).
 */
export function planRetry(retryInMs: number | undefined, previousAttempts: number, now: number): RetryPlan | null {
  if (retryInMs === undefined) return null;
  const attempt = (Number.isSafeInteger(previousAttempts) && previousAttempts > 0 ? previousAttempts : 0) + 1;
  const backoff = attempt === 1 ? 0 : Math.min(MAX_RETRY_DELAY_MS, RETRY_BACKOFF_MS * 2 ** (attempt - 2));
  const delay = Math.max(retryInMs, backoff);
  return { at: now + delay, attempt, timer: delay < ALARM_MIN_DELAY_MS };
}
