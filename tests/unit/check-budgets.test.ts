import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkBudgets, formatBudgetTable, parseBudgets } from '../../scripts/budgets';
import { type BundleEntry, htmlAssets, jsImports, measureBundle } from '../../scripts/bundle-sizes';

// A fake build folder in the shape WXT/Vite produce: two pages sharing a chunk, a lazy chunk
// with its own CSS, a background worker and a content script with shadow-root CSS.
let dir: string;
const sizes: Record<string, number> = {};

function write(path: string, text: string, padding = 0) {
  // Incompressible padding (base64 of random bytes) makes gzip sizes large and distinct.
  const body = padding > 0 ? `${text}\n/*${randomBytes(padding).toString('base64')}*/` : text;
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), body);
  sizes[path] = Buffer.byteLength(body);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'archscout-budgets-'));
  write(
    'manifest.json',
    JSON.stringify({
      manifest_version: 3,
      background: { service_worker: 'background.js' },
      action: { default_popup: 'popup.html' },
      chrome_url_overrides: { newtab: 'newtab.html' },
      content_scripts: [
        { matches: ['https://github.com/*'], js: ['content-scripts/github.js'], css: ['content-scripts/manifest.css'] },
      ],
    }),
  );
  write(
    'popup.html',
    `<!doctype html><head><script src="/theme-boot.js"></script>
    <script type="module" crossorigin src="/chunks/popup-1.js"></script>
    <link rel="modulepreload" crossorigin href="/chunks/shared-1.js">
    <link rel="stylesheet" crossorigin href="/assets/popup-1.css">
    <link rel="icon" href="/icon/16.png"><script src="https://example.com/x.js"></script></head>`,
  );
  write('newtab.html', '<script type="module" src="./chunks/newtab-1.js"></script>');
  write('theme-boot.js', 'document.documentElement.dataset.theme="dark";', 100);
  write('chunks/popup-1.js', 'import{a}from"./shared-1.js";import"./side-effect-1.js";a();', 3000);
  write('chunks/side-effect-1.js', 'console.log(1);', 500);
  write('chunks/shared-1.js', 'export const a=()=>1;', 20_000);
  write(
    'chunks/newtab-1.js',
    'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["chunks/lazy-1.js","assets/lazy-1.css"])))=>i.map(i=>d[i]);' +
      'import{a}from"./shared-1.js";const l=()=>import("./lazy-1.js");',
    4000,
  );
  write('chunks/lazy-1.js', 'import{a}from"./shared-1.js";export const big=a;', 30_000);
  write('assets/popup-1.css', 'body{margin:0}', 1000);
  write('assets/lazy-1.css', '.lazy{color:red}', 800);
  write('background.js', 'chrome.runtime.onInstalled.addListener(()=>{});', 9000);
  write('content-scripts/github.js', '(function(){})();', 6000);
  write('content-scripts/github.css', ':host{all:initial}', 700);
  write('content-scripts/manifest.css', '.x{}', 50);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const byName = (entries: BundleEntry[]) => new Map(entries.map((e) => [e.name, e]));
const paths = (files: { path: string }[]) => files.map((f) => f.path).sort();

describe('measureBundle', () => {
  it('finds every entrypoint from the manifest', () => {
    expect(measureBundle(dir).map((e) => e.name)).toEqual(['background', 'popup', 'newtab', 'content:github']);
  });

  it('counts what a page loads: its HTML, its tags, their static imports, shared chunks; not icons or external URLs', () => {
    const popup = byName(measureBundle(dir)).get('popup') as BundleEntry;
    expect(paths(popup.files)).toEqual([
      'assets/popup-1.css',
      'chunks/popup-1.js',
      'chunks/shared-1.js',
      'chunks/side-effect-1.js',
      'popup.html',
      'theme-boot.js',
    ]);
    const html = popup.files.find((f) => f.path === 'popup.html');
    expect(html?.raw).toBe(readFileSync(join(dir, 'popup.html')).length);
    expect(popup.raw).toBe(popup.files.reduce((sum, f) => sum + (sizes[f.path] ?? (html?.raw as number)), 0));
    for (const file of popup.files) {
      expect(file.raw).toBe(sizes[file.path]);
      expect(file.gzip).toBeGreaterThan(0);
    }
    expect(popup.gzip).toBe(popup.files.reduce((sum, f) => sum + f.gzip, 0));
    expect(popup.lazy).toEqual([]);
  });

  it('keeps dynamically imported chunks and their CSS apart as lazy, without double-counting shared ones', () => {
    const newtab = byName(measureBundle(dir)).get('newtab') as BundleEntry;
    expect(paths(newtab.files)).toEqual(['chunks/newtab-1.js', 'chunks/shared-1.js', 'newtab.html']);
    expect(paths(newtab.lazy)).toEqual(['assets/lazy-1.css', 'chunks/lazy-1.js']);
    expect(newtab.lazyRaw).toBe(sizes['chunks/lazy-1.js'] + sizes['assets/lazy-1.css']);
  });

  it("counts a content script's manifest CSS with its JS and its shadow-root CSS as lazy", () => {
    const github = byName(measureBundle(dir)).get('content:github') as BundleEntry;
    expect(paths(github.files)).toEqual(['content-scripts/github.js', 'content-scripts/manifest.css']);
    expect(paths(github.lazy)).toEqual(['content-scripts/github.css']);
  });

  it('says clearly when the folder is not a build', () => {
    expect(() => measureBundle(join(dir, 'chunks'))).toThrow(/No built extension/);
  });
});

