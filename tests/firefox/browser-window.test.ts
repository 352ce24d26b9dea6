// What Archscout adds to Firefox's own window, driven the way a user meets it: the `arch`
// keyword typed into the address bar and Enter pressed on a row, a new tab opened by the
// browser's own command, the Alt+Shift+A shortcut (tests/helpers/firefox-chrome.ts). The
// Chromium specs (popup-omnibox.spec.ts, omnibox-input.spec.ts, newtab*.spec.ts,
// toolbar-popup.spec.ts) cover each in depth.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '@/catalog/types';
import { type FirefoxExtension, launchFirefoxExtension } from '../helpers/firefox';
import { inBrowserWindow, pressEnterOnRow, typeInAddressBar } from '../helpers/firefox-chrome';
import { sendFromPage } from '../helpers/firefox-pages';
import { ROOT } from '../helpers/paths';

// The add-on id as Firefox writes it into element ids (archscout@archscout.dev).
const ADDON_KEYSET = 'archscout_archscout_dev';
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
const catalog = read('catalog/data/catalog.json') as Catalog;
const en = read('public/_locales/en/messages.json');
const zh = read('public/_locales/zh_CN/messages.json');
const categoryName = (id: string, lang: 'en' | 'zh') => {
  const category = catalog.categories.find((c) => c.id === id);
  return lang === 'zh' ? category?.nameZh : category?.name;
};

let firefox: FirefoxExtension;

beforeAll(async () => {
  // Extensions cannot say when they have suggested all they will, so Firefox ends each keyword
  // query only after this timeout (3 s by default; UrlbarProviderOmnibox). Ours suggest within
  // a few tens of milliseconds: 1 s keeps each typed query fast and still waits long enough.
  firefox = await launchFirefoxExtension({ prefs: { 'browser.urlbar.extension.omnibox.timeout': 1_000 } });
});

afterAll(async () => {
  await firefox?.close();
});

/** A tab on a served web page: every https page it goes to is served (a title naming the URL). */
function servedTab(): Promise<Page> {
  return firefox.openServed('https://example.org/', (url) =>
    url.protocol === 'https:' && url.pathname !== '/favicon.ico'
      ? `<!doctype html><title>${url.href}</title><h1>${url.href}</h1>`
      : undefined,
  );
}

const suggestions = <Row extends { heuristic: boolean }>(rows: Row[]) => rows.filter((row) => !row.heuristic);

