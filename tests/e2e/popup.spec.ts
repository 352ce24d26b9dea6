import { projectUrl } from '@/components/project-url';
import type { LaunchedExtension } from '../helpers/extension';
import { catalogProject, openPopup, optionNames, searchBox, tabs } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// Issue #5: the toolbar popup, opened as a page (Playwright cannot click the toolbar icon).

const rabbitmq = catalogProject('rabbitmq');

/**
 * Runs `act`, then checks the tab it opened went to `url` and returns whether it became active.
 * The URL is read from the tab's navigation entry (CDP), not page.url(): a tab the extension
 * opens in the background starts loading before Playwright attaches its routes, so the
 * harness cannot serve it and it shows Chrome's error page (no network here), at that URL.
 */
async function opensTab(ext: LaunchedExtension, url: string, act: () => Promise<void>) {
  await ext.serve(url, '<!doctype html><title>stub</title><h1>stub</h1>');
  const before = new Set((await tabs(ext)).map((tab) => tab.id));
  const [page] = await Promise.all([ext.context.waitForEvent('page'), act()]);
  const cdp = await ext.context.newCDPSession(page);
  await expect
    .poll(async () => {
      const { currentIndex, entries } = await cdp.send('Page.getNavigationHistory');
      return entries[currentIndex]?.url;
    })
    .toBe(url);
  await cdp.detach();
  let opened: { id?: number; active: boolean } | undefined;
  await expect
    .poll(async () => {
      opened = (await tabs(ext)).find((tab) => !before.has(tab.id));
      return opened !== undefined;
    })
    .toBe(true);
  return { page, active: opened?.active };
}

test('opens with focus in the search box; results follow every keystroke; a typo finds RabbitMQ first', async ({
  ext,
}) => {
  const page = await openPopup(ext);
  const box = searchBox(page);
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-controls', 'popup-results');

  await page.keyboard.type('rab');
  await expect.poll(() => optionNames(page)).toContainEqual(expect.stringMatching(/^RabbitMQ, /));
  await page.keyboard.type('itmq');
  const names = await optionNames(page);
  expect(names[0], 'accessible names start with the project name (DESIGN.md)').toMatch(/^RabbitMQ, Message Queue, /);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  const first = page.getByRole('option').first();
  await expect(first).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id')) ?? '');

  // The active result shows its alternatives and links.
  const details = page.locator('.results__details');
  await expect(details.getByRole('link', { name: 'Homepage' })).toHaveAttribute('href', 'https://www.rabbitmq.com/');
  await expect(details.getByRole('link', { name: 'Repository' })).toHaveAttribute(
    'href',
    'https://github.com/rabbitmq/rabbitmq-server',
  );
  await expect(details.getByText('Alternatives')).toBeVisible();
  await expect(details.getByRole('link', { name: 'ZeroMQ' })).toBeVisible();

  await page.keyboard.press('Control+a');
  await page.keyboard.type('qqqxxzz');
  await expect(page.locator('.project-search__empty')).toHaveText('No listed project matches “qqqxxzz”');
  await expect(page.getByRole('option')).toHaveCount(0);
  await expect(box).toHaveAttribute('aria-expanded', 'false');
});

test('Chinese, several words and aliases find what the popup promises', async ({ ext }) => {
  const page = await openPopup(ext);
  for (const [query, name] of [
    ['服务发现', /^(etcd|Consul|Apache ZooKeeper|SkyDNS),/],
    ['circuit breaker', /^(Hystrix|Polly)/],
    ['zk', /^Apache ZooKeeper,/],
  ] as const) {
    await searchBox(page).fill(query);
    await expect.poll(async () => (await optionNames(page))[0], { message: query }).toMatch(name);
  }
});

test('a plural, an abbreviation or a language finds what an engineer means by it', async ({ ext }) => {
  const page = await openPopup(ext);
  for (const [query, name] of [
    ['proxies', /^(Varnish|Squid|Nginx),/],
    ['msg queue', /^(RabbitMQ|ZeroMQ|NetMQ|beanstalkd|Apache ActiveMQ|NSQ),/],
    // "c#" is C#, not "c" (Ceph, Consul...): the .NET projects.
    ['c#', /^(Akka\.NET|Zyan|MassTransit|Rebus|NServiceBus|Shuttle-ESB|Rhino ESB|NetMQ|Polly|Hystrix\.NET)/],
  ] as const) {
    await searchBox(page).fill(query);
    await expect.poll(async () => (await optionNames(page))[0], { message: query }).toMatch(name);
  }
});

test('a pasted link finds the project whose page it is, or says nothing matches', async ({ ext }) => {
  const page = await openPopup(ext);
  await searchBox(page).fill('https://github.com/etcd-io/etcd/issues/1');
  await expect.poll(() => optionNames(page)).toEqual([expect.stringMatching(/^etcd,/)]);
  await searchBox(page).fill('github.com/hashicorp/consul-template');
  await expect.poll(() => optionNames(page)).toEqual([expect.stringMatching(/^Consul Template,/)]);
  // Not a listed project's page: no guesses from the link's words ("https", "github", "com").
  await searchBox(page).fill('https://github.com/someone/unlisted-project');
  await expect(page.locator('.project-search__empty')).toHaveText(
    'No listed project matches “https://github.com/someone/unlisted-project”',
  );
  await expect(page.getByRole('option')).toHaveCount(0);
});

