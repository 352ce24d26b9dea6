import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Worker } from '@playwright/test';
import { findChromium, NO_CHROMIUM_MESSAGE } from './find-chromium';
import { EXTENSION_DIR } from './paths';

export interface LaunchedExtension {
  context: BrowserContext;
  extensionId: string;
  serviceWorker: Worker;
  userDataDir: string;
  /** Serve `body` (HTML) for every request matching `url` (a glob or RegExp), keeping the real URL. */
  serve(url: string | RegExp, html: string | ((url: URL) => string)): Promise<void>;
}

/**
 * A fresh profile folder; pass it to launchExtension twice to test what survives a restart.
 * `preferences` become the profile's `Default/Preferences`, which Chromium reads at launch: the
 * user's settings, e.g. the font size and page zoom of chrome://settings/appearance (displayPreferences).
 */
export function makeUserDataDir(preferences?: object): string {
  const dir = mkdtempSync(join(tmpdir(), 'archscout-profile-'));
  if (preferences) {
    mkdirSync(join(dir, 'Default'));
    writeFileSync(join(dir, 'Default', 'Preferences'), JSON.stringify(preferences));
  }
  return dir;
}

/**
 * Chromium's preferences for a default font size (Settings > Appearance > Font size: 16px is
 * "Medium", 20 "Large", 24 "Very large") and a default page zoom (Settings > Appearance > Page
 * zoom; 2 is 200%), which applies to extension pages and the toolbar popup too. A zoom level is
 * stored as a power of 1.2, per storage partition ("x" is the profile's default one).
 */
export function displayPreferences({ fontSize, zoom }: { fontSize?: number; zoom?: number }): object {
  return {
    ...(fontSize === undefined ? {} : { webkit: { webprefs: { default_font_size: fontSize } } }),
    ...(zoom === undefined ? {} : { partition: { default_zoom_level: { x: Math.log(zoom) / Math.log(1.2) } } }),
  };
}

export function removeUserDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export { fixture } from './fixture-page';

/**
 * Debian's (or the configured) Chromium, headless, in a persistent profile, with the network
 * blocked: every http(s) request is aborted unless a test serves it, so tests never touch the
 * network and pages keep their real URLs. With `extensionDir`, that build is loaded.
 */
export async function launchBlockedChromium(
  userDataDir: string,
  extensionDir?: string,
  extraArgs: string[] = [],
): Promise<BrowserContext> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(NO_CHROMIUM_MESSAGE);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      // Belt and braces: a request that slips past the routes (a tab the extension opens before
      // Playwright attaches to it) fails on name resolution instead of reaching the network.
      '--host-resolver-rules=MAP * ~NOTFOUND',
      '--disable-component-update',
      '--no-first-run',
      ...extraArgs,
    ],
  });
  // Block the network first; later routes take precedence over earlier ones.
  // Only http(s): the extension's own chrome-extension:// resources must load.
  await context.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort(),
  );
  return context;
}

/**
 * The built extension (or, for the benchmarks, another one in `extensionDir`) in a fresh (or the
 * given) profile; resolves once its service worker runs.
 */
export async function launchExtension(
  userDataDir = makeUserDataDir(),
  extensionDir = EXTENSION_DIR,
  extraArgs: string[] = [],
): Promise<LaunchedExtension> {
  const context = await launchBlockedChromium(userDataDir, extensionDir, extraArgs);
  const serviceWorker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {
      throw new Error(`The extension's service worker did not start within 15 s (is ${extensionDir} a valid build?)`);
    }));
  const extensionId = new URL(serviceWorker.url()).host;
  return {
    context,
    extensionId,
    serviceWorker,
    userDataDir,
    async serve(url, html) {
      await context.route(url, (route) =>
        route.fulfill({
          status: 200,
          contentType: 'text/html; charset=utf-8',
          body: typeof html === 'function' ? html(new URL(route.request().url())) : html,
        }),
      );
    },
  };
}
