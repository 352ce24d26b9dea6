import { annotation, openGithubPage } from '../helpers/annotation';
import type { LaunchedExtension } from '../helpers/extension';
import { favouriteFromPopup, openPopup } from '../helpers/popup';
import { serviceWorkerStatus, stopServiceWorker } from '../helpers/service-worker';
import { expect, test } from '../helpers/test';

// Manifest V3: Chromium stops an extension's service worker after 30 s without events, and
// starts it again for the next message. Everything the surfaces ask the background must then
// still work, with nothing lost: listeners registered in the worker's first turn, state read
// back from storage (services/ and entrypoints/background.ts). The worker is stopped here
// through the DevTools protocol, as the browser would stop it, and its status is read there
// (tests/helpers/service-worker.ts).

/**
 * The favourite ids in the background's storage.local mirror, read from an extension page. The
 * stars turn at once, before the background has stored anything; the mirror is written once the
 * favourite is stored. Chromium stops a worker after 30 s idle, never in the middle of a
 * message, so the test waits for the mirror before it stops the worker.
 */
async function mirroredFavourites(ext: LaunchedExtension): Promise<string[]> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    return await page.evaluate(async () => {
      const { chrome } = globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      };
      return ((await chrome.storage.local.get('favouriteIds')).favouriteIds ?? []) as string[];
    });
  } finally {
    await page.close();
  }
}

test('after Chromium stops the idle service worker, a favourite star in the popup and the annotation wake it and nothing is lost', async ({
  ext,
}) => {
  const popup = await openPopup(ext);
  await favouriteFromPopup(popup, 'rabbitmq', 'RabbitMQ');
  await popup.close();
  await expect.poll(() => mirroredFavourites(ext)).toEqual(['rabbitmq']);
  // A listed repository seen: the popup's home lists it under "Recently seen".
  const { page: seen } = await openGithubPage(ext, 'https://github.com/hashicorp/consul');
  await expect(annotation(seen).getByText('Service Discovery', { exact: true })).toBeVisible();
  await seen.close();
  const visited = await openPopup(ext);
  await expect(visited.getByRole('group', { name: 'Recently seen' }).getByRole('option')).toHaveAttribute(
    'aria-label',
    /^Consul, /,
  );
  await visited.close();

  // A blank tab (no extension page) holds the DevTools session.
  const devtools = await ext.context.newCDPSession(await ext.context.newPage());
  const stop = () => stopServiceWorker(devtools, ext.extensionId);
  await stop();

  // The popup's home reads the favourites (storage.local mirror) and the recent visits
  // (IndexedDB) itself: once both are listed, it has asked all it asks on opening, and the
  // worker was not started for it (components/read-user-data.ts says why).
  const reopened = await openPopup(ext);
  await expect(
    reopened.getByRole('group', { name: 'Favourites' }).getByRole('option', { name: /^RabbitMQ, / }),
  ).toBeVisible();
  await expect(reopened.getByRole('group', { name: 'Recently seen' }).getByRole('option')).toHaveAttribute(
    'aria-label',
    /^Consul, /,
  );
  expect(await serviceWorkerStatus(devtools, ext.extensionId)).toBe('stopped');
  // A star asks the background, which starts again for it.
  await favouriteFromPopup(reopened, 'zookeeper', 'Apache ZooKeeper');
  await expect.poll(() => serviceWorkerStatus(devtools, ext.extensionId)).toBe('running');
  await expect.poll(async () => (await mirroredFavourites(ext)).sort()).toEqual(['rabbitmq', 'zookeeper']);
  await reopened.close();

  // Stopped again: a GitHub page's content script asks it for the card, and the card's star
  // adds a favourite through it.
  await stop();
  const { page: github } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  const host = annotation(github);
  await expect(host.getByText('Service Discovery', { exact: true })).toBeVisible();
  await host.getByRole('button', { name: 'Add etcd to favourites' }).click();
  await expect(host.getByRole('button', { name: 'Remove etcd from favourites' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect.poll(async () => (await mirroredFavourites(ext)).sort()).toEqual(['etcd', 'rabbitmq', 'zookeeper']);

  // Once more, and the popup lists both favourites.
  await stop();
  const last = await openPopup(ext);
  const favourites = last.getByRole('group', { name: 'Favourites' });
  await expect(favourites.getByRole('option', { name: /^etcd, / })).toBeVisible();
  await expect(favourites.getByRole('option', { name: /^RabbitMQ, / })).toBeVisible();
});

test('closing a tab anywhere in the browser leaves the stopped service worker stopped', async ({
  ext,
  openExtensionPage,
}) => {
  // An extension page hears every tab closing, as the worker would if it listened: the signal
  // that the close has been dispatched (an extension page's listener does not start the worker).
  const probe = await openExtensionPage('icon/16.png');
  await probe.evaluate(() => {
    const scope = globalThis as unknown as {
      closedTabs: number[];
      chrome: { tabs: { onRemoved: { addListener(listener: (tabId: number) => void): void } } };
    };
    scope.closedTabs = [];
    scope.chrome.tabs.onRemoved.addListener((tabId) => scope.closedTabs.push(tabId));
  });
  const tab = await ext.context.newPage();
  await tab.goto('about:blank');
  const cdp = await ext.context.newCDPSession(await ext.context.newPage());
  await stopServiceWorker(cdp, ext.extensionId);

  await tab.close();
  await expect
    .poll(() => probe.evaluate(() => (globalThis as unknown as { closedTabs: number[] }).closedTabs.length))
    .toBe(1);
  // Before, a tabs.onRemoved listener started the worker (and its start-up work) to delete a key.
  expect(await serviceWorkerStatus(cdp, ext.extensionId)).toBe('stopped');
});
