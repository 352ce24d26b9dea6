// The extension in a real Firefox (Debian's firefox-esr): the Firefox build's popup, new tab,
// options page, background and GitHub content script, end to end. The Playwright specs
// (tests/e2e) cover each surface in depth in Chromium; these check that the same behaviour
// holds where the platform differs: an event-page background instead of a service worker,
// Firefox's IndexedDB, storage and messaging, moz-extension:// pages, MV3 host permissions.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { alternativesOf } from '@/catalog/alternatives';
import { favouriteKey } from '@/catalog/sync/sync-entry';
import type { Catalog } from '@/catalog/types';
import { githubPage } from '../helpers/annotation';
import { contentScriptStarted, type FirefoxExtension, launchFirefoxExtension } from '../helpers/firefox';
import { contentScriptsMatch } from '../helpers/firefox-chrome';
import { favouriteCardNames, favouriteIds, sendFromPage } from '../helpers/firefox-pages';
import { fixture } from '../helpers/fixture-page';
import { ROOT } from '../helpers/paths';

const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog/data/catalog.json'), 'utf8')) as Catalog;
const zhMessages = JSON.parse(readFileSync(join(ROOT, 'public/_locales/zh_CN/messages.json'), 'utf8'));
const POPUP_SIZE = { width: 380, height: 600 };
const github = (url: URL) => (url.hostname === 'github.com' ? githubPage(url, 'react') : undefined);

let firefox: FirefoxExtension;

beforeAll(async () => {
  firefox = await launchFirefoxExtension();
});

afterAll(async () => {
  await firefox?.close();
});

/** Waits until the popup's results list has the installed catalog (no longer busy). */
async function openPopup(): Promise<Page> {
  const page = await firefox.openPage('popup.html', POPUP_SIZE);
  await page.waitForSelector('[role="listbox"]:not([aria-busy="true"])');
  return page;
}

/** Types `query` into the popup's search box and returns the options' accessible names once they settle on `first`. */
async function search(page: Page, query: string, first: (name: string) => boolean): Promise<string[]> {
  const box = await page.waitForSelector('[role="combobox"]');
  await box?.click({ count: 3 }); // select what is there, so typing replaces it
  await page.keyboard.press('Backspace');
  await page.keyboard.type(query);
  const names = () =>
    page.$$eval('[role="listbox"] [role="option"]', (options) =>
      options.map((o) => o.getAttribute('aria-label') ?? ''),
    );
  await expect.poll(async () => first((await names())[0] ?? ''), { timeout: 10_000 }).toBe(true);
  return names();
}

const projectName = (id: string) => catalog.projects.find((project) => project.id === id)?.name ?? id;
const categoryProjects = (categoryId: string) =>
  new Set(catalog.projects.filter((project) => project.categories.includes(categoryId)).map((p) => p.name));

/** Writes an export-format file with `favourites` (and `extra` fields) to a temporary folder; its path. */
function exportFile(folder: string, name: string, favourites: unknown[], extra: Record<string, unknown> = {}): string {
  const path = join(folder, name);
  const body = { format: 'archscout', version: 1, exportedAt: '2026-01-31T12:00:00.000Z', favourites, ...extra };
  writeFileSync(path, JSON.stringify(body));
  return path;
}

const categoryName = (categoryId: string) => catalog.categories.find((c) => c.id === categoryId)?.name ?? categoryId;

