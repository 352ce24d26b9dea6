import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES_DIR } from './paths';

// Its own module, free of any browser driver, so both harnesses use it: Playwright's
// (tests/helpers/extension.ts) and the Firefox one (tests/helpers/firefox.ts).

/** Reads a fixture page, filling {{OWNER}} and {{REPO}} from a github.com URL when present. */
export function fixture(name: string, url?: URL): string {
  const html = readFileSync(join(FIXTURES_DIR, name), 'utf8');
  if (!url) return html;
  const [owner = '', repo = ''] = url.pathname.split('/').filter(Boolean);
  return html.replaceAll('{{OWNER}}', owner).replaceAll('{{REPO}}', repo).replaceAll('{{URL}}', url.href);
}
