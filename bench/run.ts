// `npm run bench` (issue #8): search per keystroke against a plain Fuse.js baseline, URL
// matching, catalog installs into IndexedDB, page timings in headless Chromium next to a blank
// extension page, and bundle sizes against budgets.json. Prints tables, writes bench/results.json.
// Targets are reported, never asserted: the exit code is 0 whenever everything could be measured.
//
// Options: --only=search,match,install,browser,bundle   --no-build (reuse the build in the out dir)
//          --runs=N (browser runs, default 20)   --quick (fewer passes and sizes, for trying it out)
// The extension is built into $ARCHSCOUT_OUT_DIR, default .output-bench (never the shared .output).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledCatalog } from '../catalog/bundled';
import { syntheticCatalog } from '../catalog/synthetic-catalog';
import type { Catalog } from '../catalog/types';
import { type BudgetCheck, checkBudgets, parseBudgets } from '../scripts/budgets';
import { measureBundle } from '../scripts/bundle-sizes';
import { findChromium, NO_CHROMIUM_MESSAGE } from '../tests/helpers/find-chromium';
import type { BrowserResult } from './browser-bench';
import { benchInstallNode, type InstallResult } from './install-bench';
import { describeMachine } from './machine';
import { benchMatchSize, type MatchSizeResult } from './match-bench';
import * as report from './report';
import { benchSearchSize, type SearchSizeResult } from './search-bench';
import { browserTargets, bundleTargets, matchTargets, searchTargets, type Target } from './targets';

const SECTIONS = ['search', 'match', 'install', 'browser', 'bundle'] as const;
type Section = (typeof SECTIONS)[number];

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = new Set<Section>((value('only')?.split(',') as Section[] | undefined) ?? SECTIONS);
const quick = flag('quick');
const browserRuns = Math.max(10, Number(value('runs') ?? 20));
const outDir = process.env.ARCHSCOUT_OUT_DIR ?? join(root, '.output-bench');
const buildDir = join(outDir, 'chrome-mv3');
for (const section of only) if (!SECTIONS.includes(section)) throw new Error(`unknown section "${section}"`);

const log = (line: string) => console.error(line);

function catalogs(): { label: string; catalog: Catalog }[] {
  const sizes = quick ? [1_000, 10_000] : [1_000, 10_000, 50_000];
  return [
    { label: `bundled (${bundledCatalog.projects.length})`, catalog: bundledCatalog },
    ...sizes.map((size) => ({
      label: `synthetic ${size.toLocaleString('en-US')}`,
      catalog: syntheticCatalog(bundledCatalog, size, 1),
    })),
  ];
}

function buildExtension(): void {
  if (flag('no-build') && existsSync(join(buildDir, 'manifest.json'))) return;
  log(`Building the extension into ${outDir} ...`);
  const run = spawnSync(join(root, 'node_modules', '.bin', 'wxt'), ['build'], {
    cwd: root,
    env: { ...process.env, ARCHSCOUT_OUT_DIR: outDir },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (run.status !== 0) throw new Error(`wxt build failed (exit ${run.status})`);
}

async function main() {
  const started = performance.now();
  const machine = describeMachine();
  const results: Record<string, unknown> = { generatedAt: new Date().toISOString(), machine, quick };
  const targets: Target[] = [];
  const sections: string[] = [report.machineReport(machine)];
  const needsBuild = only.has('browser') || only.has('bundle');
  if (needsBuild) buildExtension();

  if (only.has('bundle')) {
    const budgets = parseBudgets(JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')));
    const entries = measureBundle(buildDir);
    const check: BudgetCheck = checkBudgets(entries, budgets);
    results.bundle = { buildDir, entries, failures: check.failures };
    sections.push(report.bundleReport(check));
    targets.push(...bundleTargets(check));
  }

  const sized = only.has('search') || only.has('match') || only.has('install') ? catalogs() : [];
  if (only.has('search')) {
    log('Search per keystroke ...');
    const search: SearchSizeResult[] = [];
    for (const { label, catalog } of sized) {
      search.push(
        benchSearchSize(label, catalog, {
          passes: quick ? 1 : 5,
          fuseEveryKeystroke: false,
          fuseAccuracyMaxProjects: 1_000,
          log,
        }),
      );
    }
    results.search = search;
    sections.push(report.searchReport(search));
    targets.push(...searchTargets(search));
  }

  if (only.has('match')) {
    log('URL matching ...');
    const match: MatchSizeResult[] = sized.map(({ label, catalog }) => benchMatchSize(label, catalog));
    results.match = match;
    sections.push(report.matchReport(match));
    targets.push(...matchTargets(match));
  }

  const largest = sized[sized.length - 1];
  const installNode: InstallResult[] = [];
  if (only.has('install') && largest) {
    log('Catalog install, fake-indexeddb ...');
    installNode.push(await benchInstallNode(sized[0].label, bundledCatalog, 5));
    installNode.push(await benchInstallNode(largest.label, largest.catalog, quick ? 1 : 3));
  }

  const installChromium: InstallResult[] = [];
  const chromium = findChromium();
  if (!chromium && (only.has('browser') || only.has('install')))
    log(`Skipping Chromium measurements: ${NO_CHROMIUM_MESSAGE}`);
  if (chromium && (only.has('browser') || (only.has('install') && largest))) {
    // Imported late: the e2e harness reads ARCHSCOUT_OUT_DIR when it loads.
    process.env.ARCHSCOUT_OUT_DIR = outDir;
    if (!existsSync(join(buildDir, 'manifest.json'))) buildExtension();
    const { openSession } = await import('./browser-session');
    const session = await openSession();
    try {
      if (only.has('browser')) {
        log(`Headless Chromium, ${browserRuns} runs ...`);
        const { benchBrowser } = await import('./browser-bench');
        const browser: BrowserResult = await benchBrowser(session, { runs: browserRuns, warmups: 3, log });
        results.browser = browser;
        sections.push(report.browserReport(browser));
        targets.push(...browserTargets(browser));
      }
      if (only.has('install') && largest) {
        log('Catalog install, IndexedDB in Chromium ...');
        const { benchInstallChromium } = await import('./idb-install-bench');
        installChromium.push(
          ...(await benchInstallChromium(session, [
            { label: sized[0].label, size: 0, projects: bundledCatalog.projects.length, runs: 5 },
            {
              label: largest.label,
              size: largest.catalog.projects.length,
              projects: largest.catalog.projects.length,
              runs: quick ? 1 : 3,
            },
          ])),
        );
      }
    } finally {
      await session.close();
    }
  }
  if (only.has('install')) {
    results.install = { node: installNode, chromium: installChromium };
    sections.push(report.installReport(installNode, installChromium));
  }

  results.targets = targets;
  results.durationS = Math.round((performance.now() - started) / 1000);
  results.loadAverageEnd = os.loadavg().map((n) => Math.round(n * 100) / 100);
  if (targets.length > 0) sections.push(report.targetReport(targets));
  sections.push(
    `Took ${results.durationS} s; load average at the end ${(results.loadAverageEnd as number[]).join(' / ')}.`,
  );
  console.log(sections.join('\n\n'));
  const file = join(root, 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify(results, roundNumbers, 2)}\n`);
  log(`\nWrote ${file}`);
}

/** JSON replacer: three decimals are plenty for milliseconds and microseconds. */
function roundNumbers(_key: string, val: unknown): unknown {
  return typeof val === 'number' && !Number.isInteger(val) ? Math.round(val * 1000) / 1000 : val;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
