// Helpers for the host-page robustness specs (issue #9): GitHub pages that attack or restrict
// the content script, served under their real URLs with the headers a test chooses.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, type LaunchedExtension } from './extension';
import { FIXTURES_DIR } from './paths';

const OVERRIDES = readFileSync(join(FIXTURES_DIR, 'hostile/page-overrides.js'), 'utf8');

/** GitHub's repository page (React sidebar generation) with `headExtra` as the first thing in <head>. */
export function repoPageWith(url: URL, headExtra: string): string {
  const html = fixture('github/repo-react-sidebar.html', url);
  return html.replace('<head>', `<head>\n${headExtra}`);
}

/** The repository page whose first script replaces built-ins (tests/fixtures/hostile/page-overrides.js). */
export function overridingPage(url: URL): string {
  return repoPageWith(url, `<script>${OVERRIDES}</script>`);
}

/** Serves `html` for `url` with extra response headers (e.g. a Content-Security-Policy). */
export async function serveWithHeaders(
  ext: LaunchedExtension,
  url: string,
  html: (url: URL) => string,
  headers: Record<string, string>,
): Promise<void> {
  await ext.context.route(url, (route) =>
    route.fulfill({
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
      body: html(new URL(route.request().url())),
    }),
  );
}

/** The page without its inline <style> elements (for a style-src 'none' page that should log nothing itself). */
export function withoutInlineStyles(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/g, '');
}
