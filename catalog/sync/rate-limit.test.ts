import { describe, expect, it } from 'vitest';
import { restoreWriteLog, WriteRateLimiter } from './rate-limit';

const now = 1_700_000_000_000;
const HOUR = 3_600_000;

describe('the write log across a worker restart', () => {
  it('a limiter started from the log of a stopped one waits as that one would have', () => {
    const first = new WriteRateLimiter();
    for (let i = 0; i < 120; i++) first.record(now + i * 100);
    const later = now + 20_000;
    const expected = first.waitFor(later);
    expect(expected).toBe(now + 60_000 - later + 1);

    // The worker stops; the next one has only what was saved.
    const saved: unknown = JSON.parse(JSON.stringify(first.log(later)));
    const restarted = new WriteRateLimiter(restoreWriteLog(saved, later));
    expect(restarted.waitFor(later)).toBe(expected);
    expect(restarted.recorded).toBe(0); // nothing new to save yet
    // And the hour's quota too: 1,800 writes spread over the hour are remembered.
    const hour = new WriteRateLimiter();
    for (let i = 0; i < 1800; i++) hour.record(now + i * 1000);
    const end = now + 1800 * 1000;
    expect(new WriteRateLimiter(restoreWriteLog(hour.log(end), end)).waitFor(end)).toBe(hour.waitFor(end));
  });

  it('keeps only the writes that still count: the last hour', () => {
    const limiter = new WriteRateLimiter([now - HOUR, now - HOUR + 1, now - 1]);
    expect(limiter.log(now)).toEqual([now - HOUR + 1, now - 1]);
  });

  it('reads a stored value it cannot trust as no writes, and drops entries that are not times', () => {
    for (const bad of [undefined, null, 'x', { 0: now }, 42]) expect(restoreWriteLog(bad, now)).toEqual([]);
    expect(restoreWriteLog([now - 5, 'x', null, Number.NaN, Number.POSITIVE_INFINITY, now - 2 * HOUR], now)).toEqual([
      now - 5,
    ]);
  });

  it('sorts, caps at an hour of writes, and counts a time ahead of the clock (set back) as now', () => {
    expect(restoreWriteLog([now - 1, now - 3, now - 2], now)).toEqual([now - 3, now - 2, now - 1]);
    expect(restoreWriteLog([now + 5 * 86_400_000], now)).toEqual([now]);
    const many = Array.from({ length: 2000 }, (_, i) => now - 2000 + i);
    expect(restoreWriteLog(many, now)).toEqual(many.slice(-1800));
    // A clock set back by days costs at most a minute's wait, not days.
    const limiter = new WriteRateLimiter(restoreWriteLog(Array(120).fill(now + 5 * 86_400_000), now));
    expect(limiter.waitFor(now)).toBe(60_001);
  });
});
