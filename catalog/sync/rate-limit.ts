// Keeps storage.sync writes under MAX_WRITE_OPERATIONS_PER_MINUTE and
// _PER_HOUR. Every `set` or `remove` call is one operation however many keys it
// carries, so the engine batches and this only has to count calls.
import { SYNC_QUOTA } from './quota';

const MINUTE = 60_000;
const HOUR = 3_600_000;

export class WriteRateLimiter {
  private readonly writes: number[] = [];

  constructor(
    private readonly perMinute: number = SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_MINUTE,
    private readonly perHour: number = SYNC_QUOTA.MAX_WRITE_OPERATIONS_PER_HOUR,
  ) {}

  /** Milliseconds to wait before `count` more writes are allowed (0: now). */
  waitFor(now: number, count = 1): number {
    while (this.writes.length > 0 && (this.writes[0] ?? 0) <= now - HOUR) this.writes.shift();
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
  }
}
