// Keeps storage.sync writes under MAX_WRITE_OPERATIONS_PER_MINUTE and
// _PER_HOUR. Every `set` or `remove` call is one operation however many keys it
// carries, so the engine batches and this only has to count calls.
//
// Chrome counts an extension's writes for as long as the browser runs, while an MV3 service
// worker is stopped after 30 s idle and its memory with it. So the log of recent writes is kept
// outside the worker (services/sync-write-log.ts: storage.session, which lasts as long as
// Chrome's own count): a worker started again still knows its writes and waits, rather than
// having Chrome refuse the write.
import { SYNC_QUOTA } from './quota';

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class WriteRateLimiter {
  private readonly writes: number[];
  /** Writes recorded by this limiter (not restored ones): whether the log must be saved again. */
  recorded = 0;

  constructor(
    writes: readonly number[] = [],
    private readonly perMinute: number = SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE,
    private readonly perHour: number = SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR,
  ) {
    this.writes = [...writes];
  }

  /** Milliseconds to wait before `count` more writes are allowed (0: now). */
  waitFor(now: number, count = 1): number {
    this.forgetBefore(now - HOUR);
    const inMinute = this.writes.filter((t) => t > now - MINUTE);
    let wait = 0;
    if (inMinute.length + count > this.perMinute) {
      const oldest = inMinute[inMinute.length + count - this.perMinute - 1] ?? now;
      wait = Math.max(wait, oldest + MINUTE - now + 1);
    }
    if (this.writes.length + count > this.perHour) {
      const oldest = this.writes[this.writes.length + count - this.perHour - 1] ?? now;
      wait = Math.max(wait, oldest + HOUR - now + 1);
    }
    return wait;
  }

  record(now: number): void {
    this.writes.push(now);
    this.recorded++;
  }

  /** The writes that still count at `now`, oldest first: what to keep across a worker restart. */
  log(now: number): number[] {
    this.forgetBefore(now - HOUR);
    return [...this.writes];
  }

  private forgetBefore(time: number): void {
    while (this.writes.length > 0 && (this.writes[0] ?? 0) <= time) this.writes.shift();
  }
}

/**
 * A stored log read back (untrusted: any value): the times of the last hour, oldest first, at
 * most an hour's quota of them. A time after `now` (the clock was set back) counts as now, so
 * that a wrong clock costs at most an hour's wait, not the days it was set back by.
 */
export function restoreWriteLog(
  value: unknown,
  now: number,
  perHour: number = SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR,
): number[] {
  if (!Array.isArray(value)) return [];
  return value
    .filter((t): t is number => typeof t === 'number' && Number.isFinite(t) && t > now - HOUR)
    .map((t) => Math.min(t, now))
    .sort((a, b) => a - b)
    .slice(-perHour);
}
