// Two headless Chromiums side by side for the browser benchmarks: one with the built extension
// (the e2e harness, tests/helpers/extension.ts, reading ARCHSCOUT_OUT_DIR), one without any
// extension. Both block the network the same way and serve the same GitHub fixture pages under
// their real URLs, so the only difference between them is the extension.
//
// Routes are set per page, not per browser: a browser-wide Playwright route pauses every request
// of every page, the extension's own files included, until the Node process lets it go, which
// no user's browser does and which costs a page in proportion to the files it loads (about 10 ms
// for the popup on this machine, nothing for the one-file blank page). So extension pages load
// unintercepted (the harness's host-resolver rule still keeps them off the network), and the
// GitHub fixture is served by routes on its own page, in both browsers alike.

import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { githubPage } from '../tests/helpers/annotation';
import {
  type LaunchedExtension,
  launchBlockedChromium,
  launchExtension,
  makeUserDataDir,
  removeUserDataDir,
} from '../tests/helpers/extension';
import { EXTENSION_DIR } from '../tests/helpers/paths';
import { stopServiceWorker } from '../tests/helpers/service-worker';
import { writeFloorExtension } from './floor-extension';
import { installProbe, type Probe, type ProbeResult } from './page-probes';

export interface BrowserSession {
  ext: LaunchedExtension;
  plain: BrowserContext;
  /** A browser with only the minimal floor extension (floor-extension.ts). */
  floor: LaunchedExtension;
  extensionUrl(path: string): string;
  floorUrl(path: string): string;
  /** Stops the extension's service worker, as Chromium does after 30 s idle (DevTools protocol). */
  stopBackground(): Promise<void>;
  /** Records visits in the extension's database until its history holds `count` (spread over a few projects). */
  fillVisitHistory(count: number): Promise<void>;
  close(): Promise<void>;
}

const GITHUB = 'https://github.com/**';

/** Blocks http(s) for one page and serves the GitHub fixture pages under their real URLs. */
async function serveGithub(page: Page): Promise<void> {
  await page.route(
    (url) => url.protocol === 'http:' || url.protocol === 'https:',
    (route) => route.abort(),
  );
  await page.route(GITHUB, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: githubPage(new URL(route.request().url()), 'react'),
    }),
  );
}

export async function openSession(): Promise<BrowserSession> {
  const ext = await launchExtension();
  const plainDir = makeUserDataDir();
  const plain = await launchBlockedChromium(plainDir);
  const floorExtensionDir = makeUserDataDir(); // a fresh temporary folder
  writeFloorExtension(floorExtensionDir, join(EXTENSION_DIR, 'icon', '16.png'));
  const floor = await launchExtension(makeUserDataDir(), floorExtensionDir);
  // The harness blocks http(s) with a browser-wide route; measured pages get their own (above).
  for (const context of [ext.context, plain, floor.context]) await context.unrouteAll();
  // A blank tab (no extension page) holds the DevTools session that stops the service worker.
  const control = await ext.context.newCDPSession(await ext.context.newPage());
  return {
    ext,
    plain,
    floor,
    extensionUrl: (path) => `chrome-extension://${ext.extensionId}/${path}`,
    floorUrl: (path) => `chrome-extension://${floor.extensionId}/${path}`,
    async stopBackground() {
      await stopServiceWorker(control, ext.extensionId);
      await new Promise((resolve) => setTimeout(resolve, 250)); // let the stop finish before the next page
    },
    async fillVisitHistory(count) {
      // Written straight into the database from an extension page (the same origin's IndexedDB),
      // in one transaction, with the store's record shape (catalog/store/schema.ts VisitRecord), a
      // minute apart. Not from the service worker: after the cold runs it is stopped, and nothing
      // the bench does wakes it (pages read IndexedDB themselves); evaluating in it then hangs.
      const page = await ext.context.newPage();
      await page.goto(`chrome-extension://${ext.extensionId}/icon/16.png`);
      await page.evaluate(async (total: number) => {
        const ids = ['etcd', 'consul', 'rabbitmq', 'zookeeper', 'haproxy', 'ceph', 'thrift', 'polly'];
        const open = indexedDB.open('archscout');
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          open.onsuccess = () => resolve(open.result);
          open.onerror = () => reject(open.error);
        });
        const tx = db.transaction('visits', 'readwrite');
        const store = tx.objectStore('visits');
        const now = Date.now();
        store.count().onsuccess = (event) => {
          const have = (event.target as IDBRequest<number>).result;
          for (let i = have; i < total; i++) store.add({ id: ids[i % ids.length], at: now - (total - i) * 60_000 });
        };
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      }, count);
      // The full-history rows compare with the main runs, where the extension's process was
      // running: wake the worker again (a harmless read), so they do not pay a cold process.
      await page.evaluate(() =>
        (
          globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
        ).chrome.runtime.sendMessage({ type: 'visits.recent', limit: 1 }),
      );
      await page.close();
    },
    async close() {
      await ext.context.close();
      await plain.close();
      await floor.context.close();
      for (const dir of [ext.userDataDir, plainDir, floor.userDataDir, floorExtensionDir]) removeUserDataDir(dir);
    },
  };
}

export interface MeasureOptions {
  viewport?: { width: number; height: number };
  timeoutMs?: number;
}

/** Opens `url` in a new tab of `context` with `probe` installed and returns what it recorded. */
export async function measurePage(
  context: BrowserContext,
  url: string,
  probe: Probe,
  { viewport, timeoutMs = 15_000 }: MeasureOptions = {},
): Promise<ProbeResult> {
  const page: Page = await context.newPage();
  try {
    if (viewport) await page.setViewportSize(viewport);
    if (/^https?:/.test(url)) await serveGithub(page);
    // tsx compiles with esbuild's keepNames, which wraps inner functions in __name(); the
    // serialised probe runs in the page without that helper, so give it a do-nothing one.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await page.addInitScript(installProbe, probe);
    await page.goto(url, { timeout: timeoutMs });
    const handle = await page.waitForFunction(
      () => (window as unknown as { __archscoutProbe?: unknown }).__archscoutProbe,
      undefined,
      { timeout: timeoutMs },
    );
    return (await handle.jsonValue()) as ProbeResult;
  } finally {
    await page.close();
  }
}