describe('Archscout in Firefox', () => {
  it('the popup searches the installed catalog in English and in Chinese', async () => {
    const page = await openPopup();
    await search(page, 'rabbitmq', (name) => name.startsWith('RabbitMQ, '));
    // A category in Chinese: the first result is one of that category's projects.
    const queues = categoryProjects('message-queue');
    const names = await search(page, '消息队列', (name) => [...queues].some((q) => name.startsWith(`${q}, `)));
    expect(names.length).toBeGreaterThan(1);
    await page.close();
  });

  it('a favourite set in the popup is kept by the background, shown on the new tab and synced', async () => {
    const name = projectName('etcd');
    const popup = await openPopup();
    await search(popup, 'etcd', (option) => option.startsWith(`${name}, `));
    await popup.click(`button[aria-label="Add ${name} to favourites"]`);
    await popup.waitForSelector(`button[aria-label="Remove ${name} from favourites"][aria-pressed="true"]`);
    await popup.close();

    // A new popup reads it back from the background's database.
    const again = await openPopup();
    await search(again, 'etcd', (option) => option.startsWith(`${name}, `));
    await again.waitForSelector(`button[aria-label="Remove ${name} from favourites"][aria-pressed="true"]`);
    await again.close();

    const newtab = await firefox.openPage('newtab.html');
    await expect.poll(() => favouriteCardNames(newtab), { timeout: 10_000 }).toContain(name);
    // And the background hands it to the browser's own sync (catalog/sync: one key per favourite).
    const syncedKeys = () =>
      newtab.evaluate(async () =>
        Object.keys(
          await (
            globalThis as unknown as { browser: { storage: { sync: { get(k: null): Promise<object> } } } }
          ).browser.storage.sync.get(null),
        ),
      );
    await expect.poll(syncedKeys, { timeout: 10_000 }).toContain(favouriteKey('etcd'));
    await newtab.close();
  });

  it('the new tab recommends projects, each with its reason', async () => {
    const page = await firefox.openPage('newtab.html');
    await page.waitForSelector('#recommended li');
    const cards = await page.$$eval('#recommended li', (items) =>
      items.map((item) => ({
        name: item.querySelector('h3')?.textContent?.trim() ?? '',
        reason: item.querySelector('.rec__reason')?.textContent?.trim() ?? '',
      })),
    );
    const names = new Set(catalog.projects.map((project) => project.name));
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      expect(names).toContain(card.name);
      expect(card.reason).not.toBe('');
    }
    await page.close();
  });

  it('the GitHub content script annotates a listed repository and leaves an unlisted one alone', async () => {
    const page = await firefox.openServed('https://github.com/etcd-io/etcd', github);
    const etcd = catalog.projects.find((project) => project.id === 'etcd');
    const shadowText = () =>
      page.evaluate(() => document.querySelector('archscout-annotation')?.shadowRoot?.textContent ?? '');
    await expect.poll(shadowText, { timeout: 10_000 }).toContain(categoryName(etcd?.categories[0] ?? ''));
    const links = await page.evaluate(() =>
      [...(document.querySelector('archscout-annotation')?.shadowRoot?.querySelectorAll('a') ?? [])].map((a) => ({
        text: a.textContent?.trim() ?? '',
        href: a.href,
      })),
    );
    const alternatives = alternativesOf(catalog, 'etcd').map((project) => project.name);
    expect(alternatives.length).toBeGreaterThan(0);
    for (const alternative of alternatives) expect(links.map((link) => link.text)).toContain(alternative);
    for (const link of links) expect(link.href).toMatch(/^https?:\/\//);
    await page.close();

    const unlisted = await firefox.openServed('https://github.com/archscout-tests/not-in-the-catalog', github);
    // The script runs after the load event (modules/deferred-content-scripts): once it has
    // started, its look at the page found no project.
    await contentScriptStarted(unlisted);
    expect(await unlisted.$('archscout-annotation')).toBeNull();
    // And it answers for this page: moved softly to a listed repository it annotates it, and back
    // here the annotation goes (a card on its way for this page would keep it).
    const shown = () =>
      unlisted.evaluate(() => document.querySelector('archscout-annotation')?.getAttribute('data-project') ?? null);
    await unlisted.evaluate(() => history.pushState({}, '', '/etcd-io/etcd'));
    await expect.poll(shown, { timeout: 10_000 }).toBe('etcd');
    await unlisted.evaluate(() => history.pushState({}, '', '/archscout-tests/not-in-the-catalog'));
    await expect.poll(shown, { timeout: 10_000 }).toBeNull();
    await unlisted.close();
  });

  it("the annotation's star favourites the project through the background", async () => {
    const page = await firefox.openServed('https://github.com/ceph/ceph', github);
    const star = () =>
      page.evaluate(() => {
        const button = document
          .querySelector('archscout-annotation')
          ?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-pressed]');
        return button
          ? { pressed: button.getAttribute('aria-pressed'), label: button.getAttribute('aria-label') }
          : null;
      });
    await expect
      .poll(star, { timeout: 10_000 })
      .toEqual({ pressed: 'false', label: `Add ${projectName('ceph')} to favourites` });
    await page.evaluate(() =>
      document
        .querySelector('archscout-annotation')
        ?.shadowRoot?.querySelector<HTMLButtonElement>('button[aria-pressed]')
        ?.click(),
    );
    await expect.poll(star, { timeout: 10_000 }).toMatchObject({ pressed: 'true' });
    await page.close();
    const options = await firefox.openPage('options.html');
    await expect.poll(() => favouriteIds(options), { timeout: 10_000 }).toContain('ceph');
    await options.close();
  });

  it("on a listed project's GitHub page the toolbar button names it and the popup starts with it", async () => {
    const repoPage = await firefox.openServed('https://github.com/etcd-io/etcd', github);
    const control = await firefox.openPage('options.html');
    type Tabs = { tabs: { query(q: object): Promise<{ id?: number }[]> } };
    type Action = { action: { getTitle(d: { tabId: number }): Promise<string> } };
    const tabId = await control.evaluate(async () => {
      const api = (globalThis as unknown as { browser: Tabs }).browser;
      return (await api.tabs.query({ url: 'https://github.com/etcd-io/etcd' }))[0]?.id;
    });
    expect(tabId).toBeTypeOf('number');
    const title = () =>
      control.evaluate(
        (id) => (globalThis as unknown as { browser: Action }).browser.action.getTitle({ tabId: id }),
        tabId as number,
      );
    const etcd = catalog.projects.find((project) => project.id === 'etcd');
    await expect
      .poll(title, { timeout: 10_000 })
      .toBe(`${projectName('etcd')} · ${categoryName(etcd?.categories[0] ?? '')}`);

    // The popup, told which tab is current (the test-only ?tab=, as in the Chromium specs).
    const popup = await firefox.openPage(`popup.html?tab=${tabId}`, POPUP_SIZE);
    const firstGroup = () =>
      popup.evaluate(() => {
        const group = document.querySelector('[role="listbox"] [role="group"]');
        const labelId = group?.getAttribute('aria-labelledby');
        return {
          label: (labelId && document.getElementById(labelId)?.textContent?.trim()) ?? '',
          first: group?.querySelector('[role="option"]')?.getAttribute('aria-label') ?? '',
        };
      });
    await expect.poll(async () => (await firstGroup()).first, { timeout: 10_000 }).toMatch(/^etcd, /);
    expect((await firstGroup()).label).toBe('On this page');
    for (const page of [popup, control, repoPage]) await page.close();
  });

  it('the docs content script badges a listed documentation path and no other path on that host', async () => {
    const docs = (url: URL) =>
      ['developers.google.com', 'particular.net'].includes(url.hostname) && url.pathname !== '/favicon.ico'
        ? fixture('docs/devsite-page.html', url)
        : undefined;
    const page = await firefox.openServed('https://developers.google.com/protocol-buffers/docs/overview', docs);
    await page.waitForSelector('archscout-annotation[data-project="protocol-buffers"]', { timeout: 10_000 });
    const pill = () =>
      page.evaluate(() => document.querySelector('archscout-annotation')?.shadowRoot?.textContent ?? '');
    await expect.poll(pill, { timeout: 10_000 }).toContain(projectName('protocol-buffers'));
    await page.close();

    // The listed path itself, without its trailing slash (NServiceBus's homepage): Firefox does
    // not take a "/nservicebus/*" pattern to cover it (catalog/build-catalog.ts docsMatchPatterns).
    const homepage = await firefox.openServed('https://particular.net/nservicebus', docs);
    await homepage.waitForSelector('archscout-annotation[data-project="nservicebus"]', { timeout: 10_000 });
    await homepage.close();

    // Another path on that host: Firefox's own match of the scripts' patterns injects none there.
    const maps = 'https://developers.google.com/maps/';
    expect(await contentScriptsMatch(firefox.browser, firefox.addonId, maps)).toBe(false);
    const other = await firefox.openServed(maps, docs);
    expect(await other.$('archscout-annotation')).toBeNull();
    await other.close();
  });

  it("on a single-page app's host the docs script sees an in-page move into the listed path, and out of it", async () => {
    // developer.hashicorp.com goes from /vault/ to /consul/ without a page load: the script must
    // already run on /vault/ (curation.json singlePageAppHosts) and hear the move, which in
    // Firefox comes through the Navigation API inside the content script's sandbox.
    const page = await firefox.openServed('https://developer.hashicorp.com/vault/docs', (url) =>
      url.hostname === 'developer.hashicorp.com' && url.pathname !== '/favicon.ico'
        ? fixture('docs/docusaurus-dark.html', url)
        : undefined,
    );
    const shown = () =>
      page.evaluate(() => document.querySelector('archscout-annotation')?.getAttribute('data-project') ?? null);
    await contentScriptStarted(page); // it has looked at /vault/ (after the load event)
    expect(await shown()).toBeNull();
    await page.evaluate(() => history.pushState({}, '', '/consul/docs/intro'));
    await expect.poll(shown, { timeout: 10_000 }).toBe('consul');
    await page.evaluate(() => history.pushState({}, '', '/terraform/docs'));
    await expect.poll(shown, { timeout: 10_000 }).toBeNull();
    await page.close();
  });

  it('importing a good file adds its favourites; a bad one is refused with its reasons and changes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'archscout-import-'));
    try {
      const page = await firefox.openPage('options.html');
      const input = async () => {
        const found = await page.waitForSelector('input[type="file"]');
        if (!found) throw new Error('no file input on the options page');
        return found;
      };
      const before = await favouriteIds(page); // etcd, from the favourites test above
      await (await input()).uploadFile(
        exportFile(folder, 'good.json', [
          { id: 'zookeeper', name: 'ZooKeeper', addedAt: '2026-01-02T10:00:00.000Z', tags: ['coordination'] },
          { id: 'consul', name: 'Consul', addedAt: '2026-01-03T10:00:00.000Z', note: 'try the KV store' },
        ]),
      );
      const status = () => page.evaluate(() => document.querySelector('.import [role="status"]')?.textContent ?? '');
      await expect.poll(status, { timeout: 10_000 }).toContain('Imported: 2 added, 0 updated.');
      const after = [...new Set([...before, 'consul', 'zookeeper'])].sort();
      expect(await favouriteIds(page)).toEqual(after);

      await (await input()).uploadFile(
        exportFile(folder, 'bad.json', [
          { id: 'nsq', name: 'NSQ', addedAt: '2026-01-02T10:00:00.000Z', url: 'javascript:alert(1)' },
        ]),
      );
      const alert = () => page.evaluate(() => document.querySelector('.import [role="alert"]')?.textContent ?? '');
      await expect.poll(alert, { timeout: 10_000 }).toContain('Nothing was imported');
      expect(await alert()).toContain('favourites[0].url: must be an http(s) URL.');
      expect(await favouriteIds(page)).toEqual(after);
      await page.close();
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('settings chosen on the options page apply to the popup: language and theme', async () => {
    const options = await firefox.openPage('options.html');
    try {
      await (await options.waitForSelector('input[name="language"][value="zh_CN"]'))?.click();
      await (await options.waitForSelector('input[name="theme"][value="dark"]'))?.click();
      await options.waitForSelector('input[name="theme"][value="dark"]:checked');
      const popup = await firefox.openPage('popup.html', POPUP_SIZE);
      await popup.waitForSelector(`[role="combobox"][aria-label="${zhMessages.popupSearchLabel.message}"]`);
      expect(await popup.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
      expect(await popup.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
      await popup.close();
    } finally {
      // The browser is shared by this file's tests: leave the settings as the others expect them.
      await sendFromPage(options, { type: 'settings.set', patch: { language: 'auto', theme: 'auto' } });
      await options.close();
    }
  });

  it('favourites survive the add-on being updated in place', async () => {
    const page = await firefox.openPage('options.html');
    // Its own favourite, whatever ran before it (the browser is shared by this file's tests).
    await sendFromPage(page, { type: 'favourites.set', id: 'nginx', on: true });
    const before = await favouriteIds(page);
    expect(before).toContain('nginx');
    // Installing the same add-on id again is an update: Firefox stops the add-on, closing its
    // pages (so this one goes: proof that it really restarted), and starts it with its data.
    await firefox.reinstall();
    const gone = () =>
      page
        .evaluate(() => location.href)
        .then(
          () => false,
          () => true,
        );
    await expect.poll(gone, { timeout: 10_000 }).toBe(true);
    const after = await firefox.openPage('options.html');
    await expect.poll(() => favouriteIds(after).catch(() => []), { timeout: 10_000 }).toEqual(before);
    await after.close();
  });

  it('no page threw or logged an error', () => {
    expect(firefox.errors).toEqual([]);
  });
});
