import { describe, expect, it } from 'vitest';
import { dayAsDate, localDay, pageDay, parseDay } from './page-date';

describe('pageDay', () => {
  const now = new Date(2026, 0, 31, 23, 59); // local time

  it.each([
    ['', '2026-01-31'],
    ['?date=2025-03-14', '2025-03-14'],
    ['?foo=1&date=2024-02-29', '2024-02-29'],
    ['?date=2025-02-29', '2026-01-31'], // not a leap year
    ['?date=2025-13-01', '2026-01-31'],
    ['?date=2025-3-14', '2026-01-31'],
    ['?date=tomorrow', '2026-01-31'],
    ['?date=2025-03-14T00:00', '2026-01-31'],
  ])('%s -> %s', (search, expected) => {
    expect(pageDay(search, now)).toBe(expected);
  });

  it('uses the local calendar day, not the UTC one', () => {
    const early = new Date(2026, 5, 1, 0, 5);
    const late = new Date(2026, 5, 1, 23, 55);
    expect(localDay(early)).toBe('2026-06-01');
    expect(localDay(late)).toBe('2026-06-01');
    // This proves something only outside UTC (vitest.config.ts sets a zone): one of the two is
    // on another day in UTC, so reading the UTC day would fail above.
    expect([early, late].map((date) => date.toISOString().slice(0, 10))).not.toEqual(['2026-06-01', '2026-06-01']);
  });

  it('rejects non-days', () => {
    expect(parseDay(null)).toBeUndefined();
    expect(parseDay('0000-00-00')).toBeUndefined();
    expect(parseDay('2026-04-31')).toBeUndefined();
    expect(parseDay('2026-04-30')).toBe('2026-04-30');
  });

  it('turns a day into a Date whose UTC and local day are that day', () => {
    const date = dayAsDate('2026-07-04');
    expect(date.toISOString().slice(0, 10)).toBe('2026-07-04');
    expect(localDay(date)).toBe('2026-07-04');
  });
});
