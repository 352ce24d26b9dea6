import type { Page } from '@playwright/test';
import { sendFromPage } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #10: everything on the options page is reachable and operable from the keyboard, in a
// sensible order, with a visible focus indicator.

interface Focused {
  name: string;
  outline: boolean;
}

/** Presses Tab and describes what got focus: its role-ish kind + label, and whether a focus ring shows. */
async function tab(page: Page): Promise<Focused> {
  await page.keyboard.press('Tab');
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { name: '(body)', outline: false };
    const input = el as HTMLInputElement;
    const label = (input.labels?.[0]?.textContent ?? el.textContent ?? '').trim();
    const kind = el.tagName === 'INPUT' ? input.type : el.tagName.toLowerCase();
    // An invisible native control (the file input) shows its ring on its label.
    const ringed = getComputedStyle(el).opacity === '0' && input.labels?.[0] ? input.labels[0] : el;
    const style = getComputedStyle(ringed);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 1;
    return { name: `${kind}: ${label}`, outline };
  });
}

test('Tab walks the options page in reading order, each stop with a visible focus ring', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  const expected = [
    'radio: Same as the browser', // language group: one stop, on the checked choice
    'radio: Same as the system', // theme
    'radio: Its homepage', // what opening a project opens
    'checkbox: Annotate GitHub repositories of listed projects',
    'checkbox: Annotate documentation sites of listed projects',
    'checkbox: Minimal new tab',
    'button: Export as JSON',
    'button: Export as Markdown',
    'file: Import from a JSON file…', // drawn as its label, which carries the ring
    'button: Reset…',
  ];
  const seen: Focused[] = [];
  for (let i = 0; i < expected.length; i++) seen.push(await tab(page));
  expect(seen.map((f) => f.name)).toEqual(expected);
  const withoutRing = seen.filter((f) => !f.outline).map((f) => f.name);
  expect(withoutRing, 'these stops show no focus outline').toEqual([]);
});

test('hidden projects put their "Show again" buttons after the behaviour settings, each with a focus ring', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await sendFromPage(page, { type: 'dismiss', id: 'etcd', scope: 'annotation' });
  await sendFromPage(page, { type: 'dismiss', id: 'rabbitmq', scope: 'recommendation' });
  await expect(page.getByRole('button', { name: /^Show again/ })).toHaveCount(2);

  const expected = [
    'radio: Same as the browser',
    'radio: Same as the system',
    'radio: Its homepage',
    'checkbox: Annotate GitHub repositories of listed projects',
    'checkbox: Annotate documentation sites of listed projects',
    'checkbox: Minimal new tab',
    'button: Show again', // etcd's card
    'button: Show again', // RabbitMQ's recommendation
    'button: Export as JSON',
  ];
  const seen: Focused[] = [];
  for (let i = 0; i < expected.length; i++) seen.push(await tab(page));
  expect(seen.map((f) => f.name)).toEqual(expected);
  expect(
    seen.filter((f) => !f.outline).map((f) => f.name),
    'these stops show no focus outline',
  ).toEqual([]);

  // Enter on the first shows etcd's card again; focus moves to the row left, not to <body>.
  await page.getByRole('button', { name: 'Show again: etcd' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Show again: RabbitMQ' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.getByText('Nothing is hidden.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Hidden projects' })).toBeFocused();
  expect(await tab(page)).toEqual({ name: 'button: Export as JSON', outline: true });
});

test('settings, export and reset are operable with arrow keys, Space, Enter and Escape', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await tab(page); // language
  await tab(page); // theme: "Same as the system"
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Light' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Light' })).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');

  await tab(page); // open target
  await tab(page); // annotate GitHub
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('checkbox', { name: 'Annotate GitHub repositories of listed projects' }),
  ).not.toBeChecked();

  const reset = page.getByRole('button', { name: 'Reset…' });
  await reset.focus();
  await page.keyboard.press('Enter');
  const confirm = page.getByRole('group', { name: 'Reset settings to their defaults?' });
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm.getByRole('button', { name: 'Reset now' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(reset).toBeFocused();

  await page.keyboard.press('Enter');
  // Wait for each focus move: the confirmation renders a frame after the key press.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(confirm.getByRole('button', { name: 'Reset now' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('radio', { name: 'Same as the system' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Annotate GitHub repositories of listed projects' })).toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('Enter on an export button keeps the focus on it, and a cancelled reset forgets "also remove favourites"', async ({
  openExtensionPage,
}) => {
  const page = await openExtensionPage('options.html');
  await sendFromPage(page, { type: 'favourites.set', id: 'etcd', on: true });
  // Export: the button used to turn disabled while busy, and Chromium then blurs it.
  const json = page.getByRole('button', { name: 'Export as JSON' });
  await json.focus();
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();
  await expect(json).toBeFocused();

  // Reset: a destructive choice must not survive Cancel or Escape.
  const reset = page.getByRole('button', { name: 'Reset…' });
  const confirm = page.getByRole('group', { name: 'Reset settings to their defaults?' });
  const alsoFavourites = confirm.getByRole('checkbox', { name: /Also remove all favourites/ });
  await reset.click();
  await alsoFavourites.check();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await reset.click();
  await expect(alsoFavourites).not.toBeChecked();
  await alsoFavourites.check();
  await page.keyboard.press('Escape');
  await reset.click();
  await expect(alsoFavourites).not.toBeChecked();
});
