import { importThroughBackground } from '../helpers/import-file';
import { openNewTab, region, send } from '../helpers/newtab';
import { orphanExport } from '../helpers/orphan-export';
import { openPopup, searchBox } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// Found by the sixth session's QA pass, in a real browser.

test('deleting the filtered tag from a card, which takes the card out of the filter, leaves the focus on the next card', async ({
  ext,
}) => {
  const page = await openNewTab(ext, '2026-03-10');
  for (const id of ['etcd', 'zookeeper', 'rabbitmq']) await send(page, { type: 'favourites.set', id, on: true });
  // Newest first: RabbitMQ, ZooKeeper, etcd; the first two tagged "queue".
  await send(page, { type: 'favourites.update', id: 'rabbitmq', tags: ['queue', 'broker'] });
  await send(page, { type: 'favourites.update', id: 'zookeeper', tags: ['queue'] });
  const favourites = region(page, 'Favourites');
  await favourites
    .getByRole('group', { name: 'Filter favourites by tag' })
    .getByRole('button', { name: /#queue/ })
    .click();
  await expect(favourites.getByRole('article')).toHaveCount(2);

  // Delete on RabbitMQ's "queue" chip: RabbitMQ no longer belongs to the filter and goes, taking
  // the focused chip with it. Focus goes to the card that took its place, not to <body>.
  await favourites.getByRole('button', { name: 'Remove tag queue from RabbitMQ' }).focus();
  await page.keyboard.press('Delete');
  await expect(favourites.getByRole('article')).toHaveCount(1);
  await expect(favourites.getByRole('link', { name: 'Apache ZooKeeper' })).toBeFocused();
});

test('clearing the popup search empties its status line, which no longer speaks of the last query', async ({ ext }) => {
  const page = await openPopup(ext);
  const box = searchBox(page);
  const status = page.getByRole('status');
  await box.fill('redis');
  await expect(status).toHaveText('No listed project matches “redis”');
  // A screen reader user reading the popup after clearing heard of "redis" still.
  await box.fill('');
  await expect(page.getByText(/^Search \d+ projects in \d+ categories/)).toBeVisible(); // the idle view
  await expect(status).toHaveText('');
  await box.fill('rabbitmq');
  await expect(status).toHaveText('3 results');
});

test('after Remove or "Show more", focus is on a favourite not in the catalog by its name, where a second Enter removes no tag', async ({
  ext,
}) => {
  const page = await openNewTab(ext, '2026-03-10');
  await importThroughBackground(page, orphanExport(60));
  await page.reload();
  const favourites = region(page, 'Favourites');
  await expect(favourites.getByRole('article')).toHaveCount(48);
  const card = (name: string) => favourites.getByRole('article').filter({ has: page.getByRole('heading', { name }) });
  const chip = (name: string) => favourites.getByRole('button', { name: `Remove tag archive from ${name}` });

  // Newest first: Old 59, then Old 58. Its name takes the focus, not its first control (the
  // tag's remove button), which the Enter that pressed Remove, pressed again, would press.
  await favourites.getByRole('button', { name: 'Remove Old 59 from favourites' }).press('Enter');
  await expect(card('Old 59')).toHaveCount(0);
  await expect(card('Old 58').getByText('Old 58', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chip('Old 58')).toHaveCount(1);
  await page.keyboard.press('Tab'); // and the next Tab goes on into the card
  await expect(chip('Old 58')).toBeFocused();

  // 59 left, 48 shown: "Show more" brings Old 10 down to Old 0, and the focus to Old 10's name.
  await favourites.getByRole('button', { name: /^Show more favourites/ }).press('Enter');
  await expect(card('Old 10').getByText('Old 10', { exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(chip('Old 10')).toHaveCount(1);
  await expect
    .poll(async () =>
      (await send<{ id: string; tags: string[] }[]>(page, { type: 'favourites.list' })).every(
        (f) => f.tags.length === 1,
      ),
    )
    .toBe(true);
});
