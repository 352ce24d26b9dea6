import { readFileSync } from 'node:fs';
import { projectOfTheDay } from '@/catalog/recommend';
import type { Catalog, Project } from '@/catalog/types';
import { dayAsDate } from '@/components/page-date';
import { cardNames, openNewTab, recommendedCards, region, send } from '../helpers/newtab';
import { ROOT } from '../helpers/paths';
import { expect, test } from '../helpers/test';

// The catalog the build bundles (the background installs it): read as JSON, Playwright's loader takes no JSON modules.
const bundledCatalog = JSON.parse(readFileSync(`${ROOT}catalog/data/catalog.json`, 'utf8')) as Catalog;

// Issue #7: the new tab's regions, explainable recommendations, dismissals and the project of
// the day, in Chromium with the built extension. Days are injected with ?date= (test-only):
// recommendations rotate by day, so a test of what they are names its day, and does not change
// with the calendar (or at midnight between two loads).
const DATE = '2026-03-10';

test('the new tab shows every region under its heading', async ({ ext }) => {
  const page = await openNewTab(ext);
  for (const heading of [
    'Recommended for you',
    'Project of the day',
    'Favourites',
    'Recently seen',
    'Browse by category',
  ]) {
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    await expect(region(page, heading)).toBeVisible();
  }
});

test('every region heading is there in the render that shows the first recommendation', async ({ ext }) => {
  // The favourite cards and category lists come a frame later (issue #8, use-after-first-paint),
  // but the regions and their headings (DESIGN.md contract) are part of the first render.
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      if (!document.querySelector('#recommended li')) return;
      observer.disconnect();
      const headings = [...document.querySelectorAll('h2')].map((heading) => heading.textContent?.trim());
      (window as unknown as { __headingsAtFirst: unknown }).__headingsAtFirst = headings;
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.goto(`chrome-extension://${ext.extensionId}/newtab.html`);
  const headings = await page.waitForFunction(
    () => (window as unknown as { __headingsAtFirst?: unknown }).__headingsAtFirst,
  );
  expect(await headings.jsonValue()).toEqual(
    expect.arrayContaining(['Recommended for you', 'Project of the day', 'Favourites', 'Browse by category']),
  );
  // And the lists fill in right after.
  await expect(region(page, 'Browse by category').locator('details').first()).toBeVisible();
});

test('the search box searches as the popup does: typing, arrows and Enter', async ({ ext }) => {
  const page = await openNewTab(ext);
  const box = page.getByRole('combobox', { name: 'Search the catalog' });
  await box.click();
  await box.pressSequentially('rabbit mq');
  const options = page.getByRole('listbox').getByRole('option');
  await expect(options.first()).toHaveAccessibleName(/^RabbitMQ/);
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await box.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = await options.nth(1).getAttribute('id');
  await expect(box).toHaveAttribute('aria-activedescendant', second ?? '');
  await box.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  // Enter opens the active result in a new tab (its homepage; the test network answers nothing).
  const opened = ext.context.waitForEvent('request', (request) => request.isNavigationRequest());
  await box.press('Enter');
  expect((await opened).url()).toMatch(/^https?:\/\/[^/]*rabbitmq/);
  // Typos and Chinese find the same as in the popup.
  await box.fill('zookeper');
  await expect(options.first()).toHaveAccessibleName(/^Apache ZooKeeper/);
  await box.fill('熔断器');
  await expect(options.first()).toHaveAccessibleName(/Circuit Breaker|熔断器/);
});

test('a fresh profile gets cold-start recommendations across at least four categories', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  const cards = recommendedCards(page);
  await expect(cards.first()).toBeVisible();
  const count = await cards.count();
  expect(count, 'issue #7 asks for 6 to 12 recommendations').toBeGreaterThanOrEqual(6);
  expect(count).toBeLessThanOrEqual(12);
  // The first badge of a card is its primary category.
  const primaries = await cards.evaluateAll((items) =>
    items.map((item) => item.querySelector('.tile__badges .badge')?.textContent ?? ''),
  );
  expect(primaries.every(Boolean), `every card shows its category: ${primaries}`).toBe(true);
  expect(new Set(primaries).size, `categories of the cold-start set: ${primaries}`).toBeGreaterThanOrEqual(4);
  // Each has a one-line reason.
  for (const reason of await cards.locator('.rec__reason').allInnerTexts()) expect(reason.trim()).not.toBe('');
});

