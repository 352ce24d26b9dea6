import { describe, expect, it } from 'vitest';
import { createFuseBaseline, fuseRecords, fuseSearch } from '../../bench/fuse-baseline';
import { urlMix } from '../../bench/match-bench';
import { interval } from '../../bench/report';
import { topOneAccuracy } from '../../bench/search-accuracy';
import { fuseSample } from '../../bench/search-bench';
import { bootstrapMedianDifference, median, percentile, summarize } from '../../bench/stats';
import { keystrokes, typingQueries } from '../../bench/typing-queries';
import { bundledCatalog } from '../../catalog/bundled';
import { labelledQueries } from '../../catalog/search-queries';
import { seededRandom } from '../../catalog/seeded-random';
import { formatTable } from '../../scripts/text-table';

describe('stats', () => {
  it('uses nearest-rank percentiles, so every figure is a measured sample', () => {
    const samples = [5, 1, 4, 2, 3, 10, 9, 8, 7, 6];
    expect(percentile(samples, 50)).toBe(5);
    expect(percentile(samples, 95)).toBe(10);
    expect(percentile(samples, 90)).toBe(9);
    expect(median([3, 1, 2])).toBe(2);
    expect(summarize(samples)).toEqual({ n: 10, p50: 5, p95: 10, max: 10 });
    expect(percentile([], 50)).toBeNaN();
  });

  // Loads of 30-40 ms with a few ms of jitter, as the GitHub fixture gives.
  const loads = (seed: number, shift: number) => {
    const random = seededRandom(seed);
    return Array.from({ length: 100 }, () => 30 + shift + random() * 8 + (random() < 0.05 ? 20 : 0));
  };

  it('gives an interval holding 0 for two samples of the same loads, and one above 0 for loads 4 ms longer', () => {
    const same = bootstrapMedianDifference(loads(1, 0), loads(2, 0));
    expect(same.low).toBeLessThan(0);
    expect(same.high).toBeGreaterThan(0);
    const longer = bootstrapMedianDifference(loads(3, 4), loads(4, 0));
    expect(longer.estimate).toBeGreaterThan(2);
    expect(longer.low).toBeGreaterThan(0);
    expect(longer.low).toBeLessThanOrEqual(longer.estimate);
    expect(longer.high).toBeGreaterThanOrEqual(longer.estimate);
    // Seeded: the same samples give the same interval, run after run.
    expect(bootstrapMedianDifference(loads(3, 4), loads(4, 0))).toEqual(longer);
    expect(bootstrapMedianDifference([], [1]).low).toBeNaN();
    expect(interval({ estimate: 0.3, low: -1.24, high: 1.96 })).toBe('-1.2..+2.0 ms');
  });
});

describe('typing', () => {
  it('types Chinese one character at a time and Latin one letter at a time', () => {
    expect(keystrokes('服务发现')).toEqual(['服', '服务', '服务发', '服务发现']);
    expect(keystrokes('zk')).toEqual(['z', 'zk']);
  });

  it('types only queries whose right answer the labelled set knows, with typos, aliases, Chinese and several words', () => {
    const labelled = new Map(labelledQueries.map((q) => [q.query, q.kind]));
    for (const query of typingQueries) expect(labelled.has(query), `"${query}" is not labelled`).toBe(true);
    const kinds = new Set(typingQueries.map((q) => labelled.get(q)));
    for (const kind of ['typo', 'alias', 'chinese', 'words'] as const) expect(kinds.has(kind)).toBe(true);
    expect(typingQueries.length).toBeGreaterThanOrEqual(12);
  });

  it('samples the first letter, the middle and the whole of each query for the Fuse baseline', () => {
    expect(fuseSample(['abcde', 'x'])).toEqual(['a', 'abc', 'abcde', 'x']);
  });
});

describe('plain Fuse.js baseline', () => {
  it('searches the same fields as Archscout, category names included', () => {
    const etcd = fuseRecords(bundledCatalog).find((r) => r.project.id === 'etcd');
    expect(etcd?.categories).toContain('Service Discovery');
    expect(etcd?.repos).toContain('etcd-io/etcd');
    expect(fuseSearch(createFuseBaseline(bundledCatalog), 'etcd', 3)[0]).toBe('etcd');
  });

  it('scores top-1 accuracy against the labelled set', () => {
    const perfect = topOneAccuracy((query) => labelledQueries.find((q) => q.query === query)?.expected[0]);
    expect(perfect).toMatchObject({ correct: labelledQueries.length, share: 1, misses: [] });
    const none = topOneAccuracy(() => undefined);
    expect(none.correct).toBe(0);
    expect(none.misses).toHaveLength(labelledQueries.length);
  });
});

describe('URL mix', () => {
  it('holds listed projects, unlisted and reserved GitHub paths and other sites', () => {
    const mix = urlMix(bundledCatalog);
    expect(mix).toContain('https://github.com/settings/profile');
    expect(mix).toContain('https://example.com/');
    expect(mix.filter((url) => url.startsWith('https://github.com/etcd-io/etcd')).length).toBeGreaterThan(0);
  });
});

describe('formatTable', () => {
  it('pads columns and right-aligns numeric ones', () => {
    expect(
      formatTable(
        ['name', 'ms'],
        [
          ['a', 1.5],
          ['long name', '12.25'],
        ],
      ),
    ).toBe(['name          ms', '---------  -----', 'a           1.50', 'long name  12.25'].join('\n'));
  });
});
