// The real toolbar popup, not popup.html in a tab: the service worker opens it with
// chrome.action.openPopup(), which headless Chromium honours. Playwright does not list popup
// windows among a context's pages, so the popup is driven through puppeteer-core, connected to
// the same Chromium over the DevTools protocol (a local port, opened for these tests only).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { type LaunchedExtension, launchExtension, makeUserDataDir, removeUserDataDir } from './extension';
import { test as base } from './test';

export interface ToolbarPopupBrowser {
  ext: LaunchedExtension;
  /** The same browser, seen over the DevTools protocol. */
  devtools: Browser;
  /** Opens the toolbar popup, as a click on the toolbar button does, and returns its page. */
  openPopup(): Promise<Page>;
  /** Closes the browser and removes its profile (once; later calls do nothing). */
  close(): Promise<void>;
}

/** `userDataDir`: a profile of its own, e.g. with preferences (makeUserDataDir), removed on close. */
export async function launchForToolbarPopup(userDataDir = makeUserDataDir()): Promise<ToolbarPopupBrowser> {
  const ext = await launchExtension(userDataDir, undefined, ['--remote-debugging-port=0']);
  // Chromium writes the port it chose (the first line) into the profile.
  const port = readFileSync(join(ext.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0];
  const devtools = await puppeteer.connect({ browserURL: `http://127.0.0.1:${port}`, defaultViewport: null });
  // A popup belongs to a window with a tab: give it one.
  await (await ext.context.newPage()).goto('about:blank');
  let closed = false;
  return {
    ext,
    devtools,
    async openPopup() {
      await ext.serviceWorker.evaluate(() =>
        (globalThis as unknown as { chrome: { action: { openPopup(): Promise<void> } } }).chrome.action.openPopup(),
      );
      const target = await devtools.waitForTarget((t) => t.type() === 'page' && t.url().endsWith('/popup.html'));
      const page = await target.asPage();
      if (!page) throw new Error('the toolbar popup has no page');
      return page;
    },
    async close() {
      if (closed) return;
      closed = true;
      await devtools.disconnect();
      await ext.context.close();
      removeUserDataDir(userDataDir);
    },
  };
}

/**
 * helpers/test.ts's `test` plus `launchToolbarPopup(userDataDir?)`: a browser for the real popup
 * (launchForToolbarPopup), closed with its profile when the test ends if the test has not.
 */
export const test = base.extend<{ launchToolbarPopup: (userDataDir?: string) => Promise<ToolbarPopupBrowser> }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright fixtures take a destructured first argument.
  launchToolbarPopup: async ({}, use) => {
    const launched: ToolbarPopupBrowser[] = [];
    await use(async (userDataDir) => {
      const browser = await launchForToolbarPopup(userDataDir);
      launched.push(browser);
      return browser;
    });
    for (const browser of launched) await browser.close();
  },
});
