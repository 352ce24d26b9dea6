// Helpers for the host-page robustness specs (issue #9): GitHub pages that attack or restrict
// the content script (served with the headers a test chooses by openGithubPage in ./annotation).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture } from './fixture-page';
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

/** The page without its inline <style> elements (for a style-src 'none' page that should log nothing itself). */
export function withoutInlineStyles(html: string): string {
  return html.replace(/<style>[\s\S]*?<\/style>/g, '');
}
