import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/**
 * The Chromium the tests (and `npm start`) use: CHROMIUM_PATH, else Debian's
 * /usr/bin/chromium, else Playwright's own download when one is installed.
 * Browsers cannot be downloaded on the CI machines (DESIGN.md), so Debian's is the usual one.
 */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when it has no browser of its own: fall through.
  }
  return undefined;
}

export const NO_CHROMIUM_MESSAGE =
  'No Chromium found: install one (Debian/Ubuntu: `apt-get install -y chromium`) or set CHROMIUM_PATH to a Chromium binary.';
