import { describe, expect, it } from 'vitest';
import { fitToQuota, isQuotaError, itemBytes, quotaLimitOf, SYNC_QUOTA } from './quota';
import { WriteRateLimiter } from './rate-limit';

describe('itemBytes', () => {
  it('counts the key plus the JSON of the value, in UTF-8', () => {
    expect(itemBytes('fav:a', { a: 1 })).toBe(5 + 7);
    expect(itemBytes('k', '消')).toBe(1 + 5); // "消" is 3 bytes plus 2 quotes
  });

  it("counts what Chrome's JSON writer escapes as Chrome does (figures from storage.sync.getBytesInUse)", () => {
    // Chromium 156, `set({ k: ch.repeat(10) })` then getBytesInUse: "<" 63, U+2028 63, U+2029 63, "中" 33, ">" 13.
    expect(itemBytes('k', '<'.repeat(10))).toBe(63);
    expect(itemBytes('k', '\u2028'.repeat(10))).toBe(63);
    expect(itemBytes('k', '\u2029'.repeat(10))).toBe(63);
    expect(itemBytes('k', '中'.repeat(10))).toBe(33);
    expect(itemBytes('k', '>'.repeat(10))).toBe(13);
    expect(itemBytes('fav:a', { a: 1, u: 2, n: 'List<String>' })).toBe(5 + 32 + 5); // the JSON's 32 bytes, "<" counted as 6
  });

  it("counts numbers outside int32 as Chrome's JSON writer writes them (figures from getBytesInUse)", () => {
    // Chromium 156, `set({ k: n })` then getBytesInUse, less the key's byte.
    const chrome: [number, number][] = [
      [2147483647, 10],
      [2147483648, 12], // "2147483648.0"
      [-2147483649, 13],
      [123456789012, 14],
      [1764172800123, 18], // "1.764172800123e+12"
      [1764172800100, 16],
      [1764172800000, 13],
      [9007199254740991, 21],
      [123456789012.5, 14],
      [0.5, 3],
    ];
    for (const [n, bytes] of chrome) expect(itemBytes('k', n), String(n)).toBe(1 + bytes);
    // Shorter there than in JSON.stringify ("1e+12"): the larger count, as Firefox counts the JSON.
    expect(itemBytes('k', 1e12)).toBe(1 + 13);
    // A favourite as sync holds it: two timestamps, 5 bytes more each.
    expect(itemBytes('fav:a', { a: 1764172800123, u: 1764172800456 })).toBe(5 + 37 + 10);
  });
});

describe('fitToQuota', () => {
  it('leaves out a note Chrome would count over QUOTA_BYTES_PER_ITEM though its plain JSON is small', () => {
    // 1,500 "<" are 1,502 bytes as JSON.stringify writes them, 9,002 as Chrome counts them.
    const fitted = fitToQuota({}, [
      ['fav:a', { a: 1, u: 1, n: '<'.repeat(1500) }],
      ['fav:b', { a: 1, u: 1, n: 'fine' }],
    ]);
    expect(fitted.rejected).toEqual([{ key: 'fav:a', limit: 'QUOTA_BYTES_PER_ITEM' }]);
    expect(Object.keys(fitted.set)).toEqual(['fav:b']);
  });

  it('keeps writes under MAX_ITEMS, counting items already stored and replaced ones once', () => {
    const quota = { ...SYNC_QUOTA, MAX_ITEMS: 3 };
    const fitted = fitToQuota(
      { x: 1, y: 1 },
      [
        ['y', 2],
        ['z', 1],
        ['w', 1],
      ],
      [],
      quota,
    );
    expect(fitted).toEqual({ set: { y: 2, z: 1 }, rejected: [{ key: 'w', limit: 'MAX_ITEMS' }] });
    // Removing an item makes room.
    expect(
      fitToQuota(
        { x: 1, y: 1 },
        [
          ['w', 1],
          ['z', 1],
        ],
        ['x'],
        quota,
      ).rejected,
    ).toEqual([]);
  });

  it('rejects an item over QUOTA_BYTES_PER_ITEM and keeps the total under QUOTA_BYTES', () => {
    const big = 'x'.repeat(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM);
    expect(
      fitToQuota({}, [
        ['a', big],
        ['b', 'ok'],
      ]).rejected,
    ).toEqual([{ key: 'a', limit: 'QUOTA_BYTES_PER_ITEM' }]);
    const note = 'n'.repeat(8000);
    const writes = Array.from({ length: 20 }, (_, i): [string, unknown] => [`k${i}`, note]);
    const fitted = fitToQuota({}, writes);
    expect(Object.keys(fitted.set)).toHaveLength(12); // 12 x 8,005 bytes fit in 102,400; 13 do not
    expect(fitted.rejected).toHaveLength(8);
    expect(fitted.rejected.every((r) => r.limit === 'QUOTA_BYTES')).toBe(true);
  });

  it('recognises browsers quota errors', () => {
    expect(isQuotaError(new Error('QUOTA_BYTES quota exceeded'))).toBe(true);
    expect(isQuotaError(new Error('MAX_ITEMS quota exceeded'))).toBe(true);
    expect(isQuotaError(Object.assign(new Error('x'), { name: 'QuotaExceededError' }))).toBe(true);
    expect(isQuotaError(new Error('network down'))).toBe(false);
  });

  it('reads which quota a browser error names, when it names one', () => {
    expect(quotaLimitOf(new Error('Resource::kQuotaBytes quota exceeded'))).toBe('QUOTA_BYTES');
    expect(quotaLimitOf(new Error('Resource::kQuotaBytesPerItem quota exceeded'))).toBe('QUOTA_BYTES_PER_ITEM');
    expect(quotaLimitOf(new Error('Resource::kMaxItems quota exceeded'))).toBe('MAX_ITEMS');
    expect(quotaLimitOf(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('QUOTA_BYTES_PER_ITEM');
    expect(quotaLimitOf(new Error('MAX_ITEMS quota exceeded'))).toBe('MAX_ITEMS');
    expect(quotaLimitOf(new Error('storage.sync API call exceeded its quota limitations.'))).toBeUndefined();
  });
});

describe('WriteRateLimiter', () => {
  it('allows 120 writes a minute and 1,800 an hour, then says how long to wait', () => {
    const limiter = new WriteRateLimiter();
    for (let i = 0; i < 120; i++) {
      expect(limiter.waitFor(1000 + i)).toBe(0);
      limiter.record(1000 + i);
    }
    // The 121st must wait until the first write is a minute old.
    expect(limiter.waitFor(2000)).toBe(1000 + 60_000 - 2000 + 1);
    let t = 1119;
    let written = 120;
    while (written < 1800) {
      t += 60_001;
      for (let i = 0; i < 120 && written < 1800; i++, written++) {
        expect(limiter.waitFor(t)).toBe(0);
        limiter.record(t);
      }
    }
    const wait = limiter.waitFor(t + 60_001);
    expect(wait).toBeGreaterThan(60_000);
    expect(limiter.waitFor(t + 60_001 + wait)).toBe(0);
  });
});
