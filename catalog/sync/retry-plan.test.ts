import { describe, expect, it } from 'vitest';
import { ALARM_MIN_DELAY_MS, MAX_RETRY_DELAY_MS, planRetry } from './retry-plan';

const now = 1_700_000_000_000;

describe('planRetry', () => {
  it('plans nothing when the pass asked for no retry (the alarm is cleared)', () => {
    expect(planRetry(undefined, 0, now)).toBeNull();
    expect(planRetry(undefined, 5, now)).toBeNull();
  });

  it('retries first when asked: a minute after a refused write, without a timer (the alarm is on time)', () => {
    expect(planRetry(60_000, 0, now)).toEqual({ at: now + 60_000, attempt: 1, timer: false });
  });

  it("adds a timer only for a wait shorter than Chrome's 30 s alarm minimum", () => {
    expect(planRetry(5_000, 0, now)).toEqual({ at: now + 5_000, attempt: 1, timer: true });
    expect(planRetry(ALARM_MIN_DELAY_MS - 1, 0, now)?.timer).toBe(true);
    expect(planRetry(ALARM_MIN_DELAY_MS, 0, now)?.timer).toBe(false);
  });

  it('backs off while retries keep failing, so a long outage does not wake the worker every minute', () => {
    const delays: number[] = [];
    let attempts = 0;
    for (let i = 0; i < 9; i++) {
      const plan = planRetry(60_000, attempts, now);
      if (!plan) throw new Error('a retry was asked for');
      delays.push((plan.at - now) / 60_000);
      attempts = plan.attempt;
    }
    expect(delays).toEqual([1, 1, 2, 4, 8, 16, 30, 30, 30]);
    expect(planRetry(1_000, 1_000, now)?.at).toBe(now + MAX_RETRY_DELAY_MS); // no overflow
    // A short rate wait after a failed retry waits the back-off too, and then needs no timer.
    expect(planRetry(2_000, 1, now)).toEqual({ at: now + 60_000, attempt: 2, timer: false });
  });

  it('never waits less than asked: the write-rate limiter may ask for most of an hour', () => {
    expect(planRetry(50 * 60_000, 3, now)?.at).toBe(now + 50 * 60_000);
  });

  it('reads a stored count it cannot trust as none', () => {
    for (const bad of [-1, Number.NaN, 1.5, Number.POSITIVE_INFINITY])
      expect(planRetry(60_000, bad, now)?.attempt).toBe(1);
  });
});
