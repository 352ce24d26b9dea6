import type { Page } from '@playwright/test';
import type { Category, Project } from '../../catalog/types';
import {
  HOSTILE_CATEGORY,
  HOSTILE_PROJECTS,
  hostileCatalog,
  hostileImportFile,
  MARKUP,
  rejectedImportFile,
} from '../fixtures/hostile/corpus';
import { annotation, serveGithub } from '../helpers/annotation';
import type { LaunchedExtension } from '../helpers/extension';
import {
  answerMatchWith,
  expectSafeRendering,
  horizontalOverflow,
  injectedElements,
  installCatalogForTest,
  realCatalog,
  trappedPage,
  unsafeLinks,
} from '../helpers/hostile';
import { importThroughBackground } from '../helpers/import-file';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #9: hostile catalog entries and imported favourites (markup, script URLs, right-to-left
// overrides, 10 KB names) rendered by every surface in real Chromium, with a trap armed: nothing
// executes, no markup is parsed, no non-http(s) link exists, and the layout stays usable.

/** Imports the hostile favourites and installs the hostile catalog, as a user's import and a catalog update would. */
async function seedHostileData(ext: LaunchedExtension): Promise<void> {
  await installCatalogForTest(ext, hostileCatalog(realCatalog()));
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  expect(await importThroughBackground(page, hostileImportFile())).toMatchObject({ ok: true, added: 8 });
  await page.close();
}

/** Hostile markup is on screen as text (a literal "<img src=x onerror=..." somewhere visible). */
async function expectMarkupShownAsText(page: Page): Promise<void> {
  await expect(page.getByText('<img src=x onerror=', { exact: false }).first()).toBeVisible();
}

/** The element is visible and lies within the viewport horizontally. */
async function expectWithinViewport(page: Page, locator: ReturnType<Page['locator']>): Promise<void> {
  await expect(locator).toBeVisible();
  const box = await locator.boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  if (!box) throw new Error('the element has no box');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(width + 1);
}

async function openTrapped(ext: LaunchedExtension, path: string, viewport?: { width: number; height: number }) {
  const trap = await trappedPage(ext);
  if (viewport) await trap.page.setViewportSize(viewport);
  await trap.page.goto(path.startsWith('chrome') ? path : `chrome-extension://${ext.extensionId}/${path}`);
  return trap;
}

test.describe('popup', () => {
  const POPUP = { width: 380, height: 600 }; // the toolbar popup's size (entrypoints/popup/style.css)

  test('hostile favourites and search results render as text, with no script links', async ({ ext }) => {
    await seedHostileData(ext);
    const trap = await openTrapped(ext, 'popup.html', POPUP);
    const { page } = trap;
    const box = page.getByRole('combobox').or(page.getByRole('searchbox'));
    // Idle: the favourites group lists the hostile favourites.
    await expect(page.getByRole('option').first()).toBeVisible();
    await expectMarkupShownAsText(page);
    await expectSafeRendering(trap);

    await box.fill('hostile');
    const options = page.getByRole('listbox').getByRole('option');
    await expect(options.filter({ hasText: 'Hostile <script>' })).not.toHaveCount(0);
    expect(await options.count()).toBeGreaterThanOrEqual(HOSTILE_PROJECTS.length);
    // Open every result's details (alternatives and links) too.
    for (const toggle of await page.locator('[aria-expanded="false"][aria-controls], button[aria-expanded]').all()) {
      if (await toggle.isVisible()) await toggle.click();
    }
    await expectMarkupShownAsText(page);
    await expectWithinViewport(page, box);
    await expectSafeRendering(trap);
    await page.screenshot({ path: test.info().outputPath('popup.png') });
  });
});

test.describe('new tab', () => {
  test('favourites (names, tags, notes), recommendations, categories and search stay text', async ({ ext }) => {
    await seedHostileData(ext);
    const trap = await openTrapped(ext, 'newtab.html?date=2026-02-01');
    const { page } = trap;
    const favourites = page.getByRole('region', { name: 'Favourites' });
    await expect(favourites.getByText('Orphan <img src=x', { exact: false }).first()).toBeVisible();
    await expect(favourites.getByText('<script>window.__pwned=true</script>', { exact: false }).first()).toBeVisible();
    const browse = page.getByRole('region', { name: 'Browse by category' });
    const hostileCategory = browse.getByText(HOSTILE_CATEGORY.name, { exact: false }).first();
    await expect(hostileCategory).toBeVisible();
    await hostileCategory.click();
    await expectSafeRendering(trap);

    const search = page.getByRole('combobox').or(page.getByRole('searchbox')).first();
    await search.fill('hostile');
    await expect(page.getByRole('option').filter({ hasText: 'Hostile <script>' }).first()).toBeVisible();
    await expectWithinViewport(page, search);
    await expectSafeRendering(trap);
    await page.screenshot({ path: test.info().outputPath('newtab.png'), fullPage: true });
  });

  test('in Chinese, the hostile category and summaries stay text too', async ({ ext }) => {
    await seedHostileData(ext);
    await setSettings(ext, { language: 'zh_CN' });
    const trap = await openTrapped(ext, 'newtab.html?date=2026-02-01');
    const browse = trap.page.getByRole('region', { name: '按类别浏览' });
    await expect(browse.getByText(HOSTILE_CATEGORY.nameZh, { exact: false }).first()).toBeVisible();
    await expectSafeRendering(trap);
  });

  test('a narrow window does not scroll sideways either', async ({ ext }) => {
    await seedHostileData(ext);
    const trap = await openTrapped(ext, 'newtab.html?date=2026-02-01', { width: 800, height: 900 });
    await expect(
      trap.page.getByRole('region', { name: 'Favourites' }).getByText('Orphan', { exact: false }).first(),
    ).toBeVisible();
    await expectSafeRendering(trap);
  });
});

