// Helpers for the annotation's e2e specs: serve GitHub pages by kind, open one in a tab that
// records its errors, read the annotation, and simulate GitHub's soft navigations. Free of any
// browser driver at run time (types aside): the Firefox tests and the benchmarks use githubPage.
import type { Locator, Page } from '@playwright/test';
import type { LaunchedExtension } from './extension';
import { fixture } from './fixture-page';

export type GithubLayout = 'react' | 'pagelayout' | 'classic' | 'none' | 'generic';

const LAYOUT_FIXTURES: Record<GithubLayout, string> = {
  react: 'github/repo-react-sidebar.html',
  pagelayout: 'github/repo-pagelayout-sidebar.html',
  classic: 'github/repo-classic-sidebar.html',
  none: 'github/issue-no-sidebar.html',
  generic: 'github/github-generic.html',
};

const RESERVED = new Set(['settings', 'search', 'orgs', 'topics', 'marketplace', 'notifications', 'login']);

/** The page GitHub would serve at `url`, in the style of the given sidebar generation for repository roots. */
export function githubPage(url: URL, rootLayout: GithubLayout = 'react'): string {
  const [owner, repo, section] = url.pathname.split('/').filter(Boolean);
  if (!owner || !repo || RESERVED.has(owner.toLowerCase())) return fixture(LAYOUT_FIXTURES.generic, url);
  // Issues, pull requests, files and folders have no About sidebar.
  if (section && section !== 'tree') return fixture(LAYOUT_FIXTURES.none, url);
  if (section === 'tree' && url.pathname.split('/').length > 5) return fixture(LAYOUT_FIXTURES.none, url);
  return fixture(LAYOUT_FIXTURES[rootLayout], url);
}

export function fixtureFor(layout: GithubLayout, url: string): string {
  return fixture(LAYOUT_FIXTURES[layout], new URL(url));
}

/** Serves every github.com URL; repository roots use `rootLayout`. */
export async function serveGithub(ext: LaunchedExtension, rootLayout: GithubLayout = 'react'): Promise<void> {
  await ext.serve('https://github.com/**', (url) => githubPage(url, rootLayout));
}

export const annotation = (page: Page): Locator => page.locator('archscout-annotation');

/** Fails the test on any console error or uncaught exception in the host page. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export interface GithubPageOptions {
  /** The sidebar generation of repository roots when the pages are served by kind (default 'react'). */
  layout?: GithubLayout;
  /** The page to serve for every github.com URL instead of the fixture of its kind. */
  html?: (url: URL) => string;
  /** Extra response headers, e.g. a Content-Security-Policy. */
  headers?: Record<string, string>;
}

/** Routes every github.com URL to `html`, with `headers` added to the response when given. */
async function serveGithubPages(
  ext: LaunchedExtension,
  html: (url: URL) => string,
  headers?: Record<string, string>,
): Promise<void> {
  if (!headers) return ext.serve('https://github.com/**', html);
  // ext.serve sets the content type only: other headers (a CSP under test) need a route of their own.
  await ext.context.route('https://github.com/**', (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
      body: html(new URL(route.request().url())),
    }),
  );
}

export interface GithubTab {
  page: Page;
  /** Console errors and uncaught exceptions in the tab, from before its first navigation on. */
  errors: string[];
}

/**
 * Serves github.com (pages by kind, or `options.html`), opens a new tab that collects its errors
 * and, given a `url`, loads it. Without one the tab stays blank, for a test that prepares it first
 * (viewport, colour scheme, a route of its own) and then navigates.
 */
export async function openGithubPage(
  ext: LaunchedExtension,
  url?: string,
  options?: GithubPageOptions,
): Promise<GithubTab>;
export async function openGithubPage(ext: LaunchedExtension, options: GithubPageOptions): Promise<GithubTab>;
export async function openGithubPage(
  ext: LaunchedExtension,
  urlOrOptions?: string | GithubPageOptions,
  maybeOptions: GithubPageOptions = {},
): Promise<GithubTab> {
  const [url, options] = typeof urlOrOptions === 'object' ? [undefined, urlOrOptions] : [urlOrOptions, maybeOptions];
  const html = options.html ?? ((pageUrl: URL) => githubPage(pageUrl, options.layout));
  await serveGithubPages(ext, html, options.headers);
  const page = await ext.context.newPage();
  const errors = collectPageErrors(page);
  if (url) await page.goto(url);
  return { page, errors };
}

export type SoftNavEvent = 'turbo:render' | 'soft-nav:end' | 'soft-nav:react-done' | 'turbo:frame-load' | 'popstate';

/**
 * Navigates the way GitHub does without a reload: pushState, then the new body swapped in
 * (Turbo replaces <body>; a frame load replaces the frame's content), then GitHub's event.
 */
export async function softNavigate(page: Page, url: string, html: string, event: SoftNavEvent): Promise<void> {
  await page.evaluate(
    ({ url, html, event }) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      history.pushState({}, '', url);
      document.title = next.title;
      if (event === 'turbo:frame-load') {
        const frame = document.querySelector('turbo-frame#repo-content-turbo-frame');
        const nextFrame = next.querySelector('turbo-frame#repo-content-turbo-frame');
        if (frame && nextFrame) {
          frame.replaceChildren(...Array.from(nextFrame.childNodes, (n) => document.importNode(n, true)));
          frame.dispatchEvent(new Event('turbo:frame-load', { bubbles: true }));
          return;
        }
      }
      document.body.replaceWith(document.importNode(next.body, true));
      if (event === 'popstate') window.dispatchEvent(new PopStateEvent('popstate'));
      else document.dispatchEvent(new Event(event, { bubbles: true }));
    },
    { url, html, event },
  );
}
