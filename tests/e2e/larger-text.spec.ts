import type { Page } from '@playwright/test';
import type { Page as PopupPage } from 'puppeteer-core';
import { displayPreferences, makeUserDataDir } from '../helpers/extension';
import { send } from '../helpers/newtab';
import { expect } from '../helpers/test';
import { type ToolbarPopupBrowser, test } from '../helpers/toolbar-popup';

// People who need larger text set the browser's font size (chrome://settings/appearance, the
// webkit.webprefs.default_font_size preference: 16px by default, 20 "Large", 24 "Very large") or
// zoom pages. Each test launches Chromium with the preference in its profile and measures what the
// browser laid out: the real toolbar popup (its window is sized by Chrome), the new tab, options.

type Launch = (userDataDir?: string) => Promise<ToolbarPopupBrowser>;

/** The computed font size in px of the first element matching each selector. */
function fontSizes(selectors: string[]): Record<string, number> {
  return Object.fromEntries(
    selectors.map((selector) => {
      const element = document.querySelector(selector);
      return [selector, element ? Number.parseFloat(getComputedStyle(element).fontSize) : Number.NaN];
    }),
  );
}

/** Whether the page scrolls sideways: its content wider than its window. */
function sideways(): { scroll: number; client: number } {
  return { scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth };
}

interface PopupLook {
  fonts: Record<string, number>;
  optionHeight: number;
  starWidth: number;
  window: { page: number; width: number; height: number };
  scroll: { scroll: number; client: number };
}

async function popupLook(popup: PopupPage): Promise<PopupLook> {
  await popup.waitForSelector('[role="listbox"]:not([aria-busy="true"])');
  // Its page's width (Chromium widens a window that scrolls by its scroll bar), and its window's.
  const window = await popup.evaluate(() => ({
    page: document.body.getBoundingClientRect().width,
    width: innerWidth,
    height: innerHeight,
  }));
  await popup.keyboard.type('message queue');
  await popup.waitForSelector('[role="option"][aria-label^="RabbitMQ, "]');
  const fonts = await popup.evaluate(fontSizes, ['[role="combobox"]', '.results__name', '.results__summary', 'kbd']);
  const [optionHeight, starWidth] = await popup.evaluate(() => [
    document.querySelector('[role="option"]:not([aria-selected="true"])')?.getBoundingClientRect().height ?? 0,
    document.querySelector('.fav-button')?.getBoundingClientRect().width ?? 0,
  ]);
  return { fonts, optionHeight, starWidth, window, scroll: await popup.evaluate(sideways) };
}

interface PageLook {
  fonts: Record<string, number>;
  /** scrollWidth and clientWidth in a 360px wide window. */
  narrow: { scroll: number; client: number };
}

const NEWTAB_TEXT = ['h1', '.region__title', '.tile__name', '.rec__reason', '.chip', '.tag'];
const OPTIONS_TEXT = ['h1', '.card h2', '.choice', '.hint', '.button'];

async function pageLook(page: Page, path: string, text: string[]): Promise<PageLook> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(path);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page
    .locator(text.at(-1) ?? 'h1')
    .first()
    .waitFor();
  const fonts = await page.evaluate(fontSizes, text);
  await page.setViewportSize({ width: 360, height: 800 });
  return { fonts, narrow: await page.evaluate(sideways) };
}

/** The popup, new tab and options in a Chromium whose default font size is `fontSize`. */
async function look(
  launch: Launch,
  fontSize: number,
): Promise<{ popup: PopupLook; newtab: PageLook; options: PageLook }> {
  const browser = await launch(makeUserDataDir(displayPreferences({ fontSize })));
  const { ext } = browser;
  const page = await ext.context.newPage();
  const origin = `chrome-extension://${ext.extensionId}`;
  // Favourites with tags and a note: the widest things the new tab has to fit in a narrow window.
  await page.goto(`${origin}/options.html`);
  for (const id of ['etcd', 'rabbitmq']) await send(page, { type: 'favourites.set', id, on: true });
  await send(page, { type: 'favourites.update', id: 'etcd', tags: ['raft', 'consensus-protocols'], note: 'Cluster' });
  // The popup first: Chromium fits it into the window of a tab, which a 360 px viewport narrows.
  const popup = await popupLook(await browser.openPopup());
  const newtab = await pageLook(page, `${origin}/newtab.html`, NEWTAB_TEXT);
  const options = await pageLook(page, `${origin}/options.html`, OPTIONS_TEXT);
  await browser.close(); // one browser at a time
  return { popup, newtab, options };
}

