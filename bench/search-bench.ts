// Search per keystroke (issue #8): the typing queries entered one character at a time over the
// real catalog and synthetic ones, timing Archscout's search and a plain Fuse.js baseline in the
// same run, plus the top-1 accuracy of each on the labelled query set.
import { createSearchIndex, type SearchIndex, search } from '../catalog/search';
import type { Catalog } from '../catalog/types';
import { createFuseBaseline, fuseSearch } from './fuse-baseline';
import { type Accuracy, topOneAccuracy } from './search-accuracy';
import { type Summary, summarize } from './stats';
import { keystrokes, typingQueries } from './typing-queries';

// What the popup asks for (components/use-search.ts uses search()'s default of 20).
const LIMIT = 20;

export interface SearchBenchOptions {
  passes: number; // timed passes of Archscout over every keystroke (after one warm-up pass)
  /** Time Fuse on every keystroke; otherwise on a fixed sample (a keystroke of plain Fuse takes seconds at 50,000). */
  fuseEveryKeystroke: boolean;
  /** Fuse's labelled-set accuracy only up to this many projects (94 queries at seconds each). */
  fuseAccuracyMaxProjects: number;
  log?: (line: string) => void;
}

export interface SearchSizeResult {
  label: string;
  projects: number;
  keystrokes: number; // distinct keystrokes per pass
  buildMs: { archscout: number; fuse: number };
  archscout: Summary; // every keystroke, every pass
  archscoutSample: Summary; // the keystrokes Fuse was timed on, same passes
  fuse: Summary;
  fuseKeystrokes: number;
  speedup: { p50: number; p95: number }; // Fuse / Archscout over the same keystrokes
  accuracy: { archscout: Accuracy; fuse: Accuracy | null };
}

/** The keystrokes Fuse is timed on: the first letter, the middle and the whole of each query. */
export function fuseSample(queries: string[]): string[] {
  return queries.flatMap((query) => {
    const all = keystrokes(query);
    return [...new Set([0, Math.floor((all.length - 1) / 2), all.length - 1])].map((i) => all[i]);
  });
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

/** Times `run` on each keystroke in order, `passes` times; returns per-keystroke milliseconds. */
function timeTyping(strokes: string[], passes: number, run: (query: string) => void): number[] {
  const samples: number[] = [];
  for (let pass = 0; pass < passes; pass++) for (const stroke of strokes) samples.push(time(() => run(stroke)));
  return samples;
}

export function benchSearchSize(label: string, catalog: Catalog, options: SearchBenchOptions): SearchSizeResult {
  const log = options.log ?? (() => {});
  const strokes = typingQueries.flatMap(keystrokes);
  const sample = options.fuseEveryKeystroke ? strokes : fuseSample(typingQueries);

  let index: SearchIndex | undefined;
  const archscoutBuild = time(() => {
    index = createSearchIndex(catalog);
  });
  const built = index as SearchIndex;
  const archscoutRun = (query: string) => void search(built, query, { limit: LIMIT });
  timeTyping(strokes, 1, archscoutRun); // warm-up: JIT, pools, caches as after a few searches in the popup
  const archscoutTimes = timeTyping(strokes, options.passes, archscoutRun);
  const archscoutSampleTimes = timeTyping(sample, options.passes, archscoutRun);
  log(`  ${label}: Archscout ${strokes.length * options.passes} keystrokes timed`);

  let fuse: ReturnType<typeof createFuseBaseline> | undefined;
  const fuseBuild = time(() => {
    fuse = createFuseBaseline(catalog);
  });
  const baseline = fuse as ReturnType<typeof createFuseBaseline>;
  const fuseRun = (query: string) => void fuseSearch(baseline, query, LIMIT);
  fuseRun(typingQueries[0]); // warm-up
  const fuseTimes = timeTyping(sample, 1, fuseRun);
  log(`  ${label}: Fuse ${sample.length} keystrokes timed`);

  const archscoutAccuracy = topOneAccuracy((q) => search(built, q, { limit: 1 })[0]?.project.id);
  const fuseAccuracy =
    catalog.projects.length <= options.fuseAccuracyMaxProjects
      ? topOneAccuracy((q) => fuseSearch(baseline, q, 1)[0])
      : null;

  const archscoutSample = summarize(archscoutSampleTimes);
  const fuseSummary = summarize(fuseTimes);
  return {
    label,
    projects: catalog.projects.length,
    keystrokes: strokes.length,
    buildMs: { archscout: archscoutBuild, fuse: fuseBuild },
    archscout: summarize(archscoutTimes),
    archscoutSample,
    fuse: fuseSummary,
    fuseKeystrokes: sample.length,
    speedup: { p50: fuseSummary.p50 / archscoutSample.p50, p95: fuseSummary.p95 / archscoutSample.p95 },
    accuracy: { archscout: archscoutAccuracy, fuse: fuseAccuracy },
  };
}
