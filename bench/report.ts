// The readable side of `npm run bench`: one table per measurement, then the targets.
import { type BudgetCheck, formatBudgetTable } from '../scripts/budgets';
import { formatTable } from '../scripts/text-table';
import type { BrowserResult } from './browser-bench';
import type { InstallResult } from './install-bench';
import type { Machine } from './machine';
import type { MatchSizeResult } from './match-bench';
import type { SearchSizeResult } from './search-bench';
import type { Interval } from './stats';
import type { Target } from './targets';

const pct = (share: number) => `${(share * 100).toFixed(0)}%`;

export function machineReport(machine: Machine): string {
  return [
    `Machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, ${machine.os}`,
    `         Node ${machine.node}, ${machine.chromium}, load average ${machine.loadAverage.join(' / ')}`,
  ].join('\n');
}

export function searchReport(sizes: SearchSizeResult[]): string {
  const timing = formatTable(
    [
      'catalog',
      'keystrokes',
      'Archscout p50',
      'p95',
      'max',
      'Fuse keystrokes',
      'Fuse p50',
      'p95',
      'max',
      'speedup p50',
      'p95',
    ],
    sizes.map((s) => [
      s.label,
      s.archscout.n,
      s.archscout.p50,
      s.archscout.p95,
      s.archscout.max,
      s.fuse.n,
      s.fuse.p50,
      s.fuse.p95,
      s.fuse.max,
      `${s.speedup.p50.toFixed(0)}x`,
      `${s.speedup.p95.toFixed(0)}x`,
    ]),
  );
  const quality = formatTable(
    ['catalog', 'Archscout index build ms', 'Fuse build ms', 'top-1 Archscout', 'top-1 Fuse'],
    sizes.map((s) => [
      s.label,
      s.buildMs.archscout,
      s.buildMs.fuse,
      `${s.accuracy.archscout.correct}/${s.accuracy.archscout.total} (${pct(s.accuracy.archscout.share)})`,
      s.accuracy.fuse
        ? `${s.accuracy.fuse.correct}/${s.accuracy.fuse.total} (${pct(s.accuracy.fuse.share)})`
        : 'not run',
    ]),
  );
  return `Search per keystroke (ms; speedup = Fuse / Archscout on the same keystrokes)\n${timing}\n\n${quality}`;
}

export function matchReport(sizes: MatchSizeResult[]): string {
  return `URL matching (µs per call, best of 40 rounds of >= 10 ms)\n${formatTable(
    ['catalog', 'URLs', 'matched', 'matchIndexed', 'with new URL()', 'matchUrl'],
    sizes.map((s) => [s.label, s.urls, pct(s.hitRate), s.indexedUs, s.withParseUs, s.matchUrlUs]),
  )}`;
}

export function installReport(node: InstallResult[], chromium: InstallResult[]): string {
  const rows = [
    ...node.map((r) => [`fake-indexeddb (Node)`, r.label, r.projects, r.runs, r.medianMs, r.minMs]),
    ...chromium.map((r) => [`IndexedDB (Chromium)`, r.label, r.projects, r.runs, r.medianMs, r.minMs]),
  ];
  return `Catalog install into IndexedDB (ms, first install into an empty database)\n${formatTable(
    ['where', 'catalog', 'projects', 'runs', 'median', 'min'],
    rows,
  )}`;
}

export function browserReport(browser: BrowserResult): string {
  const { medians, ratios } = browser;
  const rows: (string | number)[][] = [
    ['blank extension page (first frame after load)', medians.blankMs, '1.00x'],
    ['popup: search box there to type into', medians.popupTypeableMs, '-'],
    ['popup: open, type "rabbitmq", first result', medians.popupFirstResultMs, `${ratios.popup.toFixed(2)}x`],
    ['new tab: first recommendation', medians.newtabFirstRecommendationMs, `${ratios.newtab.toFixed(2)}x`],
    ['GitHub fixture: DOMContentLoaded to annotation visible', medians.annotationAfterDomContentLoadedMs, '-'],
    ['GitHub fixture DOMContentLoaded, without extension', medians.githubDomContentLoadedWithoutMs, '1.00x'],
    [
      'GitHub fixture DOMContentLoaded, with extension',
      medians.githubDomContentLoadedWithMs,
      `${(medians.githubDomContentLoadedWithMs / medians.githubDomContentLoadedWithoutMs).toFixed(2)}x`,
    ],
    ['GitHub fixture load, without extension', medians.githubLoadWithoutMs, '1.00x'],
    ['GitHub fixture load, with extension', medians.githubLoadWithMs, `${ratios.githubLoad.toFixed(2)}x`],
    ['floor extension: blank page (reference for the next row)', medians.floorBlankMs, '1.00x'],
    [
      'floor extension: page with one script adding one element',
      medians.floorPageMs,
      `${ratios.floorPage.toFixed(2)}x`,
    ],
    [
      'floor extension: GitHub fixture load, empty content script',
      medians.githubLoadFloorMs,
      `${ratios.floorGithubLoad.toFixed(2)}x`,
    ],
    [
      'GitHub fixture load, ours minus the empty content script (95% interval)',
      browser.githubLoadAddedMs.overFloor.estimate,
      interval(browser.githubLoadAddedMs.overFloor),
    ],
    [
      'background stopped first (ratios to the blank page above): blank page',
      medians.coldBlankMs,
      `${(medians.coldBlankMs / medians.blankMs).toFixed(2)}x`,
    ],
    [
      'background stopped first: popup, type "rabbitmq", first result',
      medians.coldPopupFirstResultMs,
      `${ratios.coldPopup.toFixed(2)}x`,
    ],
    [
      'background stopped first: new tab, first recommendation',
      medians.coldNewtabFirstRecommendationMs,
      `${ratios.coldNewtab.toFixed(2)}x`,
    ],
    [
      'history full (500 visits): new tab, first recommendation',
      medians.fullHistoryNewtabFirstRecommendationMs,
      `${ratios.fullHistoryNewtab.toFixed(2)}x`,
    ],
  ];
  return `Headless Chromium (median ms over ${browser.runs} runs after ${browser.warmups} warm-up; ratio to its reference)\n${formatTable(
    ['page', 'median ms', 'ratio (or interval)'],
    rows,
  )}`;
}

/** "−1.2..+2.0 ms": a bootstrap interval of a difference, signed. */
export function interval({ low, high }: Interval): string {
  const signed = (ms: number) => `${ms >= 0 ? '+' : '-'}${Math.abs(ms).toFixed(1)}`;
  return `${signed(low)}..${signed(high)} ms`;
}

export function bundleReport(check: BudgetCheck): string {
  return `Bundle sizes (gzip level 9, 1 KB = 1,000 bytes; budgets.json)\n${formatBudgetTable(check.rows)}`;
}

export function targetReport(targets: Target[]): string {
  return `Targets (reported, not asserted)\n${formatTable(
    ['target', 'goal', 'measured', 'status'],
    targets.map((t) => [t.name, t.goal, t.measured, t.met ? 'met' : 'NOT met']),
  )}`;
}
