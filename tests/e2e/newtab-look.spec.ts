import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openNewTab, region, send } from '../helpers/newtab';
import { expect, test } from '../helpers/test';

// Issue #10 for the new tab: zero axe violations in both themes and both languages, Chinese
// headings with the same structure, and screenshots to look at (in the test's output folder, or
// ARCHSCOUT_SHOTS_DIR; not committed). A shared folder would be written by both workers at once.

const shot = (name: string) =>
  process.env.ARCHSCOUT_SHOTS_DIR ? `${process.env.ARCHSCOUT_SHOTS_DIR}/${name}` : test.info().outputPath(name);

async function withSomeData(page: Page) {
  await send(page, { type: 'favourites.set', id: 'rabbitmq', on: true });
  await send(page, { type: 'favourites.update', id: 'rabbitmq', tags: ['broker'], note: 'Compare with NSQ' });
  await send(page, { type: 'favourites.set', id: 'etcd', on: true });
  await page.reload();
  // The favourites' region by its place, not its (translated) heading.
  await expect(page.locator('.area-favourites').getByRole('heading', { name: 'RabbitMQ' })).toBeVisible();
}

async function expectNoAxeViolations(page: Page) {
  // Open one category so its projects' links are checked too.
  await page
    .locator('details.category')
    .first()
    .evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`new tab in English, ${scheme}: no axe violations`, async ({ ext }) => {
    const page = await openNewTab(ext, '2026-03-01');
    await page.emulateMedia({ colorScheme: scheme });
    await withSomeData(page);
    await page.setViewportSize({ width: 1280, height: 1100 });
    await page.screenshot({ path: shot(`newtab-en-${scheme}.png`), fullPage: true });
    await expectNoAxeViolations(page);
  });
}

test('new tab in Chinese: translated headings, same regions, no axe violations', async ({ ext }) => {
  const page = await openNewTab(ext, '2026-03-01');
  await send(page, { type: 'settings.set', patch: { language: 'zh_CN' } });
  await withSomeData(page);
  for (const heading of ['为你推荐', '每日项目', '收藏', '最近浏览', '按类别浏览']) {
    await expect(page.getByRole('region', { name: heading })).toBeVisible();
  }
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.setViewportSize({ width: 1280, height: 1100 });
  await page.screenshot({ path: shot('newtab-zh-light.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.screenshot({ path: shot('newtab-zh-dark.png'), fullPage: true });
  await expectNoAxeViolations(page);
});

test('a dark theme chosen in the settings applies before the page body exists (no light flash)', async ({ ext }) => {
  const page = await openNewTab(ext);
  await page.emulateMedia({ colorScheme: 'light' });
  await send(page, { type: 'settings.set', patch: { theme: 'dark' } });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(15, 20, 25)'); // --bg of the dark theme

  // A new tab opened now: record when data-theme appears. newtab-boot.js in <head> sets it while
  // there is no <body> yet, i.e. before the first paint and before any of our modules run.
  const fresh = await ext.context.newPage();
  await fresh.emulateMedia({ colorScheme: 'light' });
  await fresh.addInitScript(() => {
    const w = window as unknown as { themeSetWithoutBody?: boolean };
    // Init scripts run before <html> exists: watch the whole document.
    new MutationObserver(() => {
      if (w.themeSetWithoutBody === undefined && document.documentElement?.dataset.theme === 'dark') {
        w.themeSetWithoutBody = document.body === null;
      }
    }).observe(document, { attributes: true, childList: true, subtree: true });
  });
  await fresh.goto(page.url());
  await expect(fresh.getByRole('heading', { level: 1 })).toBeVisible();
  expect(await fresh.evaluate(() => (window as unknown as { themeSetWithoutBody?: boolean }).themeSetWithoutBody)).toBe(
    true,
  );
});

test('narrow windows get one column', async ({ ext }) => {
  const page = await openNewTab(ext, '2026-03-01');
  await page.setViewportSize({ width: 420, height: 900 });
  const recommended = await region(page, 'Recommended for you').boundingBox();
  const pick = await region(page, 'Project of the day').boundingBox();
  expect(recommended && pick && pick.y > recommended.y + recommended.height - 1).toBe(true);
  await page.screenshot({ path: shot('newtab-narrow.png'), fullPage: true });
});
