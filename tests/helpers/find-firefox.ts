import { existsSync } from 'node:fs';

/**
 * The Firefox the Firefox tests drive: FIREFOX_PATH, else Debian's firefox-esr (or firefox).
 * Puppeteer talks WebDriver BiDi to a stock Firefox; Playwright would need its own patched build,
 * which cannot be downloaded on the CI machines (DESIGN.md).
 */
export function findFirefox(): string | undefined {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find((path) => existsSync(path));
}

export const NO_FIREFOX_MESSAGE =
  'No Firefox found: install one (Debian: `apt-get install -y firefox-esr`) or set FIREFOX_PATH to a Firefox binary.';
