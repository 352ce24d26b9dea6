import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTENSION_DIR, OUTPUT_DIR, ROOT } from '../helpers/paths';
import { test as extensionTest } from '../helpers/test';

// Issue #9, least privilege: the PRODUCTION build's manifests (what users install) ask for
// exactly what features use. Adding a permission means changing EXPECTED_PERMISSIONS here and
// explaining it in README's "Permissions" table, which this spec also checks.

/** Every API permission the extension declares, and the feature that needs it. */
const EXPECTED_PERMISSIONS: Record<string, string> = {
  storage: 'settings, the match index for content scripts (storage.local) and favourites sync (storage.sync)',
  alarms: 'retrying a refused sync write after the service worker has stopped (services/sync-retry.ts)',
};

/** Permissions that must add no warning to the install prompt (none of them may cost the user a question). */
const SILENT_PERMISSIONS = ['storage', 'alarms'];

const GITHUB_MATCH = 'https://github.com/*';
const FIREFOX_DIR = join(OUTPUT_DIR, 'firefox-mv3');
const DOCS_MATCHES_FILE = join(ROOT, 'catalog/data/docs-matches.json');

interface ContentScript {
  matches?: string[];
  exclude_matches?: string[];
  include_globs?: string[];
  js?: string[];
  css?: string[];
  all_frames?: boolean;
  world?: string;
}

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: ContentScript[];
  content_security_policy?: { extension_pages?: string; sandbox?: string } | string;
  web_accessible_resources?: { resources: string[]; matches?: string[]; extension_ids?: string[] }[];
  externally_connectable?: unknown;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
}

/** The documentation sites the catalog engineer generates; only GitHub until that file exists. */
function docsMatches(): string[] {
  if (!existsSync(DOCS_MATCHES_FILE)) return [];
  const data: unknown = JSON.parse(readFileSync(DOCS_MATCHES_FILE, 'utf8'));
  const list = Array.isArray(data) ? data : (data as { matches?: unknown }).matches;
  if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) {
    throw new Error(`${DOCS_MATCHES_FILE} should be a JSON array of match patterns`);
  }
  return list;
}