describe('Firefox address bar and new tab', () => {
  it('"arch etcd" lists etcd as plain text; Enter on it, or on typed text, opens the project in this tab', async () => {
    const tab = await servedTab();
    const rows = await typeInAddressBar(firefox.browser, 'arch etcd');
    // The first row is the keyword's own line (Enter on it sends the typed text), then ours.
    expect(rows[0]).toMatchObject({ heuristic: true, title: en.popupOmniboxDefault.message });
    expect(rows[1]).toMatchObject({ content: 'arch https://etcd.io/' });
    // Firefox shows descriptions as they are: no <match>/<dim> markup, no XML escapes.
    expect(rows[1]?.title).toMatch(new RegExp(`^etcd — ${categoryName('service-discovery', 'en')} · [^<&]+$`));
    await pressEnterOnRow(firefox.browser, 1);
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe('https://etcd.io/');

    await typeInAddressBar(firefox.browser, 'arch rabitmq');
    await pressEnterOnRow(firefox.browser, 0);
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe('https://www.rabbitmq.com/');
    await tab.close();
  });

  it('a link after "arch" lists only its project; an unlisted one lists nothing and Enter stays put', async () => {
    const tab = await servedTab();
    const loads: string[] = [];
    tab.on('request', (request) => {
      if (request.isNavigationRequest()) loads.push(request.url());
    });
    const linked = await typeInAddressBar(firefox.browser, 'arch github.com/coreos/etcd/issues/1');
    expect(suggestions(linked).map((row) => row.content)).toEqual(['arch https://etcd.io/']);
    const unlisted = await typeInAddressBar(firefox.browser, 'arch github.com/apache/kafka');
    expect(suggestions(unlisted)).toEqual([]);
    await pressEnterOnRow(firefox.browser, 0);
    // Then Enter on a name: the add-on hears each Enter in turn and each reads the settings
    // before it opens, so the page this one loads is asked for after any the first one opened.
    await typeInAddressBar(firefox.browser, 'arch etcd');
    await pressEnterOnRow(firefox.browser, 0);
    await expect.poll(() => tab.url(), { timeout: 10_000 }).toBe('https://etcd.io/');
    expect(loads, 'the unlisted link loaded nothing').toEqual(['https://etcd.io/']);
    await tab.close();
  });

  it('the first line never describes the previous keystroke, and follows the language setting', async () => {
    // Firefox builds the first line before the extension hears the text: a line set per
    // keystroke would still say "no match for “qqqxxzz”" above etcd's suggestion.
    expect(suggestions(await typeInAddressBar(firefox.browser, 'arch qqqxxzz'))).toEqual([]);
    const rows = await typeInAddressBar(firefox.browser, 'arch etcd');
    expect(rows[0]?.title).toBe(en.popupOmniboxDefault.message);

    const options = await firefox.openPage('options.html');
    try {
      await sendFromPage(options, { type: 'settings.set', patch: { language: 'zh_CN' } });
      const hint = async () => (await typeInAddressBar(firefox.browser, 'arch 消息队列'))[0]?.title;
      await expect.poll(hint, { timeout: 10_000 }).toBe(zh.popupOmniboxDefault.message);
      const queues = suggestions(await typeInAddressBar(firefox.browser, 'arch 消息队列'));
      expect(queues.length).toBeGreaterThan(1);
      for (const row of queues) expect(row.title).toContain(` — ${categoryName('message-queue', 'zh')} · `);
    } finally {
      await sendFromPage(options, { type: 'settings.set', patch: { language: 'en' } });
      await options.close();
    }
  });

  it("a new tab opened by the browser is Archscout's, with its regions, and leaves the address bar empty", async () => {
    const opened = await inBrowserWindow<{ url: string; addressBar: string }>(
      firefox.browser,
      `(async () => {
        BrowserCommands.openTab();
        const browser = gBrowser.selectedBrowser;
        for (let i = 0; i < 100 && !browser.currentURI.spec.startsWith('moz-extension:'); i++) {
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return JSON.stringify({ url: browser.currentURI.spec, addressBar: gURLBar.value });
      })()`,
    );
    expect(opened.url).toMatch(/^moz-extension:\/\/[0-9a-f-]+\/newtab\.html$/);
    // Firefox treats the override as its new-tab page: nothing in the address bar to delete.
    expect(opened.addressBar).toBe('');

    // Puppeteer lists the tab; find it by what it shows.
    const pages = await firefox.browser.pages();
    const hrefs = await Promise.all(pages.map((page) => page.evaluate(() => location.href).catch(() => '')));
    const newtab = pages[hrefs.indexOf(opened.url)];
    expect(newtab).toBeDefined();
    const headings = () =>
      newtab?.evaluate(() => [...document.querySelectorAll('h2')].map((h) => h.textContent?.trim() ?? ''));
    for (const region of ['Recommended for you', 'Favourites', 'Project of the day', 'Browse by category']) {
      await expect.poll(headings, { timeout: 10_000 }).toContain(region);
    }
    await newtab?.waitForSelector('#recommended li .rec__reason');
    await newtab?.close();
  });

  it('Alt+Shift+A is registered for the add-on and opens its popup', async () => {
    const shortcut = await inBrowserWindow<{ key: string | null; modifiers: string | null; popup: string }>(
      firefox.browser,
      `(async () => {
        // Firefox turns the manifest's commands into <key> elements of a keyset per add-on; a
        // matching key press fires "command" on the element, as this does.
        const key = document.querySelector('#ext-keyset-id-${ADDON_KEYSET} key');
        const event = document.createEvent('XULCommandEvent');
        event.initCommandEvent('command', true, true, window, 0, false, false, false, false, 0, null, 0);
        key?.dispatchEvent(event);
        const popup = () => [...document.querySelectorAll('browser')]
          .map((browser) => browser.currentURI?.spec ?? '')
          .find((url) => url.endsWith('/popup.html')) ?? '';
        for (let i = 0; i < 100 && !popup(); i++) await new Promise((resolve) => setTimeout(resolve, 50));
        return JSON.stringify({ key: key?.getAttribute('key') ?? null, modifiers: key?.getAttribute('modifiers') ?? null, popup: popup() });
      })()`,
    );
    expect(shortcut).toEqual({
      key: 'A',
      modifiers: 'alt,shift',
      popup: expect.stringMatching(/^moz-extension:\/\/[0-9a-f-]+\/popup\.html$/),
    });
  });

  it('no page threw or logged an error', () => {
    expect(firefox.errors).toEqual([]);
  });
});
