import type { CDPSession, Page } from '@playwright/test';
import { annotation, openGithubPage } from '../helpers/annotation';
import { readLocal, sendFromPage } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// A content script runs beside pages we do not control (issue #4, Chrome "Messaging: content
// scripts are less trustworthy"): what it may ask for is checked by the background against the
// real sender Chromium reports, which no unit test's made-up sender can stand in for.

/** The id of our content script's isolated world in the page's main frame, once it exists. */
async function isolatedWorld(cdp: CDPSession, page: Page, run: () => Promise<unknown>): Promise<number> {
  const worlds: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    // Playwright keeps isolated worlds of its own ("__playwright_utility_world_…").
    if (aux?.type === 'isolated' && !context.name.startsWith('__playwright')) worlds.push(context.id);
  });
  cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => {
    if (worlds.includes(executionContextId)) worlds.splice(worlds.indexOf(executionContextId), 1);
  });
  await cdp.send('Runtime.enable'); // reports the contexts that already exist, too
  await run();
  await expect(annotation(page)).toBeAttached();
  await expect.poll(() => worlds.length).toBeGreaterThan(0);
  return worlds[0] as number;
}

/** Sends `message` with chrome.runtime.sendMessage from inside that isolated world; the background's envelope. */
async function sendFromContentScript(cdp: CDPSession, contextId: number, message: object): Promise<unknown> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
    contextId,
    expression: `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

test('a content script cannot clear the favourites; it can still star the page it is on', async ({
  ext,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  for (const id of ['etcd', 'consul']) await sendFromPage(options, { type: 'favourites.set', id, on: true });
  const { page } = await openGithubPage(ext);
  const cdp = await ext.context.newCDPSession(page);
  const world = await isolatedWorld(cdp, page, () => page.goto('https://github.com/etcd-io/etcd'));

  // The same channel carries what a content script may send: the refusal below is the sender check.
  expect(await sendFromContentScript(cdp, world, { type: 'favourites.set', id: 'zookeeper', on: true })).toMatchObject({
    ok: true,
  });
  expect(await sendFromContentScript(cdp, world, { type: 'favourites.clear' })).toEqual({
    ok: false,
    error: '"favourites.clear" is not available to content scripts',
  });
  expect((await readLocal<string[]>(ext, 'favouriteIds'))?.slice().sort()).toEqual(['consul', 'etcd', 'zookeeper']);
  await cdp.detach();
});
