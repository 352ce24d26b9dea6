// What each entrypoint of a built extension loads, raw and gzip (issue #8). Pages count their
// HTML, its scripts, module preloads and stylesheets, plus the static imports of those
// scripts; chunks they only import() later are "lazy". Content scripts count their JS and
// manifest CSS; CSS that WXT would put into a shadow root (cssInjectionMode "ui":
// content-scripts/<name>.css) counts as lazy, as it is fetched only when a UI is created (the
// annotation bundles its stylesheet into its script instead). Shared chunks count for every
// entry that loads them, since each page pays for them.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, normalize, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleFile {
  path: string; // relative to the build folder, with forward slashes
  raw: number; // bytes
  gzip: number; // bytes, gzip level 9
}

export interface BundleEntry {
  name: string; // "popup", "newtab", "options", "background", "content:github", ...
  source: string; // the manifest file the entry starts from
  files: BundleFile[]; // loaded before the entry runs
  lazy: BundleFile[]; // loaded on demand (dynamic import)
  raw: number;
  gzip: number;
  lazyRaw: number;
  lazyGzip: number;
}

interface Manifest {
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string };
  browser_action?: { default_popup?: string };
  chrome_url_overrides?: { newtab?: string };
  chrome_settings_overrides?: unknown;
  options_ui?: { page?: string };
  options_page?: string;
  content_scripts?: { js?: string[]; css?: string[] }[];
}

// Relative specifiers only: a bundle never imports bare modules at run time.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const DYNAMIC_IMPORT = /\bimport\(\s*["'](\.{1,2}\/[^"']+)["']\s*\)/g;
// Vite lists a lazy chunk's dependencies, CSS included, as paths from the build root.
const VITE_DEPS = /__vite__mapDeps=[^[]*\[([^\]]*)\]/g;
const TAG = /<(script|link)\b[^>]*>/gi;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(tag)?.[1];
}

/** The files a page's HTML loads before its scripts run, relative to the build root. */
export function htmlAssets(html: string, htmlPath: string): string[] {
  const found: string[] = [];
  for (const [tag, name] of html.matchAll(TAG)) {
    const rel = (attribute(tag, 'rel') ?? '').toLowerCase().split(/\s+/);
    const url =
      name.toLowerCase() === 'script'
        ? attribute(tag, 'src')
        : rel.includes('modulepreload') || rel.includes('stylesheet')
          ? attribute(tag, 'href')
          : undefined;
    if (!url || /^[a-z][a-z0-9+.-]*:/i.test(url)) continue; // external or data: URLs are not ours
    found.push(resolveFrom(htmlPath, url));
  }
  return found;
}

function resolveFrom(fromFile: string, url: string): string {
  const path = url.split(/[?#]/)[0];
  const joined = path.startsWith('/') ? path.slice(1) : posix.join(posix.dirname(fromFile), path);
  return posix.normalize(joined);
}

/** Static and dynamic import targets of a built JS file, relative to the build root. */
export function jsImports(code: string, jsPath: string): { static: string[]; dynamic: string[]; css: string[] } {
  const targets = (pattern: RegExp) => [...code.matchAll(pattern)].map((m) => resolveFrom(jsPath, m[1]));
  const css = [...code.matchAll(VITE_DEPS)].flatMap((m) =>
    [...m[1].matchAll(/["']([^"']+\.css)["']/g)].map((c) => posix.normalize(c[1])),
  );
  return { static: targets(STATIC_IMPORT), dynamic: targets(DYNAMIC_IMPORT), css };
}

export function measureFile(dir: string, path: string): BundleFile {
  const bytes = readFileSync(join(dir, path));
  return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** `starts` and everything they import statically, then what they import() and its closure. */
function closure(dir: string, starts: string[]): { initial: string[]; lazy: string[] } {
  const initial = new Set<string>();
  const lazyStarts: string[] = [];
  const lazyCss: string[] = [];
  const walk = (into: Set<string>, queue: string[]) => {
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (into.has(path) || !existsSync(join(dir, path))) continue;
      into.add(path);
      if (!path.endsWith('.js') && !path.endsWith('.mjs')) continue;
      const imports = jsImports(readFileSync(join(dir, path), 'utf8'), path);
      queue.push(...imports.static);
      lazyStarts.push(...imports.dynamic);
      lazyCss.push(...imports.css);
    }
  };
  walk(initial, [...starts]);
  const lazy = new Set<string>();
  walk(lazy, [...lazyStarts, ...lazyCss]);
  return { initial: [...initial], lazy: [...lazy].filter((path) => !initial.has(path)) };
}

function entry(dir: string, name: string, source: string, starts: string[], alsoLazy: string[] = []): BundleEntry {
  const found = closure(dir, starts);
  const initial = found.initial;
  const lazy = [...found.lazy, ...alsoLazy.filter((path) => !initial.includes(path) && !found.lazy.includes(path))];
  const files = initial.map((path) => measureFile(dir, path));
  const lazyFiles = lazy.map((path) => measureFile(dir, path));
  const sum = (list: BundleFile[], key: 'raw' | 'gzip') => list.reduce((total, file) => total + file[key], 0);
  return {
    name,
    source,
    files,
    lazy: lazyFiles,
    raw: sum(files, 'raw'),
    gzip: sum(files, 'gzip'),
    lazyRaw: sum(lazyFiles, 'raw'),
    lazyGzip: sum(lazyFiles, 'gzip'),
  };
}

function pageEntry(dir: string, page: string): BundleEntry {
  const path = posix.normalize(page.replace(/^\//, ''));
  const html = readFileSync(join(dir, path), 'utf8');
  // The HTML itself counts: the pages' stylesheets are inlined into it (modules/inline-page-styles.ts).
  return entry(dir, basename(path).replace(/\.html?$/i, ''), path, [path, ...htmlAssets(html, path)]);
}

/** Every entrypoint of the extension built in `dir` (a folder holding manifest.json). */
export function measureBundle(dir: string): BundleEntry[] {
  const manifestPath = join(dir, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`No built extension in ${normalize(dir)} (no manifest.json).`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  const entries: BundleEntry[] = [];
  const worker = manifest.background?.service_worker;
  const scripts = worker ? [worker] : (manifest.background?.scripts ?? []);
  if (scripts.length > 0) entries.push(entry(dir, 'background', 'manifest.json', scripts));
  const pages = [
    manifest.action?.default_popup ?? manifest.browser_action?.default_popup,
    manifest.chrome_url_overrides?.newtab,
    manifest.options_ui?.page ?? manifest.options_page,
  ];
  for (const page of pages) if (page) entries.push(pageEntry(dir, page));
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) {
      const name = basename(js).replace(/\.js$/, '');
      const uiCss = posix.join(posix.dirname(js), `${name}.css`);
      const lazyCss = existsSync(join(dir, uiCss)) ? [uiCss] : [];
      entries.push(entry(dir, `content:${name}`, 'manifest.json', [js, ...(script.css ?? [])], lazyCss));
    }
  }
  return entries;
}
