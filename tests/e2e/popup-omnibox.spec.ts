import { enter, recordOpenedUrls, suggestionsFor } from '../helpers/omnibox';
import { expect, test } from '../helpers/test';

// Issue #5: the `arch` keyword in the address bar. Playwright cannot type into Chromium's
// omnibox, so the test drives the background's real listeners from the service worker
// (tests/helpers/omnibox.ts). More inputs (links, empty, long, Chinese): omnibox-input.spec.ts.

test('the manifest declares the arch keyword and the Alt+Shift+A shortcut for the popup', async ({ ext }) => {
  const manifest = await ext.serviceWorker.evaluate(() =>
    (
      globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } }
    ).chrome.runtime.getManifest(),
  );
  expect(manifest.omnibox).toEqual({ keyword: 'arch' });
  expect(manifest.commands).toEqual({ _execute_action: { suggested_key: { default: 'Alt+Shift+A' } } });
  expect(manifest.permissions).not.toContain('tabs');
});

test('"arch etcd" suggests etcd first with an XML description; "arch rabitmq" forgives the typo', async ({ ext }) => {
  const etcd = await suggestionsFor(ext, 'etcd');
  expect(etcd[0]).toEqual({
    content: 'https://etcd.io/',
    description: expect.stringMatching(/^<match>etcd<\/match> <dim>— Service Discovery · .+<\/dim>$/),
  });
  // Chrome drops a line whose description is not well-formed XML: check every line parses.
  for (const { description } of [...etcd, ...(await suggestionsFor(ext, 'json'))]) {
    expect(description, description).not.toMatch(/&(?!(amp|lt|gt|quot|apos);)|<(?!\/?(match|dim|url)>)/);
  }
  const rabbit = await suggestionsFor(ext, 'rabitmq');
  expect(rabbit[0].description).toMatch(/^<match>RabbitMQ<\/match>/);
  expect(await suggestionsFor(ext, 'qqqxxzz')).toEqual([]);
});

test('choosing a suggestion opens it; free text opens the best hit; Enter uses the current tab; a foreign URL opens nothing', async ({
  ext,
}) => {
  const opened = await recordOpenedUrls(ext);
  await ext.serve('https://etcd.io/', '<!doctype html><title>etcd</title>');
  await ext.serve('https://www.rabbitmq.com/', '<!doctype html><title>RabbitMQ</title>');

  const [picked] = await Promise.all([
    ext.context.waitForEvent('page'),
    enter(ext, 'https://etcd.io/', 'newForegroundTab'),
  ]);
  await expect.poll(() => picked.url()).toBe('https://etcd.io/');

  const [typed] = await Promise.all([ext.context.waitForEvent('page'), enter(ext, 'rabitmq', 'newForegroundTab')]);
  await expect.poll(() => typed.url()).toBe('https://www.rabbitmq.com/');

  // Plain Enter replaces the current tab (tabs.update, no permission needed).
  await ext.serve('https://example.org/', '<!doctype html><title>here</title>');
  const current = await ext.context.newPage();
  await current.goto('https://example.org/');
  await enter(ext, 'etcd', 'currentTab');
  await expect.poll(() => current.url()).toBe('https://etcd.io/');

  const before = (await opened()).length;
  const since = async () => (await opened()).slice(before);
  await enter(ext, 'https://evil.example/', 'newForegroundTab');
  await enter(ext, 'qqqxxzz', 'newForegroundTab');
  // Then a name: its tab is opened after any those two would have opened.
  await enter(ext, 'etcd', 'newForegroundTab');
  await expect.poll(since).toContain('https://etcd.io/');
  expect(await since(), 'only "etcd" opened a tab').toEqual(['https://etcd.io/']);
});
