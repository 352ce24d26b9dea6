import type { CDPSession } from '@playwright/test';
import { annotation, serveGithub } from '../helpers/annotation';
import type { LaunchedExtension } from '../helpers/extension';
import { openPopup, searchBox } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// Manifest V3: Chromium stops an extension's service worker after 30 s without events, and
// starts it again for the next message. Everything the surfaces ask the background must then
// still work, with nothing lost: listeners registered in the worker's first turn, state read
// back from storage (services/ and entrypoints/background.ts). The worker is stopped here
// through the DevTools protocol, as the browser would stop it, and its status is watched there.

type Status = 'stopped' | 'starting' | 'running' | 'stopping';

/** Watches the extension's service worker's running status through a page's DevTools session. */
async function watchWorker(ext: LaunchedExtension) {
  const page = await ext.context.newPage();
  const cdp: CDPSession = await ext.context.newCDPSession(page);
  const statuses: Status[] = [];
  const origin = `chrome-extension://${ext.extensionId}/`;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) if (version.scriptURL.startsWith(origin)) statuses.push(version.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    last: () => statuses.at(-1),
    /** Stops it, as after 30 s idle, and waits until it is. */
    async stop() {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await expect.poll(() => statuses.at(-1), { message: 'the worker stops' }).toBe('stopped');
    },
    close: () => page.close(),
  };
}

test('after Chromium stops the idle service worker, the popup and the annotation wake it and nothing is lost', async ({
  ext,
}) => {
  const popup = await openPopup(ext);
  await searchBox(popup).fill('rabbitmq');
  await popup.getByRole('button', { name: 'Add RabbitMQ to favourites' }).click();
  await expect(popup.getByRole('button', { name: 'Remove RabbitMQ from favourites' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await popup.close();

  const worker = await watchWorker(ext);
  await worker.stop();

  // The popup's first requests start it again; the favourite made before is still there.
  const reopened = await openPopup(ext);
  await expect(
    reopened.getByRole('group', { name: 'Favourites' }).getByRole('option', { name: /^RabbitMQ, / }),
  ).toBeVisible();
  await expect.poll(worker.last).toBe('running');
  await reopened.close();

  // Stopped again: a GitHub page's content script asks it for the card, and the card's star
  // adds a favourite through it.
  await worker.stop();
  await serveGithub(ext);
  const github = await ext.context.newPage();
  await github.goto('https://github.com/etcd-io/etcd');
  const host = annotation(github);
  await expect(host.getByText('Service Discovery', { exact: true })).toBeVisible();
  await host.getByRole('button', { name: 'Add etcd to favourites' }).click();
  await expect(host.getByRole('button', { name: 'Remove etcd from favourites' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  // Once more, and the popup lists both favourites.
  await worker.stop();
  const last = await openPopup(ext);
  const favourites = last.getByRole('group', { name: 'Favourites' });
  await expect(favourites.getByRole('option', { name: /^etcd, / })).toBeVisible();
  await expect(favourites.getByRole('option', { name: /^RabbitMQ, / })).toBeVisible();
  await worker.close();
});
