import type { BrowserContext, Page } from '@playwright/test';
import type { LaunchedExtension } from '../helpers/extension';
import { favouriteFromPopup, openPopup, searchBox } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// The popup's key legend offers Enter and Ctrl+Enter only where they open something: a chosen
// project. Not on a query that finds nothing ("redis"), not on a home with no rows. While the
// catalog or the home's rows are still coming (a first render comes before them), it keeps
// offering them: the common outcome is a list, and a legend that hid Enter for those few
// milliseconds and then showed it would blink on every opening.

const legend = (page: Page) => page.getByRole('list', { name: 'Keyboard shortcuts' });
const hint = (page: Page, key: string) =>
  legend(page)
    .getByRole('listitem')
    .filter({ has: page.locator('kbd', { hasText: new RegExp(`^${key}$`) }) });

test('the legend offers Enter with results and a home with rows, not on "redis" nor an empty home', async ({ ext }) => {
  const popup = await openPopup(ext);
  const enter = hint(popup, 'Enter');
  const background = hint(popup, 'Ctrl\\+Enter');
  const move = hint(popup, '↑↓');

  // A new user's home: no favourites, no visits, an unlisted page; the introduction instead.
  await expect(popup.getByText('Search 56 projects', { exact: false })).toBeVisible();
  await expect(popup.getByRole('option')).toHaveCount(0);
  await expect(move).toBeVisible();
  await expect(enter).toBeHidden();
  await expect(background).toBeHidden();

  await searchBox(popup).fill('rabbitmq');
  await expect(popup.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(enter).toBeVisible();
  await expect(background).toBeVisible();

  await searchBox(popup).fill('redis');
  await expect(popup.locator('.project-search__body').getByText('No listed project matches “redis”')).toBeVisible();
  await expect(enter).toBeHidden();
  await expect(background).toBeHidden();
  await expect(move).toBeVisible();

  // Back home, still empty.
  await searchBox(popup).press('Escape');
  await expect(searchBox(popup)).toHaveValue('');
  await expect(enter).toBeHidden();

  // A favourite: the home lists it, chosen, and Enter opens it.
  await favouriteFromPopup(popup, 'etcd', 'etcd');
  await searchBox(popup).press('Escape');
  await expect(popup.getByRole('group', { name: 'Favourites' }).getByRole('option')).toHaveCount(1);
  await expect(enter).toBeVisible();
  await expect(background).toBeVisible();
});

/** Every state the legend's Enter hint goes through, from the first render on (a MutationObserver). */
interface LegendState {
  enter: boolean; // the Enter hint is shown
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
      const enter = items.find((item) => item.querySelector('kbd')?.textContent === 'Enter');
      const state = {
        enter: enter?.checkVisibility() ?? false,
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

test('first opening, a query typed at once: the legend offers Enter from its first render on, unchanged', async ({
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
  expect(states.at(-1)).toMatchObject({ enter: true, busy: false });
  expect(
    states.filter((state) => !state.enter),
    `the Enter hint never went: ${JSON.stringify(states)}`,
  ).toEqual([]);
});

test('opening on a home with a favourite (catalog cached): the legend offers Enter throughout, no introduction', async ({
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
  expect(states.at(-1)).toMatchObject({ enter: true, options: 1 });
  // The introduction is for a home with no rows: it did not flash before the favourite came.
  expect(states.filter((state) => state.intro)).toEqual([]);
  expect(
    states.filter((state) => !state.enter),
    `the Enter hint never went: ${JSON.stringify(states)}`,
  ).toEqual([]);
});
