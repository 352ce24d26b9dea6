// The sync write-rate limiter's log of recent storage.sync writes, kept in storage.session
// (catalog/sync/rate-limit.ts says why). storage.session lives as long as Chrome's own count of
// the extension's writes: both outlive a stopped service worker, and both end with the browser
// session and when the extension is reloaded or updated. Chrome 102+ and Firefox 115+ have it
// under the `storage` permission; readable by extension pages but not content scripts.
import { browser } from 'wxt/browser';
import { restoreWriteLog, WriteRateLimiter } from '@/catalog/sync/rate-limit';

export const SYNC_WRITES_KEY = 'syncWrites';

/** A limiter that knows the writes of earlier workers (none when the log cannot be read). */
export async function loadWriteLimiter(now: number): Promise<WriteRateLimiter> {
  try {
    const stored = await browser.storage.session.get(SYNC_WRITES_KEY);
    return new WriteRateLimiter(restoreWriteLog(stored[SYNC_WRITES_KEY], now));
  } catch (error) {
    // Only the memory of past writes is lost: Chrome may refuse a write, which the alarm retries.
    console.error('Archscout: the sync write log could not be read', error);
    return new WriteRateLimiter();
  }
}

/** Saves the writes that still count, for the next worker. */
export async function saveWriteLog(limiter: WriteRateLimiter, now: number): Promise<void> {
  try {
    await browser.storage.session.set({ [SYNC_WRITES_KEY]: limiter.log(now) });
  } catch (error) {
    console.error('Archscout: the sync write log could not be saved', error);
  }
}
