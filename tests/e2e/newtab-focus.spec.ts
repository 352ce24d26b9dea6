import type { Page } from '@playwright/test';
import { cardNames, openNewTab, recommendedCards, region, send } from '../helpers/newtab';
import { expect, test } from '../helpers/test';

// Keyboard users keep their place on the new tab: an action that takes the focused control
// away (a saved recommendation, Undo, a removed tag or favourite, the 20th tag) leaves the
// focus on the control that took its place, never on <body>. Found in a QA pass; each of
// these checks fails on the build before the fix. Also: quick tag edits build on each other,
// and "Show again" in the options reaches an open new tab.

const DATE = '2026-03-10';

async function favouriteWithTags(page: Page, id: string, tags: string[]) {
  await send(page, { type: 'favourites.set', id, on: true });
  if (tags.length > 0) await send(page, { type: 'favourites.update', id, tags });
}

const storedTags = async (page: Page, id: string) =>
  (await send<{ id: string; tags: string[] }[]>(page, { type: 'favourites.list' })).find((f) => f.id === id)?.tags;

test('saving a recommendation keeps its card and the focus on its star', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  const cards = recommendedCards(page);
  await expect(cards).toHaveCount(9);
  const before = await cardNames(cards);
  const second = before[1];
  await cards
    .nth(1)
    .getByRole('button', { name: `Add ${second} to favourites` })
    .focus();
  await page.keyboard.press('Enter');
  const saved = cards.nth(1).getByRole('button', { name: `Remove ${second} from favourites` });
  await expect(saved).toBeFocused();
  await expect(saved).toHaveAttribute('aria-pressed', 'true');
  await expect(region(page, 'Favourites').getByRole('heading', { name: second })).toBeVisible();
  expect(await cardNames(cards)).toEqual(before); // nothing reshuffled under the pointer
  // A second Enter undoes it, and the card still stays.
  await page.keyboard.press('Enter');
  await expect(cards.nth(1).getByRole('button', { name: `Add ${second} to favourites` })).toBeFocused();
  await expect(region(page, 'Favourites').getByRole('heading', { name: second })).toHaveCount(0);
  expect(await cardNames(cards)).toEqual(before);
});

test('Undo after "Not interested" brings the card back with the focus on it', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  const cards = recommendedCards(page);
  const name = (await cardNames(cards))[2];
  await cards
    .nth(2)
    .getByRole('button', { name: `Not interested in ${name}` })
    .press('Enter');
  const undo = region(page, 'Recommended for you').getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: `Not interested in ${name}` })).toBeFocused();
});

test('removing tags and reaching 20 tags keep the focus in the tag editor; quick edits all count', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  await favouriteWithTags(page, 'rabbitmq', ['one', 'two', 'three']);
  const favourites = region(page, 'Favourites');
  const tags = favourites.getByRole('list', { name: 'Tags of RabbitMQ' });
  await expect(tags).toContainText('#three');

  // The removed chip's place goes to the next chip, then the previous, then the field.
  await favourites.getByRole('button', { name: 'Remove tag one from RabbitMQ' }).press('Enter');
  await expect(favourites.getByRole('button', { name: 'Remove tag two from RabbitMQ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(favourites.getByRole('button', { name: 'Remove tag three from RabbitMQ' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(favourites.getByRole('textbox', { name: 'Add a tag to RabbitMQ' })).toBeFocused();
  await expect.poll(() => storedTags(page, 'rabbitmq')).toEqual([]);

  // Typed quickly, one after the other, before the first reached the store: both are kept.
  await page.keyboard.type('alpha');
  await page.keyboard.press('Enter');
  await page.keyboard.type('beta');
  await page.keyboard.press('Enter');
  await expect.poll(() => storedTags(page, 'rabbitmq')).toEqual(['alpha', 'beta']);

  // Two chips removed 30 ms apart: the second builds on the first.
  await favourites.getByRole('button', { name: 'Remove tag alpha from RabbitMQ' }).click();
  await page.waitForTimeout(30);
  await favourites.getByRole('button', { name: 'Remove tag beta from RabbitMQ' }).click();
  await expect.poll(() => storedTags(page, 'rabbitmq')).toEqual([]);

  // The 20th tag hides the field it was typed in: the focus goes to the last chip.
  await send(page, {
    type: 'favourites.update',
    id: 'rabbitmq',
    tags: Array.from({ length: 19 }, (_, i) => `t${i + 1}`),
  });
  const field = favourites.getByRole('textbox', { name: 'Add a tag to RabbitMQ' });
  await expect(tags.getByRole('listitem')).toHaveCount(19);
  await field.fill('last, one-too-many');
  await field.press('Enter');
  await expect(field).toHaveCount(0);
  await expect(favourites.getByRole('button', { name: 'Remove tag last from RabbitMQ' })).toBeFocused();
  // The limit is said, not applied silently.
  await expect(favourites.getByRole('status').filter({ hasText: 'at most 20 tags: 1 not added.' })).toBeVisible();
});

test('a tag longer than 40 characters is shortened, and the page says so', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  await favouriteWithTags(page, 'etcd', []);
  const favourites = region(page, 'Favourites');
  const field = favourites.getByRole('textbox', { name: 'Add a tag to etcd' });
  await field.fill('x'.repeat(50));
  await field.press('Enter');
  await expect.poll(() => storedTags(page, 'etcd')).toEqual(['x'.repeat(40)]);
  await expect(favourites.getByRole('status').filter({ hasText: 'Tags are at most 40 characters' })).toBeVisible();
  await field.fill('y');
  await expect(favourites.getByRole('status').filter({ hasText: 'Tags are at most 40 characters' })).toHaveCount(0);
});

test('removing a favourite puts the focus on the card that took its place, then on the heading', async ({ ext }) => {
  const page = await openNewTab(ext, DATE);
  await favouriteWithTags(page, 'etcd', []);
  await favouriteWithTags(page, 'rabbitmq', []); // newest first: RabbitMQ, then etcd
  const favourites = region(page, 'Favourites');
  await expect(favourites.getByRole('heading', { name: 'etcd' })).toBeVisible();
  await favourites.getByRole('button', { name: 'Remove RabbitMQ from favourites' }).press('Enter');
  await expect(favourites.getByRole('heading', { name: 'RabbitMQ' })).toHaveCount(0);
  // Its name link, not its Remove button: a second Enter must not remove another favourite.
  await expect(favourites.getByRole('link', { name: 'etcd' })).toBeFocused();
  await favourites.getByRole('button', { name: 'Remove etcd from favourites' }).press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Favourites' })).toBeFocused();
});

test('"Show again" in the options brings a recommendation back to an open new tab', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openNewTab(ext, DATE);
  const cards = recommendedCards(page);
  const name = (await cardNames(cards))[0];
  await cards
    .first()
    .getByRole('button', { name: `Not interested in ${name}` })
    .click();
  await expect(cards.getByRole('heading', { name, exact: true })).toHaveCount(0);

  const options = await openExtensionPage('options.html');
  await options.getByRole('button', { name: `Show again: ${name}` }).click();
  await expect(cards.getByRole('heading', { name, exact: true })).toHaveCount(1);
});
