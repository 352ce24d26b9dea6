// Order statistics for benchmark samples. Percentiles use the nearest-rank method, so a
// reported p95 or max is always a time that was actually measured, never an interpolation.
import { seededRandom } from '../catalog/seeded-random';

export interface Summary {
  n: number;
  p50: number;
  p95: number;
  max: number;
}

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export function median(samples: readonly number[]): number {
  return percentile(samples, 50);
}

export function summarize(samples: readonly number[]): Summary {
  return {
    n: samples.length,
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    max: samples.length === 0 ? Number.NaN : Math.max(...samples),
  };
}

export interface Interval {
  estimate: number;
  low: number;
  high: number;
}

/**
 * median(a) − median(b) with a 95% percentile-bootstrap interval: both samples resampled with
 * replacement `rounds` times. For the GitHub rows, where two builds differ by a few milliseconds
 * in loads of 30-40 ms and a single run's medians move by as much: an interval that holds 0
 * says the two cannot be told apart in this run. Seeded, so a report can be reproduced.
 */
export function bootstrapMedianDifference(
  a: readonly number[],
  b: readonly number[],
  { rounds = 2_000, seed = 1 }: { rounds?: number; seed?: number } = {},
): Interval {
  const estimate = median(a) - median(b);
  if (a.length === 0 || b.length === 0) return { estimate, low: Number.NaN, high: Number.NaN };
  const random = seededRandom(seed);
  const resample = (values: readonly number[]) =>
    Array.from(values, () => values[Math.floor(random() * values.length)]);
  const differences = Array.from({ length: rounds }, () => median(resample(a)) - median(resample(b)));
  return { estimate, low: percentile(differences, 2.5), high: percentile(differences, 97.5) };
}
