import { importThroughBackground } from '../helpers/import-file';
import { openNewTab, region, send } from '../helpers/newtab';
import { expect, test } from '../helpers/test';

// Issue #7: the Favourites grid (tags, tag filter, note, remove) and the minimal new tab.

test('the favourites grid shows favourites; tags, the tag filter and notes work and persist', async ({ ext }) => {
  const page = await openNewTab(ext);
  await send(page, { type: 'favourites.set', id: 'rabbitmq', on: true });
  await send(page, { type: 'favourites.set', id: 'etcd', on: true });
  const favourites = region(page, 'Favourites');
  // Live: favourites added elsewhere show without a reload.
  await expect(favourites.getByRole('heading', { name: 'RabbitMQ' })).toBeVisible();
  await expect(favourites.getByRole('heading', { name: 'etcd' })).toBeVisible();

  await favourites.getByRole('textbox', { name: 'Add a tag to RabbitMQ' }).fill('Broker');
  await page.keyboard.press('Enter');
  await expect(favourites.getByRole('list', { name: 'Tags of RabbitMQ' })).toContainText('#broker');

  const filter = favourites.getByRole('group', { name: 'Filter favourites by tag' });
  await filter.getByRole('button', { name: /#broker/ }).click();
  await expect(favourites.getByRole('heading', { name: 'etcd' })).toHaveCount(0);
  await expect(favourites.getByRole('heading', { name: 'RabbitMQ' })).toBeVisible();
  await filter.getByRole('button', { name: /All/ }).click();
  await expect(favourites.getByRole('heading', { name: 'etcd' })).toBeVisible();

  await favourites.getByRole('button', { name: 'Add a note to RabbitMQ' }).click();
  const note = favourites.getByRole('textbox', { name: 'Note on RabbitMQ' });
  await expect(note).toBeFocused();
  await note.fill('Try quorum queues');
  await favourites.getByRole('button', { name: 'Save' }).click();
  await expect(favourites.getByText('Try quorum queues')).toBeVisible();

  await page.reload();
  await expect(favourites.getByText('Try quorum queues')).toBeVisible();
  await expect(favourites.getByRole('list', { name: 'Tags of RabbitMQ' })).toContainText('#broker');
  const stored = await send<{ id: string; tags: string[]; note?: string }[]>(page, { type: 'favourites.list' });
  expect(stored.find((f) => f.id === 'rabbitmq')).toMatchObject({ tags: ['broker'], note: 'Try quorum queues' });

  await favourites.getByRole('button', { name: 'Remove tag broker from RabbitMQ' }).click();
  await expect(favourites.getByRole('list', { name: 'Tags of RabbitMQ' })).toHaveCount(0);
  await favourites.getByRole('button', { name: 'Remove RabbitMQ from favourites' }).click();
  await expect(favourites.getByRole('heading', { name: 'RabbitMQ' })).toHaveCount(0);
  await expect(favourites.getByRole('heading', { name: 'etcd' })).toBeVisible();
});

test('a favourite whose project left the catalog shows as no longer in the catalog, and can be removed', async ({
  ext,
}) => {
  const page = await openNewTab(ext);
  // An import from an older catalog brings a favourite this catalog does not have.
  const file = {
    format: 'archscout',
    version: 1,
    exportedAt: '2026-01-31T12:00:00.000Z',
    favourites: [
      { id: 'old-queue', name: 'Old Queue', addedAt: '2025-06-01T12:00:00.000Z', tags: ['legacy'], note: 'Replaced' },
    ],
  };
  const result = await importThroughBackground(page, JSON.stringify(file));
  expect(result.ok).toBe(true);
  const favourites = region(page, 'Favourites');
  const card = favourites.getByRole('article').filter({ hasText: 'Old Queue' });
  await expect(card).toContainText('Not in this catalog');
  await expect(card).toContainText('#legacy');
  await expect(card).toContainText('Replaced');
  await expect(card.getByRole('link')).toHaveCount(0); // nothing to open
  await card.getByRole('button', { name: 'Remove Old Queue from favourites' }).click();
  await expect(card).toHaveCount(0);
  expect(await send<unknown[]>(page, { type: 'favourites.list' })).toEqual([]);
});

test('the minimal new tab shows only the search box and favourites, switching live', async ({ ext }) => {
  const page = await openNewTab(ext);
  await expect(page.getByRole('heading', { name: 'Recommended for you' })).toBeVisible();
  await send(page, { type: 'settings.set', patch: { minimalNewTab: true } });
  await expect(page.getByRole('heading', { name: 'Recommended for you' })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Favourites' })).toBeVisible();
  await expect(page.getByRole('combobox').or(page.getByRole('searchbox')).first()).toBeVisible();
  const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
  expect(headings).toEqual(['Favourites']);
  await page.screenshot({ path: test.info().outputPath('newtab-minimal.png'), fullPage: true });
});
