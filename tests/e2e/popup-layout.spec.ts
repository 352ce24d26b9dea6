import type { Locator } from '@playwright/test';
import { openPopup, searchBox } from '../helpers/popup';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// What the popup's result rows look like in Chromium's layout (380 px wide): long text wraps
// inside the popup, a hovered row lights up whole, and the expanded result shows its summary whole.

const WIDTH = 380;

/** Whether an element's text is cut off: wider or taller than its box (an ellipsis or a clamp). */
const cutOff = (locator: Locator) =>
  locator.evaluate((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight + 1);

test('"no results" for a pasted URL wraps inside the popup instead of running off its edge', async ({ ext }) => {
  const popup = await openPopup(ext);
  // What the QA pass pasted: one word far wider than the popup (a URL is no different).
  await searchBox(popup).fill(
    `${'x'.repeat(40)} ${'averyveryverylongwordwithoutanyspacesatallinsideitwhatsoever'.repeat(3)}`,
  );
  const empty = popup.locator('.project-search__empty');
  await expect(empty).toContainText('averyveryverylong');
  const box = await empty.boundingBox();
  expect(box?.x).toBeGreaterThanOrEqual(0);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(WIDTH);
  expect(await cutOff(empty), 'the text fits its own box').toBe(false);
  expect(await popup.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(WIDTH);
});

test('hovering a result lights up its whole row, the star and chevron cell too, and the other way round', async ({
  ext,
}) => {
  const popup = await openPopup(ext);
  await popup.keyboard.type('message queue');
  const options = popup.getByRole('option');
  await expect(options.nth(2)).toBeVisible();
  const background = (locator: Locator) => locator.evaluate((el) => getComputedStyle(el).backgroundColor);
  const actions = popup.locator('.results__item-actions');
  const resting = await background(actions.nth(2));

  await options.nth(2).hover();
  const lit = await background(options.nth(2));
  expect(lit, 'the hovered option is highlighted').not.toBe(resting);
  await expect.poll(() => background(actions.nth(2)), 'its star and chevron cell with it').toBe(lit);
  expect(await background(actions.nth(1)), 'not its neighbour').toBe(resting);

  await actions.nth(1).hover();
  await expect.poll(() => background(options.nth(1)), 'hovering the buttons lights the option').toBe(lit);
  await expect.poll(() => background(options.nth(2))).toBe(resting);

  await popup.mouse.move(WIDTH / 2, 5); // over the header
  await expect.poll(() => background(actions.nth(1))).toBe(resting);
});

for (const language of ['zh_CN', 'en'] as const) {
  test(`the expanded result shows its whole summary, collapsed rows stay one line (${language})`, async ({ ext }) => {
    await setSettings(ext, { language });
    const popup = await openPopup(ext);
    // FastDFS has the catalog's longest summary in both languages: select it with the arrows.
    await popup.keyboard.type('distributed file system');
    const options = popup.getByRole('option');
    const fastdfs = popup.locator('[role=option][data-project-id=fastdfs]');
    await expect(fastdfs).toBeVisible();
    for (let i = 0; i < 20 && (await fastdfs.getAttribute('aria-selected')) !== 'true'; i++)
      await popup.keyboard.press('ArrowDown');
    await expect(fastdfs).toHaveAttribute('aria-selected', 'true');
    await expect(popup.locator('.results__details')).toBeVisible();
    const summary = fastdfs.locator('.results__summary');
    expect(await cutOff(summary), 'the whole summary shows').toBe(false);
    const lineHeight = await summary.evaluate((el) => Number.parseFloat(getComputedStyle(el).lineHeight) || 18);
    expect((await summary.boundingBox())?.height).toBeGreaterThan(lineHeight * 1.5);

    // Collapsed rows keep one line, whatever their summary's length.
    const collapsed = options.and(popup.locator('[aria-selected=false]')).first().locator('.results__summary');
    const height = (await collapsed.boundingBox())?.height ?? 0;
    expect(height).toBeLessThan(lineHeight * 1.5);

    // Collapsing the details makes the row compact again.
    await popup.getByRole('button', { name: /FastDFS/, expanded: true }).click();
    await expect(popup.locator('.results__details')).toHaveCount(0);
    expect((await summary.boundingBox())?.height).toBeLessThan(lineHeight * 1.5);
  });
}
