// Helpers for the popup's end-to-end tests (issue #5).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';
import type { Catalog, Project } from '@/catalog/types';
import type { LaunchedExtension } from './extension';
import { ROOT } from './paths';

/** The `chrome` global inside the service worker, as far as these helpers use it (no @types/chrome here). */
interface SwChrome {
  chrome: {
    tabs: { query(info: object): Promise<{ id?: number; active: boolean }[]> };
    storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
    action: { getTitle(d: { tabId: number }): Promise<string>; getBadgeText(d: { tabId: number }): Promise<string> };
  };
}

const catalog = JSON.parse(readFileSync(join(ROOT, 'catalog/data/catalog.json'), 'utf8')) as Catalog;

export function catalogProject(id: string): Project {
  const project = catalog.projects.find((p) => p.id === id);
  if (!project) throw new Error(`no project "${id}" in catalog/data/catalog.json`);
  return project;
}

/**
 * Opens popup.html in a tab (Playwright cannot open the toolbar popup itself) and waits until
 * the catalog is loaded. `tab` is the test-only override naming the tab to treat as current.
 */
export async function openPopup(ext: LaunchedExtension, { tab }: { tab?: number } = {}): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html${tab === undefined ? '' : `?tab=${tab}`}`);
  await expect(page.getByRole('listbox')).not.toHaveAttribute('aria-busy', 'true');
  return page;
}

interface LookupRecord {
  __archscoutTabLookup?: Set<string>;
}

/**
 * openPopup for `tab`, resolving once the popup has looked that tab up: the two reads its lookup
 * makes (components/current-tab.ts: the tab's record in storage.session and its badge, wrapped
 * in the page before its scripts run) have answered, and a task later what they say is drawn.
 * Before that, no "On this page" proves nothing.
 */
export async function openPopupForTab(ext: LaunchedExtension, tab: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const answered = new Set<string>();
    (window as unknown as LookupRecord).__archscoutTabLookup = answered;
    type Api = Record<string, (...args: unknown[]) => Promise<unknown>>;
    const { chrome } = globalThis as unknown as { chrome: { storage: { session: Api }; action: Api } };
    const watch = (api: Api, method: string, name: string) => {
      const call = api[method].bind(api);
      api[method] = (...args) => {
        const answer = call(...args);
        const done = () => answered.add(name);
        answer.then(done, done);
        return answer;
      };
    };
    watch(chrome.storage.session, 'get', 'record');
    watch(chrome.action, 'getBadgeText', 'badge');
  });
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tab}`);
  await expect(page.getByRole('listbox')).not.toHaveAttribute('aria-busy', 'true');
  await expect
    .poll(() => page.evaluate(() => [...((window as unknown as LookupRecord).__archscoutTabLookup ?? [])].sort()))
    .toEqual(['badge', 'record']);
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 0)));
  return page;
}

/** The search box (its name depends on the UI language: "Search projects", "搜索项目"). */
export function searchBox(page: Page) {
  return page.getByRole('combobox');
}

/** Searches `query` and stars the project named `name` in the results, as a user does; waits until its star is pressed. */
export async function favouriteFromPopup(popup: Page, query: string, name: string): Promise<void> {
  await searchBox(popup).fill(query);
  await popup.getByRole('button', { name: `Add ${name} to favourites` }).click();
  await expect(popup.getByRole('button', { name: `Remove ${name} from favourites` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
}

/** The accessible names of the listed options, in order. */
export async function optionNames(page: Page): Promise<string[]> {
  return page
    .getByRole('listbox')
    .getByRole('option')
    .evaluateAll((options) => options.map((o) => o.getAttribute('aria-label') ?? ''));
}

/** Every tab's id and whether it is active, from the service worker (ids need no `tabs` permission). */
export async function tabs(ext: LaunchedExtension): Promise<{ id?: number; active: boolean }[]> {
  return ext.serviceWorker.evaluate(() => (globalThis as unknown as SwChrome).chrome.tabs.query({}));
}

/** The id of the tab whose content script reported `projectId` (the record the popup reads). */
export async function tabShowing(ext: LaunchedExtension, projectId: string): Promise<number> {
  let found: number | undefined;
  await expect
    .poll(
      async () => {
        const records = await ext.serviceWorker.evaluate(() =>
          (globalThis as unknown as SwChrome).chrome.storage.session.get(null),
        );
        const key = Object.keys(records).find((k) => k.startsWith('tabMatch:') && records[k] === projectId);
        found = key === undefined ? undefined : Number(key.slice('tabMatch:'.length));
        return found;
      },
      { message: `a tab reported as showing "${projectId}"` },
    )
    .toBeDefined();
  return found as number;
}

export async function actionState(ext: LaunchedExtension, tabId: number): Promise<{ title: string; badge: string }> {
  return ext.serviceWorker.evaluate(async (id) => {
    const { action } = (globalThis as unknown as SwChrome).chrome;
    return { title: await action.getTitle({ tabId: id }), badge: await action.getBadgeText({ tabId: id }) };
  }, tabId);
}

interface PageTabs {
  tabs: { create(properties: { url?: string; active?: boolean }): Promise<unknown> };
}

/**
 * Starts recording the URLs `page` (the popup, the new tab) asks to open: tabs.create, wrapped in
 * the page (`chrome` and `browser`), still reaching Chromium. The page opens a tab in the key or
 * click handler itself, so once a later key's URL is in the record, an earlier key that opened
 * something is in it too: how a test shows that a key opened nothing.
 */
export async function recordOpenedTabs(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const scope = globalThis as unknown as { chrome: PageTabs; browser?: PageTabs; archscoutTestOpened?: string[] };
    const opened: string[] = [];
    scope.archscoutTestOpened = opened;
    for (const tabs of new Set([scope.chrome.tabs, scope.browser?.tabs])) {
      if (!tabs) continue;
      const create = tabs.create.bind(tabs);
      tabs.create = (properties) => {
        opened.push(properties.url ?? '');
        return create(properties);
      };
    }
  });
  return () => page.evaluate(() => [...((globalThis as { archscoutTestOpened?: string[] }).archscoutTestOpened ?? [])]);
}
