import type { Locator, Page } from '@playwright/test';
import { fixture } from '../helpers/extension';
import { openNewTab, region, send } from '../helpers/newtab';
import { openPopup, searchBox } from '../helpers/popup';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The looks that can break without any test noticing: forced colors (Windows high contrast),
// narrow windows, the compare table's sideways scroll, and the result count's wording. Each
// assertion is a measurement of what the browser computed, not a screenshot to compare.

/** The computed style properties a check reads, from the element itself. */
function style(locator: Locator, ...properties: string[]): Promise<Record<string, string>> {
  return locator.evaluate(
    (el, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(el).getPropertyValue(n)])),
    properties,
  );
}

const transparent = (colour: string) => colour === 'transparent' || /rgba\(.*,\s*0\)$/.test(colour);

async function seedTaggedFavourites(page: Page): Promise<void> {
  for (const id of ['etcd', 'rabbitmq']) await send(page, { type: 'favourites.set', id, on: true });
  await send(page, { type: 'favourites.update', id: 'etcd', tags: ['raft', 'kv'], note: 'Cluster state' });
  await send(page, { type: 'favourites.update', id: 'rabbitmq', tags: ['amqp'] });
}

test.describe('forced colors (Windows high contrast)', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`popup (${colorScheme}): the active result, badges and the focus ring stay visible`, async ({ ext }) => {
      const popup = await openPopup(ext);
      await popup.emulateMedia({ forcedColors: 'active', colorScheme });
      await searchBox(popup).fill('message queue');
      await popup.keyboard.press('ArrowDown');
      // Forced colors drop the active row's background and its edge marker (a box-shadow).
      const active = popup.locator('[role=option][aria-selected=true]');
      await expect(active).toHaveCount(1);
      const ring = await style(active, 'outline-style', 'outline-width', 'outline-color');
      expect(ring['outline-style'], 'the active result is marked').toBe('solid');
      expect(Number.parseFloat(ring['outline-width'] ?? '0')).toBeGreaterThanOrEqual(2);
      expect(transparent(ring['outline-color'] ?? ''), 'in a visible colour').toBe(false);
      const rest = await style(popup.locator('[role=option][aria-selected=false]').first(), 'outline-style');
      expect(rest['outline-style'], 'only the active one').toBe('none');

      // A badge is drawn by its background alone outside forced colors: here it needs a border.
      const badge = await style(active.locator('.badge').first(), 'border-top-style', 'border-top-width');
      expect(badge['border-top-style']).toBe('solid');
      expect(Number.parseFloat(badge['border-top-width'] ?? '0')).toBeGreaterThanOrEqual(1);

      // The focus ring of a star: a keyboard user must see where focus is.
      await popup
        .getByRole('button', { name: /favourites/ })
        .first()
        .focus();
      await popup.keyboard.press('Shift+Tab');
      await popup.keyboard.press('Tab');
      const focused = popup.locator(':focus-visible');
      await expect(focused).toHaveCount(1);
      const focusRing = await style(focused, 'outline-style', 'outline-color');
      expect(focusRing['outline-style']).not.toBe('none');
      expect(transparent(focusRing['outline-color'] ?? '')).toBe(false);
    });
  }

  test('new tab: the pressed tag chip differs from the others, tags keep a border', async ({ ext }) => {
    const page = await openNewTab(ext);
    await seedTaggedFavourites(page);
    await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark' });
    const filter = region(page, 'Favourites').getByRole('group', { name: 'Filter favourites by tag' });
    const pressed = filter.getByRole('button', { pressed: true });
    await expect(pressed).toHaveText(/All/);
    const unpressed = filter.getByRole('button', { pressed: false }).first();
    // Forced colors turn the pressed chip's accent background into the page's Canvas colour.
    const canvas = (await style(page.locator('body'), 'background-color'))['background-color'];
    const on = (await style(pressed, 'background-color'))['background-color'] ?? '';
    expect(transparent(on), 'the pressed chip has a background').toBe(false);
    expect(on, 'not the page background').not.toBe(canvas);
    expect(on, 'nor the unpressed chips background').not.toBe(
      (await style(unpressed, 'background-color'))['background-color'],
    );
    // Its label in a contrasting colour, with no Canvas backplate behind it (which Chromium paints
    // behind forced-colour text, and which would hide HighlightText on Highlight).
    const label = await style(pressed, 'color', 'forced-color-adjust');
    expect(label.color).not.toBe(on);
    expect(label['forced-color-adjust']).toBe('none');

    const tag = region(page, 'Favourites').getByRole('list', { name: 'Tags of etcd' }).getByRole('listitem').first();
    const border = await style(tag, 'border-top-style', 'border-top-width');
    expect(border['border-top-style']).toBe('solid');
    expect(Number.parseFloat(border['border-top-width'] ?? '0')).toBeGreaterThanOrEqual(1);
  });

  test('options: the chosen option of a choice group is marked by more than the radio dot', async ({
    openExtensionPage,
  }) => {
    const page = await openExtensionPage('options.html');
    await page.emulateMedia({ forcedColors: 'active' });
    const chosen = page.locator('.choice:has(input:checked)').first();
    const other = page.locator('.choice:not(:has(input:checked))').first();
    const [a, b] = [await style(chosen, 'border-top-width'), await style(other, 'border-top-width')];
    expect(Number.parseFloat(a['border-top-width'] ?? '0')).toBeGreaterThan(
      Number.parseFloat(b['border-top-width'] ?? '0'),
    );
  });
});

