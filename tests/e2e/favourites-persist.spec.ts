import { launchExtension, makeUserDataDir, removeUserDataDir } from '../helpers/extension';
import { region } from '../helpers/newtab';
import { favouriteFromPopup, openPopup } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// Issue #4, end to end: a favourite saved in the popup is still there after the browser is
// closed and the same profile is opened again, in the popup and on the new tab.

test('a favourite made in the popup survives closing and relaunching the browser', async () => {
  test.setTimeout(60_000);
  const profile = makeUserDataDir();
  try {
    const first = await launchExtension(profile);
    const popup = await openPopup(first);
    await favouriteFromPopup(popup, 'rabbitmq', 'RabbitMQ');
    // Saved by the background (IndexedDB), as its storage.local mirror shows, before the browser closes.
    await expect
      .poll(() =>
        first.serviceWorker.evaluate(async () => {
          const { chrome } = globalThis as unknown as {
            chrome: { storage: { local: { get(k: string): Promise<Record<string, unknown>> } } };
          };
          return (await chrome.storage.local.get('favouriteIds')).favouriteIds;
        }),
      )
      .toEqual(['rabbitmq']);
    await first.context.close();

    const second = await launchExtension(profile);
    try {
      const reopened = await openPopup(second);
      const favourites = reopened.getByRole('group', { name: 'Favourites' });
      await expect(favourites.getByRole('option', { name: /^RabbitMQ, / })).toBeVisible();
      await expect(reopened.getByRole('button', { name: 'Remove RabbitMQ from favourites' })).toHaveAttribute(
        'aria-pressed',
        'true',
      );

      const newTab = await second.context.newPage();
      await newTab.goto('chrome://newtab');
      const onNewTab = region(newTab, 'Favourites');
      await expect(onNewTab.getByRole('heading', { name: 'Favourites' })).toBeVisible();
      await expect(onNewTab.getByText('RabbitMQ', { exact: true }).first()).toBeVisible();
    } finally {
      await second.context.close();
    }
  } finally {
    removeUserDataDir(profile);
  }
});
