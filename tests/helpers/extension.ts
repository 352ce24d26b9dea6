import { mkdtempSync, rmSync } from 'node:fs';
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

/** A fresh profile folder; pass it to launchExtension twice to test what survives a restart. */
export function makeUserDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'archscout-profile-'));
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