test('after favouriting RabbitMQ the new tab recommends its Message Queue alternatives, saying why', async ({
  ext,
  openExtensionPage,
}) => {
  const popup = await openExtensionPage('popup.html');
  const box = popup.getByRole('combobox').or(popup.getByRole('searchbox')).first();
  await box.fill('rabbitmq');
  const option = popup.getByRole('option', { name: /^RabbitMQ/ }).first();
  await expect(option).toBeVisible();
  // The favourite toggle sits beside the option (a listbox option may not contain buttons).
  const favourite = popup.getByRole('button', { name: /^Add RabbitMQ to favourites$/ });
  await favourite.click();
  await expect(popup.getByRole('button', { name: /^Remove RabbitMQ from favourites$/ })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  const page = await openNewTab(ext, DATE);
  const reasoned = recommendedCards(page).filter({ hasText: 'Alternative to RabbitMQ, which you saved' });
  await expect(reasoned.first()).toBeVisible();
  expect(await reasoned.count()).toBeGreaterThanOrEqual(2);
  for (const badges of await reasoned.locator('.tile__badges').allInnerTexts())
    expect(badges).toContain('Message Queue');
  expect(await cardNames(recommendedCards(page))).not.toContain('RabbitMQ'); // never a favourite
  await expect(region(page, 'Favourites').getByRole('heading', { name: 'RabbitMQ' })).toBeVisible();
});

test('"Not interested" removes a recommendation for good', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  const cards = recommendedCards(page);
  await expect(cards.first()).toBeVisible();
  const [name] = await cardNames(cards);
  await page.getByRole('button', { name: `Not interested in ${name}` }).click();
  await expect(region(page, 'Recommended for you').getByRole('status')).toContainText(name);
  await expect(cards.getByRole('heading', { name, exact: true })).toHaveCount(0);
  // Keyboard users keep their place: focus moved to the next card's button.
  await expect(page.locator(':focus')).toHaveClass(/rec__dismiss/);

  await page.reload();
  await expect(cards.first()).toBeVisible();
  expect(await cardNames(cards)).not.toContain(name);
  const dismissed = await send<{ id: string; scope: string }[]>(page, { type: 'dismissed.list' });
  expect(dismissed.filter((d) => d.scope === 'recommendation')).toHaveLength(1);
});

