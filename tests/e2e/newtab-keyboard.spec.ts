import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { importThroughBackground } from '../helpers/import-file';
import { openNewTab, region, send } from '../helpers/newtab';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The new tab for a keyboard user with many favourites (a QA pass: a card with 20 tags was 23
// Tab stops, 48 cards over 1,000, and nothing led past them): a "Skip favourites" link, seen
// when focused, takes the focus to what follows; a card's tag chips are one Tab stop, the
// arrow keys move between them (WAI-ARIA APG, roving tabindex).

const DATE = '2026-03-10';

/** An export of `count` favourites this catalog does not list, each with two tags: 60 cards is more than a page. */
function manyFavourites(count: number): string {
  const favourites = Array.from({ length: count }, (_, i) => ({
    id: `old-${i}`,
    name: `Old ${i}`,
    addedAt: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(),
    tags: ['archive', `batch-${i % 5}`],
  }));
  return JSON.stringify({ format: 'archscout', version: 1, exportedAt: new Date().toISOString(), favourites });
}

async function newTabWithMany(ext: Parameters<typeof openNewTab>[0], heading = 'Favourites'): Promise<Page> {
  const page = await openNewTab(ext, DATE);
  await importThroughBackground(page, manyFavourites(60));
  await page.reload();
  await expect(region(page, heading).getByRole('article')).toHaveCount(48);
  return page;
}

const width = async (locator: Locator) => (await locator.boundingBox())?.width ?? 0;

test('"Skip favourites" shows when focused and takes the focus past the favourites', async ({ ext }) => {
  const page = await newTabWithMany(ext);
  const favourites = region(page, 'Favourites');
  const skip = favourites.getByRole('link', { name: 'Skip favourites' });
  // Out of sight for the mouse, first in the region for the keyboard.
  await expect(skip).toHaveCount(1);
  expect(await width(skip)).toBeLessThanOrEqual(1);
  await favourites.getByRole('heading', { level: 2, name: 'Favourites' }).focus();
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  expect(await width(skip)).toBeGreaterThan(40);
  await expect(skip).toBeInViewport();

  await page.keyboard.press('Enter');
  const browse = page.getByRole('heading', { level: 2, name: 'Browse by category' });
  await expect(browse).toBeFocused();
  await expect(browse).toBeInViewport();
  expect(new URL(page.url()).hash).toBe(''); // the address does not change
  // The next Tab goes on from there: into the category browser, not back into the grid.
  await page.keyboard.press('Tab');
  await expect(region(page, 'Browse by category').locator(':focus')).toHaveCount(1);
  // Shift+Tab from the tag filter comes back to it, as to any link.
  await favourites.getByRole('group', { name: 'Filter favourites by tag' }).getByRole('button').first().focus();
  await page.keyboard.press('Shift+Tab');
  await expect(skip).toBeFocused();
});

test('on the minimal new tab "Skip favourites" leads to the settings link', async ({ ext }) => {
  const page = await newTabWithMany(ext);
  await send(page, { type: 'settings.set', patch: { minimalNewTab: true } });
  await expect(region(page, 'Browse by category')).toHaveCount(0);
  await region(page, 'Favourites').getByRole('link', { name: 'Skip favourites' }).press('Enter');
  await expect(page.getByRole('link', { name: 'Settings' })).toBeFocused();
});

test('no skip link without favourites', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  await expect(region(page, 'Favourites').getByText('No favourites yet', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Skip favourites' })).toHaveCount(0);
});

test('a card with 19 tags and a note is five Tab stops; the arrow keys move between its tags', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  const tags = Array.from({ length: 19 }, (_, i) => `t${i + 1}`); // the 20th would hide the field
  await send(page, { type: 'favourites.set', id: 'etcd', on: true });
  await send(page, { type: 'favourites.set', id: 'rabbitmq', on: true }); // newest first: RabbitMQ, then etcd
  await send(page, { type: 'favourites.update', id: 'rabbitmq', tags, note: 'Our broker' });
  await send(page, { type: 'favourites.update', id: 'etcd', tags: ['kv'] });
  const favourites = region(page, 'Favourites');
  const chip = (tag: string) => favourites.getByRole('button', { name: `Remove tag ${tag} from RabbitMQ` });
  await expect(chip('t19')).toBeAttached();

  // Name, tags, the add-tag field, the note, Remove: then the next card.
  const stops = [
    favourites.getByRole('link', { name: 'RabbitMQ' }),
    chip('t1'),
    favourites.getByRole('textbox', { name: 'Add a tag to RabbitMQ' }),
    favourites.getByRole('button', { name: 'Edit the note on RabbitMQ' }),
    favourites.getByRole('button', { name: 'Remove RabbitMQ from favourites' }),
    favourites.getByRole('link', { name: 'etcd' }),
  ];
  await stops[0].focus();
  for (const stop of stops.slice(1)) {
    await page.keyboard.press('Tab');
    await expect(stop).toBeFocused();
  }

  // Inside the tags: arrows, Home and End; the ends do not wrap.
  await chip('t1').focus();
  await page.keyboard.press('ArrowLeft');
  await expect(chip('t1')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(chip('t2')).toBeFocused();
  await page.keyboard.press('End');
  await expect(chip('t19')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(chip('t19')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(chip('t1')).toBeFocused();
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowDown');
  await expect(chip('t5')).toBeFocused();
  // Out and back in: the tag last focused keeps the Tab stop.
  await page.keyboard.press('Tab');
  await expect(stops[2]).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(chip('t5')).toBeFocused();
  // Delete removes the focused tag; the next one takes its place and the focus.
  await page.keyboard.press('Delete');
  await expect(chip('t5')).toHaveCount(0);
  await expect(chip('t6')).toBeFocused();
  const stored = async () =>
    (await send<{ id: string; tags: string[] }[]>(page, { type: 'favourites.list' })).find((f) => f.id === 'rabbitmq');
  await expect.poll(async () => (await stored())?.tags).toEqual(tags.filter((tag) => tag !== 't5'));
  // A mouse user still removes any tag with one click.
  await chip('t17').click();
  await expect(chip('t17')).toHaveCount(0);
});

for (const [language, names] of [
  ['en', { skip: 'Skip favourites', browse: 'Browse by category', favourites: 'Favourites' }],
  ['zh_CN', { skip: '跳过收藏', browse: '按类别浏览', favourites: '收藏' }],
] as const) {
  test(`${language}: the focused skip link is seen in light and dark, and axe finds nothing`, async ({
    ext,
  }, testInfo) => {
    test.setTimeout(60_000);
    await setSettings(ext, { language });
    const page = await newTabWithMany(ext, names.favourites);
    await page.setViewportSize({ width: 1280, height: 900 });
    const favourites = region(page, names.favourites);
    const skip = favourites.getByRole('link', { name: names.skip });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await favourites.getByRole('heading', { level: 2, name: names.favourites }).focus();
      await page.keyboard.press('Tab');
      await expect(skip).toBeFocused();
      const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
      expect(outline).toBe('solid'); // the focus ring, not only the text
      await page.screenshot({ path: testInfo.outputPath(`skip-link-${language}-${colorScheme}.png`) });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: names.browse })).toBeFocused();
    }
  });
}