test.describe('options page', () => {
  const importInput = (page: Page) => page.getByLabel('Import from a JSON file…');

  test('importing the hostile file works; refusing the bad one lists reasons as text', async ({ ext }) => {
    const trap = await openTrapped(ext, 'options.html');
    const { page } = trap;
    await importInput(page).setInputFiles({
      name: `${MARKUP.img}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(hostileImportFile()),
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('8 added');
    await expectSafeRendering(trap);

    await importInput(page).setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(rejectedImportFile()),
    });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('http(s)');
    await expect(alert).toContainText(/200 characters/);
    await expectSafeRendering(trap);
  });
});

test.describe('annotation on GitHub', () => {
  const byId = (id: string) => HOSTILE_PROJECTS.find((p) => p.id === id) as Project;
  const category = (id: string) => realCatalog().categories.find((c) => c.id === id) as Category;

  test('a hostile card: name, categories, summaries, alternatives and compare view stay text', async ({ ext }) => {
    await answerMatchWith(ext, {
      project: byId('hostile-script'),
      categories: [HOSTILE_CATEGORY, category('message-queue')],
      alternatives: [byId('hostile-long'), byId('hostile-rtl'), byId('hostile-data')],
      isFavourite: false,
      dismissed: false,
    });
    await serveGithub(ext);
    const trap = await trappedPage(ext);
    const { page } = trap;
    await page.goto('https://github.com/etcd-io/etcd');
    const host = annotation(page);
    await expect(host).toHaveCount(1);
    await expect(host.getByRole('heading', { name: /Hostile <script>/ })).toBeVisible();
    await expectMarkupShownAsText(page);
    // Alternatives with script URLs are text, not links; the http(s) homepage stays a link.
    await expect(host.getByRole('link', { name: /Evil/ })).toHaveAttribute('href', /^https:\/\/example\.org\//);
    await expect(host.getByRole('link', { name: /W{20}/ })).toHaveCount(0);
    const compare = host.getByRole('button', { name: /compare/i });
    if (await compare.count()) await compare.first().click();
    await expectSafeRendering(trap);
    // The card stays inside the sidebar: 10 KB names wrap or clip instead of widening it.
    const card = await host.boundingBox();
    expect(card && card.x + card.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 1280);
    await page.screenshot({ path: test.info().outputPath('annotation.png'), fullPage: true });
  });

  test('the floating badge on a sub-page stays text too', async ({ ext }) => {
    await answerMatchWith(ext, {
      project: byId('hostile-long'),
      categories: [HOSTILE_CATEGORY],
      alternatives: [byId('hostile-script'), byId('hostile-data')],
      isFavourite: false,
      dismissed: false,
    });
    await serveGithub(ext);
    const trap = await trappedPage(ext);
    await trap.page.goto('https://github.com/etcd-io/etcd/issues/1');
    const host = annotation(trap.page);
    await expect(host).toHaveAttribute('data-placement', 'floating');
    const pill = host.getByRole('button', { expanded: false }).first();
    await pill.click();
    await expect(host.getByText('W'.repeat(40), { exact: false }).first()).toBeVisible();
    await expectSafeRendering(trap);
  });
});

test('control: the checks catch a page that does render hostile data unsafely', async ({ ext }) => {
  // What the surfaces above must never do: markup parsed, a script link, a 10 KB word, a dialog.
  const unsafe = `<!doctype html><html><body><p>${MARKUP.img}</p>
    <a href="javascript:window.__pwned=true">x</a><div>${'W'.repeat(10_240)}</div>
    <script>alert('pwned')</script></body></html>`;
  await ext.serve('https://example.org/**', unsafe);
  const trap = await trappedPage(ext);
  await trap.page.goto('https://example.org/');
  await expect.poll(() => trap.page.evaluate(() => (window as unknown as { __pwned: boolean }).__pwned)).toBe(true);
  expect(await injectedElements(trap.page)).toEqual([
    '<img src="x" onerror="window.__pwned=true">',
    "<script>alert('pwned')</script>",
  ]);
  expect(await unsafeLinks(trap.page)).toEqual(['javascript:window.__pwned=true']);
  expect(await horizontalOverflow(trap.page)).toBeGreaterThan(1000);
  expect(trap.dialogs).toEqual(['alert: pwned']);
});