test('"Undo" brings a dismissed recommendation back', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  const cards = recommendedCards(page);
  await expect(cards.first()).toBeVisible(); // the names are read at once: wait for the cards
  const [name] = await cardNames(cards);
  await page.getByRole('button', { name: `Not interested in ${name}` }).click();
  await expect(cards.getByRole('heading', { name, exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(cards.getByRole('heading', { name, exact: true })).toHaveCount(1);
  await page.reload();
  await expect(cards.getByRole('heading', { name, exact: true })).toHaveCount(1);
});

test('the project of the day is stable within a day and changes across days', async ({ ext }) => {
  const pickOn = async (date: string) => {
    const page = await openNewTab(ext, date);
    const name = await region(page, 'Project of the day').getByRole('heading', { level: 3 }).textContent();
    await page.close();
    return name;
  };
  const first = await pickOn('2026-03-01');
  expect(await pickOn('2026-03-01')).toBe(first);
  const week = [first];
  for (const day of ['02', '03', '04', '05', '06', '07']) week.push(await pickOn(`2026-03-${day}`));
  expect(new Set(week).size, `picks of a week: ${week}`).toBe(7);
});

test('the project of the day is never also one of the recommendations', async ({ ext }) => {
  // A fresh profile on days whose pick is one of the cold-start recommendations (2026-11-26's is),
  // and the days around them: the pick shows once, the recommendations still fill their nine slots.
  for (const day of ['20', '21', '22', '23', '24', '25', '26']) {
    const page = await openNewTab(ext, `2026-11-${day}`);
    const pick = (await region(page, 'Project of the day').getByRole('heading', { level: 3 }).textContent()) ?? '';
    const cards = recommendedCards(page);
    await expect(cards).toHaveCount(9);
    expect(await cardNames(cards), `2026-11-${day}`).not.toContain(pick);
    await page.close();
  }
});

test('saving the project of the day keeps it for the day, focus on its star; the next day skips it', async ({
  ext,
}) => {
  const page = await openNewTab(ext, '2026-03-01');
  const card = region(page, 'Project of the day');
  const pick = (await card.getByRole('heading', { level: 3 }).textContent()) ?? '';
  const star = card.getByRole('button', { name: `Add ${pick} to favourites` });
  await star.focus();
  await page.keyboard.press('Enter');
  // The card stays and its star fills; focus stays on it (it used to swap to another project
  // with focus on that one's star, so a second Enter saved a project the user never chose).
  const saved = card.getByRole('button', { name: `Remove ${pick} from favourites` });
  await expect(saved).toBeFocused();
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(pick);
  await expect(region(page, 'Favourites').getByRole('heading', { name: pick })).toBeVisible();
  await page.reload();
  await expect(card.getByRole('heading', { level: 3 })).toHaveText(pick); // a new tab later that day
  // The next day's pick is never a favourite.
  const nextDay = await openNewTab(ext, '2026-03-02');
  const next = region(nextDay, 'Project of the day').getByRole('heading', { level: 3 });
  await expect(next).not.toHaveText(pick);
});

test('the project of the day skips favourites saved before the day, and keeps still as others are saved', async ({
  ext,
}) => {
  const day = '2026-03-01';
  const unsaved = projectOfTheDay(bundledCatalog, dayAsDate(day)) as Project;
  const page = await openNewTab(ext, '2026-02-01');
  await send(page, { type: 'favourites.set', id: unsaved.id, on: true });
  await page.goto(`chrome-extension://${ext.extensionId}/newtab.html?date=${day}`);
  const heading = region(page, 'Project of the day').getByRole('heading', { level: 3 });
  const expected = projectOfTheDay(bundledCatalog, dayAsDate(day), [unsaved.id]) as Project;
  await expect(heading).toHaveText(expected.name);
  // Saving other projects and "Not interested" change the rotation's set, not the day's pick.
  const cards = recommendedCards(page);
  await cards
    .first()
    .getByRole('button', { name: /^Add .* to favourites$/ })
    .click();
  await cards.nth(1).getByRole('button', { name: 'Not interested' }).click();
  await page.reload();
  await expect(heading).toHaveText(expected.name);
});

test('visited projects show under Recently seen and lead to same-category recommendations', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  await send(page, { type: 'visit', id: 'etcd' }); // what the annotation sends on etcd's GitHub page
  await page.reload();
  const recent = region(page, 'Recently seen');
  await expect(recent.getByRole('link', { name: 'etcd' })).toBeVisible();
  await expect(recent.locator('time')).toHaveText('now');
  await expect(
    recommendedCards(page).filter({ hasText: 'Same category as etcd, which you visited' }).first(),
  ).toBeVisible();
});

test('the search results float over the page and close when focus leaves', async ({ ext }) => {
  const page = await openNewTab(ext, '2026-03-01');
  const box = page.getByRole('combobox', { name: 'Search the catalog' });
  await box.click();
  await box.pressSequentially('queue');
  const listbox = page.getByRole('listbox');
  await expect(listbox.getByRole('option').first()).toBeVisible();
  const before = await region(page, 'Recommended for you').boundingBox();
  await page.screenshot({ path: test.info().outputPath('newtab-search.png') });
  await page.getByRole('heading', { level: 1 }).click();
  await expect(listbox).toBeHidden();
  const after = await region(page, 'Recommended for you').boundingBox();
  expect(after?.y).toBe(before?.y); // the results did not push the page down
  await box.focus();
  await expect(listbox.getByRole('option').first()).toBeVisible();
});