/** Every font of `large` is `ratio` times the same element's in `base`. */
function expectScaled(large: Record<string, number>, base: Record<string, number>, ratio: number, where: string) {
  for (const [selector, size] of Object.entries(base)) {
    expect(size, `${where}: ${selector} is there`).toBeGreaterThan(0);
    expect(large[selector], `${where}: ${selector} at the larger font size`).toBeCloseTo(size * ratio, 1);
  }
}

test('the popup, new tab and options grow with the browser’s font size and never scroll sideways', async ({
  launchToolbarPopup,
}) => {
  test.setTimeout(120_000);
  const base = await look(launchToolbarPopup, 16);
  // At the default size the popup is as it always was: 380 px wide, within Chrome's 800 x 600.
  expect(base.popup.window.page).toBe(380);
  expect(base.popup.fonts['[role="combobox"]']).toBe(15);

  for (const fontSize of [20, 24]) {
    const large = await look(launchToolbarPopup, fontSize);
    const ratio = fontSize / 16;
    expectScaled(large.popup.fonts, base.popup.fonts, ratio, `popup at ${fontSize}px`);
    expectScaled(large.newtab.fonts, base.newtab.fonts, ratio, `new tab at ${fontSize}px`);
    expectScaled(large.options.fonts, base.options.fonts, ratio, `options at ${fontSize}px`);
    // The rows and controls grow with their text, not only the glyphs.
    expect(large.popup.optionHeight).toBeGreaterThan(base.popup.optionHeight * (ratio - 0.1));
    expect(large.popup.starWidth).toBeCloseTo(base.popup.starWidth * ratio, 0);
    // The popup gets wider with its text (23.75rem), within Chrome's limits.
    expect(large.popup.window.page).toBe(380 * ratio);
    expect(large.popup.window.width).toBeLessThanOrEqual(800);
    expect(large.popup.window.height).toBeLessThanOrEqual(600);
    for (const [where, { scroll, client }] of [
      ['the popup', large.popup.scroll],
      ['the new tab at 360 px', large.newtab.narrow],
      ['options at 360 px', large.options.narrow],
    ] as const) {
      expect(scroll, `${where} at ${fontSize}px scrolls sideways`).toBeLessThanOrEqual(client);
    }
  }
});

/** Where the search box, the header and the chosen result are in the popup's window. */
function popupView() {
  const box = (selector: string) => {
    const rect = document.querySelector(selector)?.getBoundingClientRect();
    return rect ? { top: rect.top, bottom: rect.bottom } : null;
  };
  const field = document.querySelector('[role="combobox"]')?.getBoundingClientRect();
  // What is painted at the field's centre: the field itself, not a result scrolled over it.
  const hit = field ? document.elementFromPoint(field.left + field.width / 2, field.top + field.height / 2) : null;
  return {
    window: innerHeight,
    scrollTop: document.scrollingElement?.scrollTop ?? 0,
    scrollHeight: document.documentElement.scrollHeight,
    header: box('.popup__header'),
    field: box('[role="combobox"]'),
    fieldOnTop: hit?.getAttribute('role') === 'combobox',
    active: box('[role="option"][aria-selected="true"]'),
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  };
}

