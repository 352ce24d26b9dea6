// storage.sync quotas, as documented for chrome.storage.sync and matched by
// Firefox (see shared/reference §5.5): an item's size is its key length plus
// the JSON of its value; a write over any quota fails as a whole.
import { errorText } from '../error-text';

export const SYNC_QUOTA = {
  QUOTA_BYTES: 102_400,
  QUOTA_BYTES_PER_ITEM: 8_192,
  MAX_ITEMS: 512,
  MAX_WRITE_OPERATIONS_PER_MINUTE: 120,
  MAX_WRITE_OPERATIONS_PER_HOUR: 1_800,
} as const;

export type SyncQuota = { [K in keyof typeof SYNC_QUOTA]: number };

const encoder = new TextEncoder();

// Chrome measures a value with its own JSON writer (base/json/string_escape.cc), which writes
// "<" as \u003C (6 bytes, not 1) and U+2028/U+2029 as \u2028/\u2029 (6, not 3) where
// JSON.stringify leaves them as they are (measured with storage.sync.getBytesInUse in
// Chromium 156). Counted as JSON.stringify does, a note about `List<String>` or `<service>` came
// out smaller than Chrome's count, and one `set` over the quota is refused as a whole: no
// favourite synced at all.
const CHROME_ESCAPED = /[<\u2028\u2029]/g;
const CHROME_EXTRA_BYTES: Record<string, number> = { '<': 5, '\u2028': 3, '\u2029': 3 };

// Its numbers too: a value outside int32 is a double there, written in the shortest digits with
// an exponent from 1e12 on and ".0" after a whole number (base/json/json_writer.cc,
// NumberToString). Every timestamp of a favourite (a, u) or tombstone (d) is such a double:
// 1764172800123 counts 18 bytes ("1.764172800123e+12"), not 13, and 2147483648 counts 12.
// Counted as JSON.stringify writes them, a sync area full to the last bytes was over Chrome's
// quota by about 10 bytes a favourite, and the whole `set` was refused.
function chromeNumberExtra(n: number): number {
  if (!Number.isFinite(n) || (Number.isInteger(n) && n >= -(2 ** 31) && n < 2 ** 31)) return 0;
  let text = Math.abs(n) >= 1e12 ? n.toExponential() : String(n);
  if (!/[.e]/.test(text)) text += '.0';
  return Math.max(0, text.length - String(n).length); // 1e12 is shorter there: the larger count
}

/** Bytes an item counts for: UTF-8, with Chrome's escapes and numbers (the larger count where browsers differ). */
export function itemBytes(key: string, value: unknown): number {
  let extra = 0;
  const json =
    JSON.stringify(value, (_key, item: unknown) => {
      if (typeof item === 'number') extra += chromeNumberExtra(item);
      return item;
    }) ?? '';
  for (const [escaped] of json.matchAll(CHROME_ESCAPED)) extra += CHROME_EXTRA_BYTES[escaped] ?? 0;
  return encoder.encode(key).length + encoder.encode(json).length + extra;
}

export function totalBytes(items: Record<string, unknown>): number {
  let total = 0;
  for (const [key, value] of Object.entries(items)) total += itemBytes(key, value);
  return total;
}

/** A quota a write would go over: why a favourite stays on this device. */
export type QuotaLimit = 'QUOTA_BYTES' | 'QUOTA_BYTES_PER_ITEM' | 'MAX_ITEMS';

export interface FittedWrite {
  set: Record<string, unknown>; // what fits, to write in one `set`
  rejected: { key: string; limit: QuotaLimit }[]; // left out, and the quota it would have exceeded
}

/**
 * Chooses the writes that fit, in the given priority order, so one oversized
 * or surplus item never blocks the rest. `current` is the area's content,
 * `remove` keys about to be removed.
 */
export function fitToQuota(
  current: Record<string, unknown>,
  writes: [key: string, value: unknown][],
  remove: readonly string[] = [],
  quota: SyncQuota = SYNC_QUOTA,
): FittedWrite {
  const sizes = new Map<string, number>();
  for (const [key, value] of Object.entries(current)) if (!remove.includes(key)) sizes.set(key, itemBytes(key, value));
  let bytes = [...sizes.values()].reduce((a, b) => a + b, 0);
  const fitted: FittedWrite = { set: {}, rejected: [] };
  for (const [key, value] of writes) {
    const size = itemBytes(key, value);
    const previous = sizes.get(key);
    const nextBytes = bytes - (previous ?? 0) + size;
    const nextItems = sizes.size + (previous === undefined ? 1 : 0);
    const limit: QuotaLimit | undefined =
      size > quota.QUOTA_BYTES_PER_ITEM
        ? 'QUOTA_BYTES_PER_ITEM'
        : nextBytes > quota.QUOTA_BYTES
          ? 'QUOTA_BYTES'
          : nextItems > quota.MAX_ITEMS
            ? 'MAX_ITEMS'
            : undefined;
    if (limit) {
      fitted.rejected.push({ key, limit });
      continue;
    }
    sizes.set(key, size);
    bytes = nextBytes;
    fitted.set[key] = value;
  }
  return fitted;
}

/** Whether an error from storage.sync is a quota error (Chrome: "<QUOTA NAME> quota exceeded"; Firefox: QuotaExceededError). */
export function isQuotaError(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /quota/i.test(text) || /MAX_ITEMS|MAX_WRITE_OPERATIONS/.test(text);
}

/**
 * The quota a browser's quota error names, when it names one: Chromium says
 * "Resource::kQuotaBytes quota exceeded" (kQuotaBytesPerItem, kMaxItems; older versions
 * QUOTA_BYTES...), Firefox only "QuotaExceededError".
 */
export function quotaLimitOf(error: unknown): QuotaLimit | undefined {
  const text = errorText(error);
  if (/per_?item/i.test(text)) return 'QUOTA_BYTES_PER_ITEM';
  if (/max_?items/i.test(text)) return 'MAX_ITEMS';
  if (/quota_?bytes/i.test(text)) return 'QUOTA_BYTES';
  return undefined;
}

export function isRateError(error: unknown): boolean {
  const text = errorText(error);
  return /MAX_WRITE_OPERATIONS/.test(text);
}
