// The day the new tab shows recommendations and the project of the day for.
// Test-only override (issue #7: "date injectable in tests"): newtab.html?date=YYYY-MM-DD.
// It changes nothing but which day's picks are shown, so it needs no guarding beyond validation.

export type Day = string; // 'YYYY-MM-DD'

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The user's local calendar day of `now`. */
export function localDay(now: Date): Day {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A real calendar day ('2025-02-30' is not), else undefined. */
export function parseDay(raw: string | null | undefined): Day | undefined {
  const m = raw ? DAY.exec(raw) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d ? m[0] : undefined;
}

/** `?date=YYYY-MM-DD` when present and valid, else today in local time. */
export function pageDay(search: string, now: Date): Day {
  return parseDay(new URLSearchParams(search).get('date')) ?? localDay(now);
}

/**
 * The day as a Date at 12:00 UTC: its UTC and local calendar day agree for every time zone
 * from UTC-11 to UTC+11, so an engine reading either sees the same day.
 */
export function dayAsDate(day: Day): Date {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d, 12));
}
