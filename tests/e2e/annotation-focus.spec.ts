import type { Page } from '@playwright/test';
import { annotation, githubPage, openGithubPage, softNavigate } from '../helpers/annotation';
import { watchContentScript } from '../helpers/content-script';
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
  const script = await watchContentScript(ext, page);
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
      // The background records it, bumps the user-data revision, and the page asks for the card
      // again: once that card is in, the card on the page must be as the user left it.
      await expect.poll(async () => (await readLocal<string[]>(ext, 'favouriteIds'))?.includes(id), url).toBe(on);
      expect(await script.settled(), url).toBe('settled');
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
  const { page, errors } = await openGithubPage(ext);
  const script = await watchContentScript(ext, page);
  await page.goto('https://github.com/etcd-io/etcd/issues/1');
  const host = annotation(page);
  await host.locator('button.pill').click();
  await hideButton(page, 'etcd').click();
  await expect(host.getByRole('status')).toBeVisible();
  await expect(host.getByRole('status')).toHaveText('Archscout card hidden for etcd. Undo');
  const undo = host.getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  // Still there after the background's change notice has come and gone (and the card asked again).
  expect(await script.settled()).toBe('settled');
  await expect(undo).toBeVisible();
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hideButton(page, 'etcd')).toBeVisible();
  await expect(hideButton(page, 'etcd')).toBeFocused();
  expect(await script.settled()).toBe('settled');
  await expect(hideButton(page, 'etcd')).toBeFocused();
  expect(errors).toEqual([]);
});

test('sidebar: Undo puts focus back on the restored card', async ({ ext }) => {
  const { page } = await openGithubPage(ext);
  const script = await watchContentScript(ext, page);
  await page.goto('https://github.com/etcd-io/etcd');
  await hideButton(page, 'etcd').focus();
  await page.keyboard.press('Enter');
  const undo = annotation(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(hideButton(page, 'etcd')).toBeFocused();
  expect(await script.settled()).toBe('settled');
  await expect(hideButton(page, 'etcd')).toBeFocused();
});

test('a soft navigation while "hidden · Undo" shows leaves the project hidden', async ({ ext }) => {
  const { page } = await openGithubPage(ext);
  const script = await watchContentScript(ext, page);
  await page.goto('https://github.com/etcd-io/etcd');
  await hideButton(page, 'etcd').click();
  await expect(annotation(page).getByRole('status')).toBeVisible();
  const next = 'https://github.com/etcd-io/etcd/issues/2';
  await softNavigate(page, next, githubPage(new URL(next)), 'turbo:render');
  await expect(page).toHaveURL(next);
  // The notice went with the page it was given on; the dismiss and the card asked for here are answered.
  await expect(annotation(page)).toHaveCount(0);
  expect(await script.settled()).toBe('settled');
  expect(await annotation(page).count()).toBe(0);
  // Another listed project is still annotated after a soft navigation.
  const other = 'https://github.com/hashicorp/consul';
  await softNavigate(page, other, githubPage(new URL(other)), 'turbo:render');
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
});

test('hide, Undo, hide again: the second "hidden · Undo" stays its full time, not what was left of the first', async ({
  ext,
}) => {
  const { page } = await openGithubPage(ext);
  const script = await watchContentScript(ext, page);
  await page.goto('https://github.com/etcd-io/etcd');
  const undo = annotation(page).getByRole('button', { name: 'Undo' });
  await hideButton(page, 'etcd').click();
  // Once the background has answered the first hide, its 6 s timer is set
  // (components/annotation/dismiss-notice.ts): it is due 6 s after this at the latest.
  expect(await script.settled()).toBe('settled');
  const firstTimerSet = performance.now();
  await undo.click();
  // Spaced out, so the second hide's own 6 s end well after the first's.
  await page.waitForTimeout(4_000);
  await hideButton(page, 'etcd').click();
  // Timers never run early: once the first is due, settled() (whose first step is a task after
  // every due timer) has seen it run, and whatever its end did.
  await page.waitForTimeout(Math.max(0, firstTimerSet + 6_200 - performance.now()));
  expect(await script.settled()).toBe('settled');
  expect(await undo.isVisible(), 'the second notice is still up after the first would have ended').toBe(true);
  await expect(annotation(page)).toHaveCount(0, { timeout: 10_000 });
});
