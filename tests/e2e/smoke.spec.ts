import { openGithubPage } from '../helpers/annotation';
import { watchContentScript } from '../helpers/content-script';
import { fixture } from '../helpers/extension';
import { expect, test } from '../helpers/test';

// The foundation: every entrypoint loads in a real Chromium with the built extension.

test('the popup page opens and renders its search box', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('popup.html');
  await expect(page.getByRole('heading', { name: 'Archscout' })).toBeVisible();
  await expect(page.getByRole('searchbox').or(page.getByRole('combobox'))).toBeVisible();
});

test('chrome://newtab shows the extension new-tab page', async ({ ext }) => {
  const page = await ext.context.newPage();
  await page.goto('chrome://newtab');
  await expect(page).toHaveURL(new RegExp(`^chrome-extension://${ext.extensionId}/newtab.html`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('the options page opens', async ({ openExtensionPage }) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a GitHub repository page gets the annotation element', async ({ ext }) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await expect(page.locator('archscout-annotation')).toHaveCount(1);
});

test('a page outside GitHub gets no annotation', async ({ ext }) => {
  await ext.serve('https://example.org/**', fixture('plain-page.html'));
  const page = await ext.context.newPage();
  const script = await watchContentScript(ext, page);
  await page.goto('https://example.org/');
  await expect(page.getByRole('heading', { name: 'Not a listed project' })).toBeVisible();
  // Chromium put none of our content scripts into the page (they are injected as it starts).
  expect(await script.settled()).toBe('not injected');
  await expect(page.locator('archscout-annotation')).toHaveCount(0);
});
