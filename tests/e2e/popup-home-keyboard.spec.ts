import type { Page } from '@playwright/test';
import { openGithubPage } from '../helpers/annotation';
import { openPopup, searchBox, tabShowing } from '../helpers/popup';
import { sendFromPage } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The keyboard after a star or a result's other controls: starring a row before typing moves it
// to another group (or takes it off the list), which must not drop focus to <body> and reset the
// selection; and Escape on a result's star, chevron or link brings focus back to typing.

const expectSelected = (page: Page, id: string | null) =>
  expect(page.getByRole('option', { selected: true })).toHaveAttribute('data-project-id', id ?? '');

test('unstarring a favourite from the keyboard keeps typing alive: the neighbour is selected, focus in the box', async ({
  ext,
}) => {
  const setup = await openPopup(ext);
  for (const id of ['rabbitmq', 'etcd', 'nginx']) await sendFromPage(setup, { type: 'favourites.set', id, on: true });
  await setup.close();

  const popup = await openPopup(ext);
  const favourites = popup.getByRole('group', { name: 'Favourites' }).getByRole('option');
  await expect(favourites).toHaveCount(3);
  const ids = await favourites.evaluateAll((options) => options.map((o) => o.getAttribute('data-project-id')));
  expect(ids[1]).toBe('etcd');

  await popup.keyboard.press('ArrowDown');
  await expectSelected(popup, 'etcd');
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Remove etcd from favourites' })).toBeFocused();
  await popup.keyboard.press('Space');

  // etcd is gone from the list (it was only a favourite): its neighbour takes its place.
  await expect(favourites).toHaveCount(2);
  await expect(searchBox(popup), 'focus goes back to typing, not to <body>').toBeFocused();
  await expectSelected(popup, ids[2]);
  await popup.keyboard.press('ArrowUp');
  await expectSelected(popup, ids[0]);
});

test('starring a recently seen project moves it to Favourites with focus still on its star and the selection on it', async ({
  ext,
}) => {
  const { page: github } = await openGithubPage(ext, 'https://github.com/hashicorp/consul');
  await tabShowing(ext, 'consul');
  await github.goto('https://github.com/apache/zookeeper');
  await tabShowing(ext, 'zookeeper');
  await github.close();
  const setup = await openPopup(ext);
  await sendFromPage(setup, { type: 'favourites.set', id: 'etcd', on: true });
  await setup.close();

  const popup = await openPopup(ext);
  const recent = popup.getByRole('group', { name: 'Recently seen' });
  await expect(recent.getByRole('option', { name: /^Consul, / })).toBeVisible();
  // Favourites: etcd; Recently seen: Apache ZooKeeper, Consul (most recent first).
  await popup.keyboard.press('ArrowUp');
  await expectSelected(popup, 'consul');
  await popup.keyboard.press('Tab');
  await popup.keyboard.press('Space');

  await expect(
    popup.getByRole('group', { name: 'Favourites' }).getByRole('option', { name: /^Consul, / }),
  ).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Remove Consul from favourites' })).toBeFocused();
  await expectSelected(popup, 'consul');

  // And back: Space again unstars it (it returns to Recently seen), focus still on its star.
  await popup.keyboard.press('Space');
  await expect(recent.getByRole('option', { name: /^Consul, / })).toBeVisible();
  await expect(popup.getByRole('button', { name: 'Add Consul to favourites' })).toBeFocused();
  await expectSelected(popup, 'consul');

  // Escape returns to typing, where the arrows go on from Consul.
  await popup.keyboard.press('Escape');
  await expect(searchBox(popup)).toBeFocused();
  await popup.keyboard.press('ArrowUp');
  await expectSelected(popup, 'zookeeper');
});

test('Escape on a result’s star, chevron or details link brings focus back to the search box, which keeps its text', async ({
  ext,
}) => {
  const popup = await openPopup(ext);
  const box = searchBox(popup);
  await popup.keyboard.type('etcd');
  await expect(popup.locator('.results__details')).toBeVisible();

  const controls = [
    popup.getByRole('button', { name: 'Add etcd to favourites' }),
    popup.getByRole('button', { name: 'Details of etcd' }),
    popup.locator('.results__details').getByRole('link').first(),
  ];
  for (const [index, control] of controls.entries()) {
    for (let i = 0; i <= index; i++) await popup.keyboard.press('Tab');
    await expect(control).toBeFocused();
    await popup.keyboard.press('Escape');
    await expect(box, `Escape from control ${index}`).toBeFocused();
    await expect(box).toHaveValue('etcd');
  }

  // In the box the contract is unchanged: the first Escape clears, the second closes.
  await popup.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Escape').catch(() => {});
  await closed;
});
