import type { BrowserContext, Page } from '@playwright/test';
import type { LaunchedExtension } from '../helpers/extension';
import { favouriteFromPopup, openPopup, searchBox } from '../helpers/popup';
import { sendFromPage, setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The popup's key legend offers a key only where it does what the hint says. Enter and
// Ctrl+Enter open a chosen project: not on a query that finds nothing ("redis"), not on a home
// with no rows. The arrows move among rows: not where there are none. Esc clears a query, and
// from an empty box closes the popup: the legend says which. While the catalog or the home's rows
// are still coming (a first render comes before them), it keeps offering Enter and the arrows:
// the common outcome is a list, and a legend that hid them for those few milliseconds and then
// showed them would blink on every opening.

const legend = (page: Page, name: string) => page.getByRole('list', { name });
/** The hints the legend shows (hidden ones are not in the accessibility tree), as read. */
const shownHints = (page: Page, name: string) => legend(page, name).getByRole('listitem');

const LOCALES = {
  en: {
    legend: 'Keyboard shortcuts',
    favourites: 'Favourites',
    hints: {
      move: '↑↓ move',
      open: 'Enter open',
      background: 'Ctrl+Enter background',
      clear: 'Esc clear',
      close: 'Esc close',
    },
  },
  zh_CN: {
    legend: '键盘快捷键',
    favourites: '收藏',
    hints: {
      move: '↑↓ 移动',
      open: 'Enter 打开',
      background: 'Ctrl+Enter 后台打开',
      clear: 'Esc 清除',
      close: 'Esc 关闭',
    },
  },
} as const;

for (const [language, words] of Object.entries(LOCALES) as [
  keyof typeof LOCALES,
  (typeof LOCALES)[keyof typeof LOCALES],
][]) {
  test(`${language}: the legend offers each key only where it does something, and Esc as what it does`, async ({
    ext,
  }) => {
    await setSettings(ext, { language });
    const popup = await openPopup(ext);
    const hints = shownHints(popup, words.legend);
    const { move, open, background, clear, close } = words.hints;

    // A new user's home: no favourites, no visits, an unlisted page; the introduction instead.
    // Nothing to move to or open, and Esc in the empty box closes the popup.
    await expect(popup.locator('.intro')).toBeVisible();
    await expect(popup.getByRole('option')).toHaveCount(0);
    await expect(hints).toHaveText([close]);

    await searchBox(popup).fill('rabbitmq');
    await expect(popup.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
    await expect(hints).toHaveText([move, open, background, clear]);

    // Nothing found: nothing to move to or open; Esc clears the query, as the legend says.
    await searchBox(popup).fill('redis');
    await expect(popup.locator('.project-search__empty')).toBeVisible();
    await expect(hints).toHaveText([clear]);
    await searchBox(popup).press('Escape');
    await expect(searchBox(popup)).toHaveValue('');
    await expect(hints).toHaveText([close]);

    // Blanks are a query to Esc (it clears them), though they search for nothing.
    await searchBox(popup).fill('  ');
    await expect(hints).toHaveText([clear]);
    await searchBox(popup).press('Escape');
    await expect(searchBox(popup)).toHaveValue('');

    // A favourite: the home lists it, chosen; the arrows and Enter have a row, Esc still closes.
    await sendFromPage(popup, { type: 'favourites.set', id: 'etcd', on: true });
    await expect(popup.getByRole('group', { name: words.favourites }).getByRole('option')).toHaveCount(1);
    await expect(hints).toHaveText([move, open, background, close]);
    const closed = popup.waitForEvent('close');
    await searchBox(popup)
      .press('Escape')
      .catch(() => {}); // the page may close while the key is still being pressed
    await closed;
  });
}

/** Every state the legend goes through, from the first render on (a MutationObserver). */
interface LegendState {
  hints: string; // the hints shown, e.g. "↑↓ move | Enter open | Ctrl+Enter background | Esc clear"
  busy: boolean; // the list says it is loading (the catalog is being read)
  options: number;
  intro: boolean; // the introduction for a new user, whose home has no rows
}

async function watchLegend(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const states: LegendState[] = [];
    (window as unknown as { legendStates: LegendState[] }).legendStates = states;
    const record = () => {
      const items = [...document.querySelectorAll('.popup__hints li')];
      if (items.length === 0) return; // no legend yet: the plain boot page
      const state = {
        hints: items
          .filter((item) => item.checkVisibility())
          .map((item) => item.textContent)
          .join(' | '),
        busy: document.querySelector('[role="listbox"]')?.getAttribute('aria-busy') === 'true',
        options: document.querySelectorAll('[role="option"]').length,
        intro: document.querySelector('.intro') !== null,
      };
      const last = states.at(-1);
      if (!last || (Object.keys(state) as (keyof LegendState)[]).some((key) => last[key] !== state[key]))
        states.push(state);
    };
    new MutationObserver(record).observe(document, {
      subtree: true,
      childList: true,
      attributes: true,
      characterData: true,
    });
  });
}