/** CSP directives by name, e.g. {"script-src": ["'self'"]}. */
function cspDirectives(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The README table rows between "## Permissions" and the next section. */
function readmePermissionsSection(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Permissions');
  expect(start, 'README needs a "## Permissions" section').toBeGreaterThanOrEqual(0);
  const end = readme.indexOf('\n## ', start + 3);
  return readme.slice(start, end < 0 ? undefined : end);
}

const builds = [
  { browser: 'chrome', dir: EXTENSION_DIR },
  { browser: 'firefox', dir: FIREFOX_DIR },
];

for (const { browser, dir } of builds) {
  test.describe(`${browser} manifest`, () => {
    let manifest: Manifest;

    test.beforeEach(() => {
      // npm test builds both; a Chrome-only run (npm run build && npm run test:e2e) skips Firefox.
      test.skip(
        browser === 'firefox' && !existsSync(join(dir, 'manifest.json')),
        'no Firefox build: npm run build:firefox',
      );
      manifest = readManifest(dir);
    });

    test('declares exactly the API permissions features use, and no optional ones', () => {
      expect(manifest.manifest_version).toBe(3);
      expect([...(manifest.permissions ?? [])].sort()).toEqual(Object.keys(EXPECTED_PERMISSIONS).sort());
      expect(manifest.optional_permissions ?? []).toEqual([]);
    });

    test('asks for no host permissions and never for all URLs', () => {
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.optional_host_permissions ?? []).toEqual([]);
      const text = JSON.stringify(manifest);
      for (const broad of ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', 'file://']) {
        expect(text, `manifest mentions ${broad}`).not.toContain(broad);
      }
      expect(manifest.externally_connectable).toBeUndefined();
    });

    test('injects content scripts only on github.com and the generated documentation sites', () => {
      const scripts = manifest.content_scripts ?? [];
      const matches = new Set(scripts.flatMap((script) => script.matches ?? []));
      expect([...matches].sort()).toEqual([...new Set([GITHUB_MATCH, ...docsMatches()])].sort());
      for (const pattern of matches)
        expect(pattern, 'content scripts run on https pages only').toMatch(/^https:\/\/[^*/]/);
      for (const script of scripts) {
        // The page's own world would expose our code to the page (issue #9): isolated world only.
        expect(script.world ?? 'ISOLATED').toBe('ISOLATED');
        expect(script.include_globs ?? []).toEqual([]);
      }
    });

    test('sets an explicit extension-page CSP with no eval, no inline script and no remote code', () => {
      const csp = manifest.content_security_policy;
      expect(typeof csp === 'object' && typeof csp.extension_pages === 'string', 'explicit extension_pages CSP').toBe(
        true,
      );
      const policy = (csp as { extension_pages: string }).extension_pages;
      const directives = cspDirectives(policy);
      const scriptSrc = directives.get('script-src') ?? directives.get('default-src');
      expect(scriptSrc, `script-src in ${policy}`).toEqual(["'self'"]);
      expect(directives.get('object-src') ?? directives.get('default-src')).toEqual(expect.arrayContaining(["'self'"]));
      expect(policy).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
    });

    test('pages load only packaged code: no remote or inline scripts, no remote styles', () => {
      const pages = readdirSync(dir).filter((name) => name.endsWith('.html'));
      expect(pages.length).toBeGreaterThan(0);
      for (const name of pages) {
        const html = readFileSync(join(dir, name), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
        for (const [, attrs, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
          const src = /\bsrc="([^"]*)"/.exec(attrs ?? '')?.[1];
          expect(src, `${name}: inline script`).toBeDefined();
          expect(src, `${name}: remote script`).toMatch(/^\/[^/]/);
          expect(body?.trim(), `${name}: script with a body`).toBe('');
        }
        for (const [, href] of html.matchAll(/<link\b[^>]*\bhref="([^"]*)"/gi)) {
          expect(href, `${name}: remote resource`).toMatch(/^\/[^/]/);
        }
      }
    });

    test('exposes only the content-script CSS to web pages, and only to origins content scripts run on', () => {
      const resources = manifest.web_accessible_resources ?? [];
      // Chrome wants web_accessible_resources matches as origin/* (WXT derives them from the
      // content scripts' matches), so compare origins: never a site the content scripts skip.
      const origin = (pattern: string) => pattern.slice(0, pattern.indexOf('/', 'https://'.length));
      const contentOrigins = new Set(
        (manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []).map(origin),
      );
      for (const entry of resources) {
        for (const resource of entry.resources) expect(resource).toMatch(/^content-scripts\/[\w-]+\.css$/);
        for (const pattern of entry.matches ?? []) {
          expect(pattern, 'whole-origin pattern').toBe(`${origin(pattern)}/*`);
          expect(contentOrigins.has(origin(pattern)), `${pattern}: no content script runs there`).toBe(true);
        }
        expect(entry.extension_ids ?? []).toEqual([]);
      }
    });

    test("README's permissions table lists every permission and content-script site group", () => {
      const section = readmePermissionsSection();
      for (const permission of manifest.permissions ?? []) {
        expect(section, `README "Permissions" must explain \`${permission}\``).toContain(`\`${permission}\``);
      }
      expect(section).toContain(`\`${GITHUB_MATCH}\``);
      if (docsMatches().length > 0) expect(section).toMatch(/documentation/i);
    });
  });
}

test.describe('firefox-only manifest keys', () => {
  test.skip(!existsSync(join(FIREFOX_DIR, 'manifest.json')), 'no Firefox build: npm run build:firefox');

  test('has a gecko id, declares no data collection and a background script Firefox can run', () => {
    const manifest = readManifest(FIREFOX_DIR);
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/^[\w.-]+@[\w.-]+$/);
    expect(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required).toEqual(['none']);
    // Firefox ignores background.service_worker (addons-linter BACKGROUND_SERVICE_WORKER_NOFALLBACK).
    expect(manifest.background?.scripts?.length).toBeGreaterThan(0);
  });
});

// What Chrome's install prompt lists for the build, asked of Chrome itself
// (management.getPermissionWarningsByManifest needs no permission): every warning comes from the
// content scripts' sites, none from the API permissions. Firefox prompts only for permissions
// with a description in its extensionPermissions.ftl, which has none for storage or alarms.
extensionTest('the API permissions add no warning to the install prompt in Chrome', async ({ ext }) => {
  const manifest = readManifest(EXTENSION_DIR);
  const silent = {
    ...manifest,
    permissions: (manifest.permissions ?? []).filter((p) => !SILENT_PERMISSIONS.includes(p)),
  };
  const [built, withoutThem] = await ext.serviceWorker.evaluate(
    (manifests) => {
      const { chrome } = globalThis as unknown as {
        chrome: { management: { getPermissionWarningsByManifest(manifest: string): Promise<string[]> } };
      };
      return Promise.all(manifests.map((m) => chrome.management.getPermissionWarningsByManifest(m)));
    },
    [JSON.stringify(manifest), JSON.stringify(silent)],
  );
  expect(built.length, "the content scripts' sites are in the prompt").toBeGreaterThan(0);
  expect(built).toEqual(withoutThem);
});