test('arrow keys move the selection and Enter opens the project in a new, active tab', async ({ ext }) => {
  const page = await openPopup(ext);
  await page.keyboard.type('rabitmq');
  const options = page.getByRole('option');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.first()).toHaveAttribute('aria-selected', 'false');
  await expect(searchBox(page)).toHaveAttribute(
    'aria-activedescendant',
    (await options.nth(1).getAttribute('id')) ?? '',
  );
  await page.keyboard.press('ArrowUp');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp'); // wraps to the last
  await expect(options.last()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown'); // and back to the first
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');

  const url = projectUrl(rabbitmq, 'homepage');
  const opened = await opensTab(ext, url, () => page.keyboard.press('Enter'));
  expect(opened.active, 'Enter opens in the foreground').toBe(true);
});

test('Ctrl+Enter opens the project in a background tab and the popup stays', async ({ ext }) => {
  const page = await openPopup(ext);
  await page.keyboard.type('rabitmq');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  const opened = await opensTab(ext, projectUrl(rabbitmq, 'homepage'), () => page.keyboard.press('Control+Enter'));
  expect(opened.active, 'Ctrl+Enter keeps the new tab in the background').toBe(false);
  expect(page.isClosed()).toBe(false);
  await expect(page.getByRole('status')).toHaveText('Opened RabbitMQ in a background tab');
});

test('the open-target setting sends Enter to the repository instead', async ({ ext }) => {
  const page = await openPopup(ext);
  await page.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
    ).chrome.runtime.sendMessage({ type: 'settings.set', patch: { openTarget: 'repository' } }),
  );
  await page.keyboard.type('rabbitmq');
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await opensTab(ext, 'https://github.com/rabbitmq/rabbitmq-server', () => page.keyboard.press('Enter'));
});

test('a click opens a result; Escape clears, and a second Escape closes the popup', async ({ ext }) => {
  const page = await openPopup(ext);
  await page.keyboard.type('etcd');
  const etcd = page.getByRole('option', { name: /^etcd,/ });
  await opensTab(ext, projectUrl(catalogProject('etcd'), 'homepage'), () => etcd.click());

  await page.bringToFront();
  await searchBox(page).focus();
  await page.keyboard.press('Escape');
  await expect(searchBox(page)).toHaveValue('');
  await expect(page.getByRole('option', { name: /^etcd,/ })).toHaveCount(0);
  await expect(searchBox(page)).toBeFocused();
  const closed = page.waitForEvent('close');
  await page.keyboard.press('Escape').catch(() => {}); // the page may close while the key is still being pressed
  await closed;
});

test('the details toggle shows and hides a result’s alternatives and links', async ({ ext }) => {
  const page = await openPopup(ext);
  await page.keyboard.type('consul');
  const toggle = page.getByRole('button', { name: 'Details of Consul', exact: true });
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('.results__details')).toHaveCount(0);
  await toggle.click();
  await expect(page.locator('.results__details').getByRole('link', { name: 'Repository' })).toBeVisible();
  await expect(searchBox(page), 'the buttons do not take focus from typing').toBeFocused();
});

test('the favourite toggle flips aria-pressed and the favourite is listed when the popup reopens', async ({ ext }) => {
  const page = await openPopup(ext);
  await page.keyboard.type('rabbitmq');
  const add = page.getByRole('button', { name: 'Add RabbitMQ to favourites' });
  await expect(add).toHaveAttribute('aria-pressed', 'false');
  await add.click();
  const remove = page.getByRole('button', { name: 'Remove RabbitMQ from favourites' });
  await expect(remove).toHaveAttribute('aria-pressed', 'true');
  await page.close();

  const again = await openPopup(ext);
  const favourites = again.getByRole('group', { name: 'Favourites' });
  await expect(favourites.getByRole('option', { name: /^RabbitMQ, / })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Remove RabbitMQ from favourites' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // And off again: the group goes away.
  await again.getByRole('button', { name: 'Remove RabbitMQ from favourites' }).click();
  await expect(again.getByRole('group', { name: 'Favourites' })).toHaveCount(0);
});

test('a new user sees what to try; a suggestion fills the box; the gear opens the options', async ({ ext }) => {
  const page = await openPopup(ext);
  await expect(page.getByText(/^Search \d+ projects in \d+ categories/)).toBeVisible();
  await page.getByRole('button', { name: '服务发现' }).click();
  await expect(searchBox(page)).toHaveValue('服务发现');
  await expect(searchBox(page)).toBeFocused();
  await expect.poll(async () => (await optionNames(page))[0]).toMatch(/, Service Discovery, /);

  const [options] = await Promise.all([
    ext.context.waitForEvent('page'),
    page.getByRole('button', { name: 'Settings' }).click(),
  ]);
  await expect(options).toHaveURL(`chrome-extension://${ext.extensionId}/options.html`);
});