for (const fontSize of [16, 20]) {
  test(`at 200% zoom (font size ${fontSize}px) the header and search box stay in view while the results scroll`, async ({
    launchToolbarPopup,
  }) => {
    const browser = await launchToolbarPopup(makeUserDataDir(displayPreferences({ zoom: 2, fontSize })));
    const popup = await browser.openPopup();
    expect(await popup.evaluate(() => devicePixelRatio), 'the popup is zoomed').toBe(2);
    await popup.waitForSelector('[role="listbox"]:not([aria-busy="true"])');
    await popup.keyboard.type('message queue');
    await popup.waitForSelector('[role="option"][aria-label^="RabbitMQ, "]');

    const inView = async (step: string) => {
      const view = await popup.evaluate(popupView);
      expect(view.header?.top, `${step}: the header is at the top`).toBe(0);
      expect(view.field?.top, `${step}: the search box is below the header`).toBeGreaterThanOrEqual(
        view.header?.bottom ?? 0,
      );
      expect(view.field?.bottom, `${step}: the search box is in the window`).toBeLessThanOrEqual(view.window);
      expect(view.fieldOnTop, `${step}: no result covers the search box`).toBe(true);
      expect(view.sideways, `${step}: nothing scrolls sideways`).toBe(false);
      return view;
    };
    const start = await inView('typed');
    // Chrome caps the window at 600 device px (less in this headless one), 300 CSS px at 200%.
    expect(start.scrollHeight, 'the results are taller than the window').toBeGreaterThan(start.window * 1.5);

    // The arrow keys: the chosen result is scrolled into view below the search box, not under it.
    const options = await popup.$$eval('[role="option"]', (found) => found.map((option) => option.id));
    for (let i = 1; i < options.length; i++) {
      await popup.keyboard.press('ArrowDown');
      await popup.waitForSelector(`[id="${options[i]}"][aria-selected="true"]`);
      // The scroll follows the render: wait for the chosen result's top to come out from under the search box.
      await expect
        .poll(async () => {
          const view = await popup.evaluate(popupView);
          return (view.active?.top ?? 0) - (view.field?.bottom ?? 0);
        }, `ArrowDown ${i}: the chosen result's top is not under the search box`)
        .toBeGreaterThanOrEqual(-1);
      const view = await inView(`ArrowDown ${i}`);
      expect(view.active?.top, `ArrowDown ${i}: the chosen result is in the window`).toBeLessThan(view.window);
    }
    const bottom = await inView('at the last result');
    expect(bottom.scrollTop, 'the results did scroll').toBeGreaterThan(start.window);

    // The mouse wheel: back to the top and down to the end, the search box stays.
    await popup.mouse.move(100, bottom.window - 20);
    await popup.mouse.wheel({ deltaY: -100_000 });
    await expect.poll(() => popup.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    await popup.mouse.wheel({ deltaY: 100_000 });
    await expect.poll(() => popup.evaluate(() => document.scrollingElement?.scrollTop)).toBeGreaterThan(start.window);
    await inView('wheeled to the end');
  });
}

test('at 200% zoom the first result of a group opens with its heading in view, and comes back to it', async ({
  launchToolbarPopup,
}) => {
  const browser = await launchToolbarPopup(makeUserDataDir(displayPreferences({ zoom: 2, fontSize: 16 })));
  const page = await browser.ext.context.newPage();
  await page.goto(`chrome-extension://${browser.ext.extensionId}/options.html`);
  for (const id of ['etcd', 'rabbitmq', 'consul']) await send(page, { type: 'favourites.set', id, on: true });
  const popup = await browser.openPopup();
  await popup.waitForSelector('[role="listbox"]:not([aria-busy="true"]) [role="option"][aria-selected="true"]');
  const headingShown = () =>
    popup.evaluate(() => {
      const option = document.querySelector('[role="option"][aria-selected="true"]');
      const group = option?.closest('[role="group"]');
      const label = document.getElementById(group?.getAttribute('aria-labelledby') ?? '');
      const field = document.querySelector('[role="combobox"]')?.getBoundingClientRect();
      if (!label || !field || group?.querySelector('[role="option"]') !== option) return 'not the first of a group';
      return label.getBoundingClientRect().top >= field.bottom - 1 ? 'shown' : 'under the search box';
    });
  // The scroll follows the render: poll.
  await expect.poll(headingShown, 'opening: the group heading above the chosen result').toBe('shown');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowDown');
  await popup.keyboard.press('ArrowUp');
  await popup.keyboard.press('ArrowUp');
  await expect.poll(headingShown, 'back to the first result: its heading too').toBe('shown');
});
