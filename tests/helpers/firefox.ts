// The Firefox harness: Debian's stock Firefox, headless, driven over WebDriver BiDi by
// puppeteer-core, with the Firefox build (.output/firefox-mv3) installed as a temporary add-on.
// Like the Chromium harness, nothing touches the network: web pages (GitHub, docs sites) are
// served from the fixtures under their real URLs by request interception, the rest aborted.
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findFirefox, NO_FIREFOX_MESSAGE } from './find-firefox';
import { FIREFOX_EXTENSION_DIR } from './paths';

export interface FirefoxExtension {
  browser: Browser;
  /** The add-on's id (browser_specific_settings.gecko.id). */
  addonId: string;
  /** Opens one of the extension's pages (popup.html, newtab.html, options.html) in a new tab. */
  openPage(path: string, viewport?: { width: number; height: number }): Promise<Page>;
  /**
   * Opens `url` in a new tab, serving what `html` returns for each request and aborting those it
   * returns nothing for. The tab's pages count the add-on's content-script starts (contentScriptStarted).
   */
  openServed(url: string, html: (url: URL) => string | undefined): Promise<Page>;
  /** Installs the build again over the running add-on, as an update does. */
  reinstall(): Promise<void>;
  /** Uncaught exceptions and console errors of every page opened so far. */
  errors: string[];
  close(): Promise<void>;
}

/** `prefs`: more Firefox preferences for this browser (e.g. a shorter idle time for the background). */
export async function launchFirefoxExtension({
  prefs = {},
}: {
  prefs?: Record<string, unknown>;
} = {}): Promise<FirefoxExtension> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(NO_FIREFOX_MESSAGE);
  const manifest = JSON.parse(readFileSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'), 'utf8'));
  const addonId: string = manifest.browser_specific_settings.gecko.id;
  // Firefox gives each add-on a random moz-extension host; this pref fixes it, so the tests
  // know where the extension's pages are.
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // WebDriver BiDi refuses to navigate to moz-extension:// pages without it (test-only flag).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { ...prefs, 'extensions.webextensions.uuids': JSON.stringify({ [addonId]: uuid }) },
  });
  try {
    await browser.installExtension(FIREFOX_EXTENSION_DIR);
  } catch (error) {
    await browser.close();
    throw error;
  }
  const errors: string[] = [];
  const watch = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
    });
  };

  return {
    browser,
    addonId,
    errors,
    async openPage(path, viewport = { width: 1280, height: 800 }) {
      const page = await browser.newPage();
      watch(page);
      await page.setViewport(viewport);
      const url = `moz-extension://${uuid}/${path}`;
      // BiDi reports no load for moz-extension:// navigations, so goto never settles: wait for
      // the document instead (the caller then waits for what it needs).
      page.goto(url).catch(() => undefined);
      await untilDocument(page, url);
      return page;
    },
    async openServed(url, html) {
      const page = await browser.newPage();
      watch(page);
      await page.evaluateOnNewDocument(countContentScriptStarts, addonId);
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        const body = html(new URL(request.url()));
        if (body === undefined) void request.abort();
        else void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
      });
      await page.goto(url);
      return page;
    },
    async reinstall() {
      await browser.installExtension(FIREFOX_EXTENSION_DIR);
    },
    close: () => browser.close(),
  };
}

interface StartsRecord {
  __archscoutContentScriptRuns?: number;
}

/**
 * Runs in each page before its own scripts: counts the add-on's content-script starts. WXT's
 * ContentScriptContext posts "<add-on id>:<script>:wxt:content-script-started" to the window as
 * the script starts, right before the script's main() runs; arriving a task later, it says that
 * the annotation's first look at the page has run up to its first wait.
 */
function countContentScriptStarts(addonId: string): void {
  const record = window as unknown as StartsRecord;
  record.__archscoutContentScriptRuns = 0;
  window.addEventListener(
    'message',
    (event) => {
      const type = (event.data as { type?: unknown } | null)?.type;
      const ours =
        typeof type === 'string' && type.startsWith(`${addonId}:`) && type.endsWith(':wxt:content-script-started');
      if (ours) record.__archscoutContentScriptRuns = (record.__archscoutContentScriptRuns ?? 0) + 1;
    },
    true,
  );
}

/** Resolves once one of the add-on's content scripts has started on `page`'s current document (openServed's pages). */
export async function contentScriptStarted(page: Page, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await page.evaluate(() => ((window as unknown as StartsRecord).__archscoutContentScriptRuns ?? 0) > 0))) {
    if (Date.now() > deadline) throw new Error(`no content script started on ${page.url()} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Waits until `page` shows `url` with a body. Polled from here rather than with waitForFunction,
 * which fails outright when its first evaluation lands in the window being replaced.
 */
async function untilDocument(page: Page, url: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const there = await page
      .evaluate((expected) => location.href === expected && document.body !== null, url)
      .catch(() => false); // between documents
    if (there) return;
    if (Date.now() > deadline) throw new Error(`${url} did not open within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