const legendStates = (page: Page) =>
  page.evaluate(() => (window as unknown as { legendStates: LegendState[] }).legendStates);

/** Opens the popup; with `holdApp`, its script is held (DevTools Fetch domain) until the returned release. */
async function openWatched(ext: LaunchedExtension, holdApp = false): Promise<{ page: Page; release(): Promise<void> }> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const cdp = await ext.context.newCDPSession(page);
  const held: string[] = [];
  let released = !holdApp;
  const resume = (requestId: string) => cdp.send('Fetch.continueRequest', { requestId }).catch(() => undefined);
  cdp.on('Fetch.requestPaused', ({ requestId }) => (released ? void resume(requestId) : held.push(requestId)));
  if (holdApp) await cdp.send('Fetch.enable', { patterns: [{ urlPattern: '*/chunks/popup-*.js' }] });
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`, { waitUntil: 'commit' });
  return {
    page,
    async release() {
      released = true;
      await Promise.all(held.splice(0).map(resume));
    },
  };
}

const ALL_KEYS = '↑↓ move | Enter open | Ctrl+Enter background';

test('first opening, a query typed at once: the legend offers Enter and the arrows from its first render on, unchanged', async ({
  ext,
}) => {
  await watchLegend(ext.context);
  // The app's script is held while the plain boot field takes the query: the app's first render
  // has it, and no catalog yet (none is cached before the first opening).
  const { page: popup, release } = await openWatched(ext, true);
  await expect(popup.locator('#popup-early-search')).toBeFocused();
  await popup.keyboard.type('rabbitmq');
  await release();
  await expect(popup.getByRole('option').first()).toHaveAttribute('aria-label', /^RabbitMQ, /);
  await expect(popup.getByRole('listbox')).not.toHaveAttribute('aria-busy', 'true');

  const states = await legendStates(popup);
  expect(
    states.some((state) => state.busy),
    'the legend was there while the catalog loaded',
  ).toBe(true);
  expect(states.at(-1)).toMatchObject({ busy: false });
  expect(
    states.filter((state) => state.hints !== `${ALL_KEYS} | Esc clear`),
    `the legend never changed: ${JSON.stringify(states)}`,
  ).toEqual([]);
});

test('opening on a home with a favourite (catalog cached): the legend offers Enter and the arrows throughout, no introduction', async ({
  ext,
}) => {
  const first = await openPopup(ext);
  await favouriteFromPopup(first, 'etcd', 'etcd');
  await first.close();

  await watchLegend(ext.context);
  const { page: popup } = await openWatched(ext);
  const favourites = popup.getByRole('group', { name: 'Favourites' }).getByRole('option');
  await expect(favourites).toHaveCount(1);
  await expect(favourites.first()).toHaveAttribute('aria-selected', 'true');

  const states = await legendStates(popup);
  expect(states.length, 'the legend was watched from its first render').toBeGreaterThan(0);
  expect(states.at(-1)).toMatchObject({ options: 1 });
  // The introduction is for a home with no rows: it did not flash before the favourite came.
  expect(states.filter((state) => state.intro)).toEqual([]);
  expect(
    states.filter((state) => state.hints !== `${ALL_KEYS} | Esc close`),
    `the legend never changed: ${JSON.stringify(states)}`,
  ).toEqual([]);
});
