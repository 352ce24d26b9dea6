import type { Page } from '@playwright/test';
import { annotation, githubPage, openGithubPage, softNavigate } from '../helpers/annotation';
import { fixture } from '../helpers/extension';
import { readLocal } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The annotation keeps what the user opened and where their focus is: starring flips the star in
// place (the background's user-data change that follows must not rebuild the card), hiding and
// Undo move focus to the control that replaces the one pressed, and a floating card is tabbed
// into from its pill.

const hideButton = (page: Page, name: string) =>
  annotation(page).getByRole('button', { name: `Hide the Archscout card for ${name}` });

test('starring keeps the card as it is: still open, compare still open, focus still on the star', async ({ ext }) => {
  await ext.serve('https://www.rabbitmq.com/**', (url) => fixture('docs/docusaurus-dark.html', url));
  const { page, errors } = await openGithubPage(ext);
  for (const [url, id, floating] of [
    ['https://github.com/etcd-io/etcd/issues/1', 'etcd', true],
    ['https://www.rabbitmq.com/docs/queues', 'rabbitmq', true],
    ['https://github.com/etcd-io/etcd', 'etcd', false],
  ] as const) {
    await page.goto(url);
    const host = annotation(page);
    const pill = host.locator('button.pill');
    if (floating) await pill.click();
    const compare = host.getByRole('button', { name: 'Compare side by side' });
    await compare.click();
    await expect(host.getByRole('table'), url).toBeVisible();
    const star = host.getByRole('button', { name: /favourite/ });
    for (const on of [true, false]) {
      await star.focus();
      await page.keyboard.press('Enter');
      await expect(star, url).toHaveAttribute('aria-pressed', String(on));
      // The background records it, bumps the user-data revision, and the page asks for the card again.
      await expect.poll(async () => (await readLocal<string[]>(ext, 'favouriteIds'))?.includes(id), url).toBe(on);
      await page.waitForTimeout(600);
      await expect(star, url).toHaveAttribute('aria-pressed', String(on));
      await expect(star, url).toBeFocused();
      await expect(host.getByRole('table'), url).toBeVisible();
      await expect(host.getByRole('button', { name: 'Hide comparison' }), url).toHaveAttribute('aria-expanded', 'true');
      if (floating) await expect(pill, url).toHaveAttribute('aria-expanded', 'true');
    }
  }
  expect(errors).toEqual([]);
});

test('floating: Tab from the opened pill goes into the card, in visual order', async ({ ext }) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd/issues/1');
  const host = annotation(page);
  const pill = host.locator('button.pill');
  await pill.focus();
  await page.keyboard.press('Enter');
  await expect(pill).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Tab');
  await expect(host.getByRole('button', { name: 'Add etcd to favourites' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(hideButton(page, 'etcd')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(host.getByRole('list').getByRole('link').first()).toBeFocused();
  const links = await host.getByRole('list').getByRole('link').count();
  for (let i = 1; i < links; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(host.getByRole('button', { name: 'Compare side by side' })).toBeFocused();
  // The panel sits above the pill all the same.
  const panelBox = await host.locator('.panel').boundingBox();
  const pillBox = await pill.boundingBox();
  expect(panelBox && pillBox && panelBox.y + panelBox.height <= pillBox.y).toBe(true);
  await page.keyboard.press('Escape');
  await expect(pill).toBeFocused();
  await expect(pill).toHaveAttribute('aria-expanded', 'false');
});

test('floating: hiding keeps the notice and a focused Undo in view; Undo reopens the card', async ({ ext }) => {
  const { page, errors } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd/issues/1');
  const host = annotation(page);
  await host.locator('button.pill').click();
  await hideButton(page, 'etcd').click();
  await expect(host.getByRole('status')).toBeVisible();
  await expect(host.getByRole('status')).toHaveText('Archscout card hidden for etcd. Undo');
  const undo = host.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  // Still there after the background's change notice has come and gone.
  await page.waitForTimeout(600);
  await expect(undo).toBeVisible();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hideButton(page, 'etcd')).toBeVisible();
  await expect(hideButton(page, 'etcd')).toBeFocused();
  await page.waitForTimeout(600);
  await expect(hideButton(page, 'etcd')).toBeFocused();
  expect(errors).toEqual([]);
});

test('sidebar: Undo puts focus back on the restored card', async ({ ext }) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await hideButton(page, 'etcd').focus();
  await page.keyboard.press('Enter');
  const undo = annotation(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hideButton(page, 'etcd')).toBeFocused();
  await page.waitForTimeout(600);
  await expect(hideButton(page, 'etcd')).toBeFocused();
});

test('a soft navigation while "hidden · Undo" shows leaves the project hidden', async ({ ext }) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await hideButton(page, 'etcd').click();
  await expect(annotation(page).getByRole('status')).toBeVisible();
  const next = 'https://github.com/etcd-io/etcd/issues/2';
  await softNavigate(page, next, githubPage(new URL(next)), 'turbo:render');
  await expect(page).toHaveURL(next);
  await page.waitForTimeout(600);
  await expect(annotation(page)).toHaveCount(0);
  // Another listed project is still annotated after a soft navigation.
  const other = 'https://github.com/hashicorp/consul';
  await softNavigate(page, other, githubPage(new URL(other)), 'turbo:render');
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
});

test('hide, Undo, hide again: the second "hidden · Undo" stays its full time, not what was left of the first', async ({
  ext,
}) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  const undo = annotation(page).getByRole('button', { name: 'Undo' });
  await hideButton(page, 'etcd').click();
  const firstHide = Date.now();
  await undo.click();
  await page.waitForTimeout(4000);
  await hideButton(page, 'etcd').click();
  // Past the first hide's 6 s (components/annotation/dismiss-notice.ts), well within the second's.
  await page.waitForTimeout(Math.max(0, 7200 - (Date.now() - firstHide)));
  await expect(undo).toBeVisible({ timeout: 100 });
  await expect(annotation(page)).toHaveCount(0, { timeout: 5000 });
});