test('no horizontal scrolling at 360 px: new tab with tagged favourites and notes, and options, in both languages', async ({
  ext,
}) => {
  const seed = await openNewTab(ext);
  await seedTaggedFavourites(seed);
  await seed.close();
  for (const language of ['en', 'zh_CN'] as const) {
    await setSettings(ext, { language });
    for (const path of ['newtab.html', 'options.html']) {
      const page = await ext.context.newPage();
      await page.setViewportSize({ width: 360, height: 800 });
      // The new tab on a named day: its picks rotate daily, and this is about the page's width.
      await page.goto(
        `chrome-extension://${ext.extensionId}/${path}${path === 'newtab.html' ? '?date=2026-03-01' : ''}`,
      );
      await page.getByRole('heading', { level: 1 }).waitFor();
      if (path === 'newtab.html') await expect(page.locator('.fav')).toHaveCount(2);
      const widths = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(widths.scroll, `${path} in ${language} is wider than the window`).toBeLessThanOrEqual(widths.client);
      await page.close();
    }
  }
});

test('the compare table scrolls sideways under its corner cell, which stays with the row labels', async ({ ext }) => {
  await ext.serve('https://github.com/**', (url) => fixture('github/repo-react-sidebar.html', url));
  const page = await ext.context.newPage();
  await page.goto('https://github.com/etcd-io/etcd');
  const host = page.locator('archscout-annotation');
  await host.getByRole('button', { name: 'Compare side by side' }).click();
  const table = host.getByRole('table');
  await expect(table).toBeVisible();
  const scroller = host.locator('.compare-scroll');
  await scroller.evaluate((el) => {
    el.scrollLeft = el.scrollWidth;
  });
  const corner = table.locator('thead th').first();
  const [cornerBox, scrollBox] = [await corner.boundingBox(), await scroller.boundingBox()];
  expect(await scroller.evaluate((el) => el.scrollLeft), 'the table did scroll').toBeGreaterThan(0);
  expect(cornerBox && scrollBox && Math.abs(cornerBox.x - scrollBox.x)).toBeLessThanOrEqual(1);
  // It covers the headers passing under it (an opaque background, as the row labels have).
  expect(transparent((await style(corner, 'background-color'))['background-color'] ?? '')).toBe(false);
});

test('the popup announces one result in the singular', async ({ ext }) => {
  const popup = await openPopup(ext);
  await searchBox(popup).fill('fastdfs');
  await expect(popup.getByRole('option')).toHaveCount(1);
  await expect(popup.getByRole('status')).toHaveText('1 result');
  await searchBox(popup).fill('message queue');
  await expect(popup.getByRole('status')).toHaveText(/^\d+ results$/);
});
