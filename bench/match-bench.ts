// URL matching (issue #8): microseconds per match at each catalog size, for what the content
// script runs on every GitHub navigation (matchIndexed on the compact index), the same with
// the URL parse included, and matchUrl (index plus project lookup) as the CLI and pages use it.
import { buildMatchIndex, type MatchIndex, matchIndexed, matchUrl } from '../catalog/match-url';
import type { Catalog } from '../catalog/types';

export interface MatchSizeResult {
  label: string;
  projects: number;
  urls: number; // distinct URLs in the mix (listed, unlisted, reserved, docs sites, other hosts)
  hitRate: number; // share of the mix that matched a project
  indexedUs: number; // matchIndexed, URL already parsed
  withParseUs: number; // new URL(href) + matchIndexed
  matchUrlUs: number; // matchUrl(catalog, url)
}

// Many short rounds: on a busy machine some of them run undisturbed, and those are kept.
const MIN_ROUND_MS = 10;
const ROUNDS = 40;

/** A mix like real browsing: about half listed projects, the rest GitHub and the web at large. */
export function urlMix(catalog: Catalog): string[] {
  const listed = catalog.projects.flatMap((p) => p.examples).slice(0, 400);
  const every = Math.max(1, Math.floor(catalog.projects.length / 200));
  const spread = catalog.projects.filter((_, i) => i % every === 0).flatMap((p) => (p.repo ? [p.url] : []));
  const others = [
    'https://github.com/',
    'https://github.com/settings/profile',
    'https://github.com/search?q=queue',
    'https://github.com/orgs/community/discussions',
    'https://github.com/torvalds/linux',
    'https://github.com/someone/unlisted-repo/issues/12',
    'https://github.com/Etcd-IO/ETCD/pulls',
    'https://github.com/rabbitmq/rabbitmq-server.git',
    'https://www.rabbitmq.com/docs/queues',
    'https://developers.google.com/maps/documentation',
    'https://developers.google.com/protocol-buffers/docs/overview',
    'https://example.com/',
    'https://news.ycombinator.com/item?id=1',
    'http://nginx.org/en/docs/',
  ];
  return [...listed, ...spread, ...others.flatMap((url) => [url, url])];
}

/**
 * The mean time per call of the least disturbed round, in microseconds; each round runs at
 * least MIN_ROUND_MS. The minimum, not the median: a call takes well under a microsecond, so
 * a round's mean only grows when the process is descheduled or collects garbage, and on a
 * shared 2-core machine the minimum is the figure that reflects the code.
 */
function microsPerCall(count: number, run: (i: number) => unknown): number {
  let sink = 0;
  const rounds: number[] = [];
  for (let round = 0; round <= ROUNDS; round++) {
    let calls = 0;
    const start = performance.now();
    let elapsed = 0;
    while (elapsed < MIN_ROUND_MS) {
      for (let i = 0; i < count; i++) if (run(i) !== null) sink++;
      calls += count;
      elapsed = performance.now() - start;
    }
    if (round > 0) rounds.push((elapsed * 1000) / calls); // round 0 warms up the JIT
  }
  if (sink < 0) console.log(sink); // keeps the results observable so the calls are not optimised away
  return Math.min(...rounds);
}

export function benchMatchSize(label: string, catalog: Catalog): MatchSizeResult {
  const hrefs = urlMix(catalog);
  const urls = hrefs.map((href) => new URL(href));
  const index: MatchIndex = buildMatchIndex(catalog);
  matchUrl(catalog, urls[0]); // builds matchUrl's cached index outside the timing
  const hits = urls.filter((url) => matchIndexed(index, url) !== null).length;
  return {
    label,
    projects: catalog.projects.length,
    urls: urls.length,
    hitRate: hits / urls.length,
    indexedUs: microsPerCall(urls.length, (i) => matchIndexed(index, urls[i])),
    withParseUs: microsPerCall(hrefs.length, (i) => matchIndexed(index, new URL(hrefs[i]))),
    matchUrlUs: microsPerCall(urls.length, (i) => matchUrl(catalog, urls[i])),
  };
}
