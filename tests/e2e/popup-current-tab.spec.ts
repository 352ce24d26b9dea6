import { githubPage, openGithubPage, softNavigate } from '../helpers/annotation';
import { fixture } from '../helpers/extension';
import { actionState, openPopup, openPopupForTab, tabShowing } from '../helpers/popup';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #5: with an empty query the popup starts with the project of the current tab, and the
// toolbar icon marks a listed project's page. Playwright cannot open the toolbar popup, so the
// popup is opened as a page with the test-only ?tab=<id> naming the tab to treat as current.

test('on a listed project’s GitHub page the popup starts with it and its alternatives; the icon says what it is', async ({
  ext,
}) => {
  await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  const tabId = await tabShowing(ext, 'etcd');

  const state = await actionState(ext, tabId);
  expect(state.title).toBe('etcd · Service Discovery');
  expect(state.badge).not.toBe('');

  const popup = await openPopup(ext, { tab: tabId });
  const thisPage = popup.getByRole('group', { name: 'On this page' });
  const etcd = thisPage.getByRole('option', { name: /^etcd, Service Discovery, / });
  await expect(etcd).toBeVisible();
  await expect(popup.getByRole('option').first(), 'the current page comes first').toHaveAttribute(
    'aria-label',
    /^etcd, /,
  );
  await expect(etcd).toHaveAttribute('aria-selected', 'true');
  const details = popup.locator('.results__details');
  await expect(details.getByText('Alternatives')).toBeVisible();
  for (const name of ['Consul', 'Apache ZooKeeper']) await expect(details.getByRole('link', { name })).toBeVisible();
  await expect(details.getByRole('link', { name: 'Repository' })).toHaveAttribute(
    'href',
    'https://github.com/etcd-io/etcd',
  );

  // Enter opens the current page's project like any result.
  await expect(popup.getByRole('combobox')).toBeFocused();
});

test('a tab on a page that is not listed has no card, no badge and the default title', async ({ ext }) => {
  const { page: github } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  const tabId = await tabShowing(ext, 'etcd');

  // GitHub's own navigation (no reload) to a repository that is not listed: the script reports null.
  await softNavigate(
    github,
    'https://github.com/torvalds/linux',
    githubPage(new URL('https://github.com/torvalds/linux')),
    'turbo:render',
  );
  await expect.poll(async () => (await actionState(ext, tabId)).badge).toBe('');
  expect((await actionState(ext, tabId)).title).toBe('Archscout');
  const popup = await openPopupForTab(ext, tabId);
  expect(await popup.getByRole('group', { name: 'On this page' }).count()).toBe(0);
  await popup.close();

  // And back to a listed one without a reload: the card follows.
  await softNavigate(
    github,
    'https://github.com/hashicorp/consul',
    githubPage(new URL('https://github.com/hashicorp/consul')),
    'turbo:render',
  );
  await expect.poll(async () => (await actionState(ext, tabId)).title).toBe('Consul · Service Discovery');
  expect(await tabShowing(ext, 'consul')).toBe(tabId);
  const again = await openPopup(ext, { tab: tabId });
  await expect(again.getByRole('group', { name: 'On this page' }).getByRole('option')).toHaveAttribute(
    'aria-label',
    /^Consul, /,
  );
});

test('loading another site in the tab forgets its project', async ({ ext }) => {
  await ext.serve('https://example.org/**', fixture('plain-page.html'));
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  const tabId = await tabShowing(ext, 'etcd');
  await page.goto('https://example.org/');
  // No content script runs there to report; the browser drops the tab's badge on loading a new
  // page, and the popup reads a tab's record only while its badge is there.
  expect(await tabShowing(ext, 'etcd'), 'the stale record is still stored').toBe(tabId);
  expect((await actionState(ext, tabId)).badge).toBe('');
  const popup = await openPopupForTab(ext, tabId);
  await expect(popup.getByRole('group', { name: 'Recently seen' })).toBeVisible(); // the visit was recorded
  expect(await popup.getByRole('group', { name: 'On this page' }).count()).toBe(0);
});

test('the icon’s title uses the language setting: Chinese category names, following a change at once', async ({
  ext,
}) => {
  await setSettings(ext, { language: 'zh_CN' });
  await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  const tabId = await tabShowing(ext, 'etcd');
  await expect.poll(async () => (await actionState(ext, tabId)).title).toBe('etcd · 分布式协调'); // etcd's category in Chinese, as the annotation shows it

  // Changed in the options while the page is open: no reload needed.
  await setSettings(ext, { language: 'en' });
  await expect.poll(async () => (await actionState(ext, tabId)).title).toBe('etcd · Service Discovery');
});
