import AxeBuilder from '@axe-core/playwright';
import { openGithubPage } from '../helpers/annotation';
import { favouriteFromPopup, openPopup, searchBox, tabShowing } from '../helpers/popup';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #10 for the popup's busier states (the shared a11y spec scans the empty popup): results
// with an expanded item, and the groups shown before typing (this page, favourites, recent),
// in both themes and both languages. Each option's buttons sit beside it, not inside it.

test('no axe violations with results, details and groups, in light and dark, English and 简体中文', async ({ ext }) => {
  test.setTimeout(90_000);
  // Recorded as a visit: "Recently seen".
  const { page: github } = await openGithubPage(ext, 'https://github.com/apache/zookeeper');
  await tabShowing(ext, 'zookeeper');
  await github.goto('https://github.com/etcd-io/etcd');
  const tabId = await tabShowing(ext, 'etcd');
  const setup = await openPopup(ext);
  await favouriteFromPopup(setup, 'consul', 'Consul');
  await setup.close();

  const failures: string[] = [];
  for (const language of ['en', 'zh_CN'] as const) {
    await setSettings(ext, { language });
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await openPopup(ext, { tab: tabId });
      await popup.emulateMedia({ colorScheme });
      await expect(popup.getByRole('group')).toHaveCount(3); // this page, favourites, recently seen
      for (const state of ['groups', 'results'] as const) {
        if (state === 'results') {
          await searchBox(popup).fill('rabitmq');
          await expect(popup.locator('.results__details')).toBeVisible();
        }
        const { violations } = await new AxeBuilder({ page: popup }).analyze();
        for (const v of violations) {
          failures.push(`${language} ${colorScheme} ${state}: ${v.id} (${v.nodes.map((n) => n.target).join(', ')})`);
        }
      }
      await popup.close();
    }
  }
  expect(failures).toEqual([]);
});

test('the keyboard reaches the active result’s buttons with Tab and comes back to typing', async ({ ext }) => {
  const popup = await openPopup(ext);
  await popup.keyboard.type('etcd');
  await popup.keyboard.press('Tab');
  const favourite = popup.getByRole('button', { name: 'Add etcd to favourites' });
  await expect(favourite).toBeFocused();
  await popup.keyboard.press('Space');
  await expect(popup.getByRole('button', { name: 'Remove etcd from favourites' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await popup.keyboard.press('Tab');
  await expect(popup.getByRole('button', { name: 'Details of etcd' })).toBeFocused();
  await popup.keyboard.press('Shift+Tab');
  await popup.keyboard.press('Shift+Tab');
  await expect(searchBox(popup)).toBeFocused();
});