describe('htmlAssets and jsImports', () => {
  it('resolve root-relative and relative URLs from the file that names them', () => {
    expect(htmlAssets('<script src="../x.js"></script><link href="/a.css" rel="stylesheet">', 'pages/p.html')).toEqual([
      'x.js',
      'a.css',
    ]);
    const imports = jsImports('import*as n from"../b.js";export{c}from"./c.js";import("./d.js")', 'chunks/a.js');
    expect(imports.static).toEqual(['b.js', 'chunks/c.js']);
    expect(imports.dynamic).toEqual(['chunks/d.js']);
  });
});

describe('checkBudgets', () => {
  const budgetsFor = (entries: BundleEntry[], kb: (e: BundleEntry) => number) =>
    parseBudgets({ budgets: Object.fromEntries(entries.map((e) => [e.name, { gzipKB: kb(e), lazyGzipKB: 100 }])) });

  it('passes when every entry is within its budget', () => {
    const entries = measureBundle(dir);
    const check = checkBudgets(
      entries,
      budgetsFor(entries, (e) => Math.ceil(e.gzip / 1000)),
    );
    expect(check.failures).toEqual([]);
    expect(check.rows.every((row) => row.ok)).toBe(true);
    expect(formatBudgetTable(check.rows)).toMatch(/^entry\s+raw KB\s+gzip KB\s+budget KB/);
  });

  it('fails naming the entry, its size, the overage and the largest files', () => {
    const entries = measureBundle(dir);
    const popup = byName(entries).get('popup') as BundleEntry;
    const budget = Math.floor(popup.gzip / 1000) - 2;
    const check = checkBudgets(
      entries,
      budgetsFor(entries, (e) => (e.name === 'popup' ? budget : 1000)),
    );
    const over = ((popup.gzip - budget * 1000) / 1000).toFixed(1);
    expect(check.failures).toHaveLength(1);
    expect(check.failures[0]).toContain(
      `popup: ${(popup.gzip / 1000).toFixed(1)} KB gzip is ${over} KB over its ${budget} KB budget`,
    );
    expect(check.failures[0]).toContain('chunks/shared-1.js');
    expect(check.rows.find((row) => row.name === 'popup')?.ok).toBe(false);
    expect(formatBudgetTable(check.rows)).toContain('OVER');
  });

  it('fails on lazy chunks over their own budget', () => {
    const entries = measureBundle(dir);
    const budgets = budgetsFor(entries, () => 1000);
    budgets.budgets.newtab.lazyGzipKB = 1;
    expect(checkBudgets(entries, budgets).failures).toEqual([
      expect.stringMatching(/^newtab: lazily loaded chunks .* over their 1 KB budget/),
    ]);
  });

  it('fails on an entry without a budget and on a budget without an entry', () => {
    const entries = measureBundle(dir);
    const budgets = budgetsFor(entries, () => 1000);
    delete budgets.budgets.background;
    budgets.budgets['content:gone'] = { gzipKB: 5 };
    expect(checkBudgets(entries, budgets).failures).toEqual([
      'background: no budget in budgets.json; add one for this entrypoint.',
      'content:gone: budgets.json has a budget but the build has no such entry.',
    ]);
  });

  it('rejects a malformed budget file', () => {
    expect(() => parseBudgets({})).toThrow(/budgets/);
    expect(() => parseBudgets({ budgets: { popup: { gzipKB: -1 } } })).toThrow(/"popup" needs a positive "gzipKB"/);
    expect(() => parseBudgets({ budgets: { popup: { gzipKB: 45, lazyGzipKB: 'x' } } })).toThrow(/popup/);
  });

  it('accepts the real budgets.json', async () => {
    const { default: json } = await import('../../budgets.json');
    const { budgets } = parseBudgets(json);
    expect(budgets['content:github'].gzipKB).toBe(12);
    expect(budgets.popup.gzipKB).toBe(45);
    expect(budgets.newtab.gzipKB).toBe(45);
  });
});
