import type { Page } from '@playwright/test';
import { annotation, collectPageErrors } from '../helpers/annotation';
import { watchContentScript } from '../helpers/content-script';
import { fixture, type LaunchedExtension } from '../helpers/extension';
import { actionState, tabShowing } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// Issue #6 on documentation hosts shared by many products (catalog/build-catalog.ts
// docsMatchPatterns). developer.hashicorp.com is one single-page app: it moves from /vault/ to
// /consul/ without loading a page, and a content script is injected only by a page load, so it
// must already run on the unlisted path (curation.json `singlePageAppHosts`) and annotate only
// once the page is Consul's. Elsewhere the listed path's own page counts, with or without a query.

/** A tab for `origin`, every page of which is served from the fixture page; and its errors. */
async function docsTab(ext: LaunchedExtension, origin: string, page: string): Promise<{ tab: Page; errors: string[] }> {
  await ext.serve(`${origin}/**`, (url) => fixture(`docs/${page}`, url));
  const tab = await ext.context.newPage();
  return { tab, errors: collectPageErrors(tab) };
}

test('arriving at a listed path in-page, from an unlisted path of the same app, annotates it and badges the tab', async ({
  ext,
}) => {
  const { tab: page, errors } = await docsTab(ext, 'https://developer.hashicorp.com', 'docusaurus-dark.html');
  const script = await watchContentScript(ext, page);
  await page.goto('https://developer.hashicorp.com/vault/docs');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // The script is on the whole host and has looked at /vault/ (it runs after the load event).
  expect(await script.settled()).toBe('settled');
  expect(await annotation(page).count()).toBe(0);

  // The app's own link to Consul: pushState, new content, no load.
  await page.evaluate(() => history.pushState({}, '', '/consul/docs/intro'));
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
  await expect(annotation(page).getByRole('button', { name: /^Consul · / })).toBeVisible();
  const tabId = await tabShowing(ext, 'consul');
  await expect.poll(() => actionState(ext, tabId)).toEqual({ title: expect.stringMatching(/^Consul · /), badge: '★' });

  // And back out of the listed path: the annotation and the badge go.
  await page.evaluate(() => history.pushState({}, '', '/terraform/docs'));
  await expect(annotation(page)).toHaveCount(0);
  await expect.poll(async () => (await actionState(ext, tabId)).badge).toBe('');
  expect(errors).toEqual([]);
});

test("a path-scoped project's own page is annotated without its trailing slash and with a query, nothing beside it", async ({
  ext,
}) => {
  // NServiceBus's homepage is particular.net/nservicebus, a host shared with the company's other products.
  const { tab: page, errors } = await docsTab(ext, 'https://particular.net', 'devsite-page.html');
  for (const url of [
    'https://particular.net/nservicebus',
    'https://particular.net/nservicebus?utm_source=newsletter',
  ]) {
    await page.goto(url);
    await expect(annotation(page), url).toHaveAttribute('data-project', 'nservicebus');
  }
  // "/nservicebus-pricing" is inside the script's match pattern ("/nservicebus*"), where the
  // script itself must say no; the other is outside it.
  const script = await watchContentScript(ext, page);
  for (const [url, state] of [
    ['https://particular.net/nservicebus-pricing', 'settled'],
    ['https://particular.net/servicepulse?x=/nservicebus/', 'not injected'],
  ] as const) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await script.settled(), url).toBe(state);
    expect(await annotation(page).count(), url).toBe(0);
  }
  expect(errors).toEqual([]);
});
