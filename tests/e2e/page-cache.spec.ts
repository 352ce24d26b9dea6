import type { Page } from '@playwright/test';
import type { Catalog } from '@/catalog/types';
import { openPopup, optionNames, searchBox } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// Issue #8: extension pages render from a copy of the catalog and settings in localStorage
// (components/page-cache.ts) and then take over what IndexedDB and storage.local hold. The copy
// must speed the first render up and never stand in for the real data.

const CATALOG_KEY = 'archscout.cache.catalog';
const SETTINGS_KEY = 'archscout.cache.settings';

/** Records every option name the page ever shows, and types `query` the moment the search box exists. */
function watchOptions(query: string) {
  const seen = new Set<string>();
  (window as unknown as { __seen: Set<string> }).__seen = seen;
  new MutationObserver(() => {
    const box = document.querySelector<HTMLInputElement>('[role="combobox"]');
    if (box && box.dataset.typed === undefined) {
      box.dataset.typed = '';
      box.value = query;
      box.dispatchEvent(new Event('input', { bubbles: true }));
    }
    for (const option of document.querySelectorAll('[role="option"]'))
      seen.add(option.getAttribute('aria-label') ?? '');
  }).observe(document, { subtree: true, childList: true, attributes: true });
}

const seenOptions = (page: Page) => page.evaluate(() => [...(window as unknown as { __seen: Set<string> }).__seen]);

test('the popup searches its cached copy at once, then the installed catalog replaces a copy that differs', async ({
  ext,
}) => {
  const first = await openPopup(ext);
  const cached = await first.evaluate((key) => localStorage.getItem(key), CATALOG_KEY);
  expect(cached, 'the first open keeps a copy').not.toBeNull();
  const { stamp, value: catalog } = JSON.parse(cached as string) as { stamp: string; value: Catalog };

  // A copy that no longer matches what is installed (as after an update): one project renamed.
  const stale: Catalog = {
    ...catalog,
    hash: 'stale',
    projects: catalog.projects.map((p) => (p.id === 'rabbitmq' ? { ...p, name: 'Cachedonly MQ', keywords: [] } : p)),
  };
  await first.evaluate(([key, text]) => localStorage.setItem(key, text), [
    CATALOG_KEY,
    JSON.stringify({ stamp, value: stale }),
  ] as const);
  await first.close();

  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.addInitScript(watchOptions, 'cachedonly');
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  // The copy was searched before IndexedDB answered...
  await expect.poll(() => seenOptions(page)).toContainEqual(expect.stringMatching(/^Cachedonly MQ, /));
  // ...and the installed catalog took over: the renamed project is gone, the real one is there.
  await expect.poll(() => optionNames(page)).not.toContainEqual(expect.stringMatching(/^Cachedonly MQ/));
  await searchBox(page).fill('rabbitmq');
  await expect.poll(async () => (await optionNames(page))[0]).toMatch(/^RabbitMQ, /);
  const rewritten = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), CATALOG_KEY);
  expect(rewritten.value.hash).toBe(catalog.hash);
});

test('a damaged copy is ignored: the popup reads the installed catalog and writes a good copy', async ({ ext }) => {
  const first = await openPopup(ext);
  await first.evaluate((key) => localStorage.setItem(key, '{"stamp": "0.1.0", "value": {"hash": '), CATALOG_KEY);
  await first.close();
  const page = await openPopup(ext);
  await searchBox(page).fill('rabbitmq');
  await expect.poll(async () => (await optionNames(page))[0]).toMatch(/^RabbitMQ, /);
  const repaired = await page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? '{}'), CATALOG_KEY);
  expect(repaired.value.projects.length).toBeGreaterThan(40);
});

test('settings changed elsewhere win over the cached copy: the page follows storage.local', async ({
  ext,
  openExtensionPage,
}) => {
  const first = await openPopup(ext);
  expect(JSON.parse((await first.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY)) ?? '{}').language).toBe(
    'auto',
  );
  // The copy says Chinese, the stored settings (say, synced from another device) say English.
  await first.evaluate(
    (key) => localStorage.setItem(key, JSON.stringify({ language: 'zh_CN', theme: 'auto' })),
    SETTINGS_KEY,
  );
  await ext.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }
    ).chrome.storage.local.set({
      settings: { language: 'en' },
    }),
  );
  await first.close();
  const page = await openExtensionPage('newtab.html');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Recommended' })).toBeVisible();
  await expect
    .poll(
      async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), SETTINGS_KEY)) ?? '{}').language,
    )
    .toBe('en');
});

const INDEX_KEY = 'archscout.cache.searchIndex';

test('the search index is kept once built, and the next popup searches the kept copy; a damaged one is rebuilt', async ({
  ext,
}) => {
  const first = await openPopup(ext);
  // Kept when the first popup is idle, not before (it was built for the first keystroke or when idle).
  await expect.poll(() => first.evaluate((key) => localStorage.getItem(key), INDEX_KEY)).not.toBeNull();
  const kept = JSON.parse((await first.evaluate((key) => localStorage.getItem(key), INDEX_KEY)) as string);
  const catalog = JSON.parse((await first.evaluate((key) => localStorage.getItem(key), CATALOG_KEY)) as string);
  expect(kept.value.hash).toBe(catalog.value.hash);
  expect(kept.value.terms).toContain('rabbitmq');
  await first.close();

  // The kept copy, used: a typo and a Chinese query answer as on a freshly built index.
  const second = await openPopup(ext);
  await searchBox(second).fill('rabbtmq');
  await expect.poll(async () => (await optionNames(second))[0]).toMatch(/^RabbitMQ, /);
  await searchBox(second).fill('熔断');
  await expect.poll(async () => (await optionNames(second)).length).toBeGreaterThan(1);
  const chineseWithCopy = await optionNames(second);

  // A damaged copy (a posting pointing past the catalog) is refused: same answers, and a good copy is kept again.
  kept.value.postings.flat[0] = 1e9;
  await second.evaluate(([key, text]) => localStorage.setItem(key, text), [INDEX_KEY, JSON.stringify(kept)] as const);
  await second.close();
  const third = await openPopup(ext);
  await searchBox(third).fill('熔断');
  await expect.poll(() => optionNames(third)).toEqual(chineseWithCopy);
  await searchBox(third).fill('rabbtmq');
  await expect.poll(async () => (await optionNames(third))[0]).toMatch(/^RabbitMQ, /);
  await expect
    .poll(async () => JSON.parse((await third.evaluate((key) => localStorage.getItem(key), INDEX_KEY)) ?? '{}'))
    .toMatchObject({ value: { postings: { flat: expect.not.arrayContaining([1e9]) } } });
});
