import { annotation, openGithubPage } from '../helpers/annotation';
import { watchContentScript } from '../helpers/content-script';
import { type ChromeGlobal, sendFromPage, setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #6: the annotation's favourite toggle and dismiss persist; visits are recorded for the
// recommendations; the toolbar icon is badged for the tab; settings apply live.

test('the favourite toggle persists across reloads and follows changes made elsewhere', async ({
  ext,
  openExtensionPage,
}) => {
  const { page, errors } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  const favourite = annotation(page).getByRole('button', { name: /favourite/ });
  await expect(favourite).toHaveAttribute('aria-pressed', 'false');
  await expect(favourite).toHaveAccessibleName('Add etcd to favourites');
  await favourite.click();
  await expect(favourite).toHaveAttribute('aria-pressed', 'true');
  await expect(favourite).toHaveAccessibleName('Remove etcd from favourites');

  const extensionPage = await openExtensionPage('options.html');
  await expect
    .poll(async () =>
      (await sendFromPage<{ id: string }[]>(extensionPage, { type: 'favourites.list' })).map((f) => f.id),
    )
    .toContain('etcd');

  await page.reload();
  await expect(annotation(page).getByRole('button', { name: /favourite/ })).toHaveAttribute('aria-pressed', 'true');

  // Removed from another surface (the popup or the new tab): the open page follows at once.
  await sendFromPage(extensionPage, { type: 'favourites.set', id: 'etcd', on: false });
  await expect(annotation(page).getByRole('button', { name: /favourite/ })).toHaveAttribute('aria-pressed', 'false');
  expect(errors).toEqual([]);
});

test('dismiss hides the annotation for that project only, offers undo, and is remembered', async ({ ext }) => {
  const { page, errors } = await openGithubPage(ext);
  const script = await watchContentScript(ext, page);
  await page.goto('https://github.com/etcd-io/etcd');
  const host = annotation(page);
  await host.getByRole('button', { name: 'Hide the Archscout card for etcd' }).click();
  await expect(host.getByRole('status')).toHaveText('Archscout card hidden for etcd. Undo');
  await expect(host.getByRole('button', { name: 'Undo' })).toBeFocused();
  await host.getByRole('button', { name: 'Undo' }).click();
  await expect(host.getByRole('heading', { name: 'etcd' })).toBeVisible();

  await host.getByRole('button', { name: 'Hide the Archscout card for etcd' }).click();
  await expect(host.getByRole('status')).toBeVisible();
  // The notice leaves by itself after a few seconds.
  await expect(annotation(page)).toHaveCount(0, { timeout: 10_000 });

  // Remembered: once the script has the background's card for etcd (which says dismissed), nothing shows.
  for (const url of ['https://github.com/etcd-io/etcd', 'https://github.com/etcd-io/etcd/issues/1']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await script.settled(), url).toBe('settled');
    expect(await annotation(page).count(), url).toBe(0);
  }
  // Other projects are still annotated.
  await page.goto('https://github.com/hashicorp/consul');
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
  expect(errors).toEqual([]);
});

test('a visit is recorded once per project per page load, and the tab gets the action badge', async ({
  ext,
  openExtensionPage,
}) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await expect(annotation(page)).toHaveCount(1);
  const extensionPage = await openExtensionPage('options.html');
  type Visit = { id: string; count: number };
  await expect
    .poll(async () => (await sendFromPage<Visit[]>(extensionPage, { type: 'visits.recent' })).map((v) => v.id))
    .toEqual(['etcd']);
  // Soft navigations inside the same project do not count again.
  await page.evaluate(() => history.pushState({}, '', '/etcd-io/etcd/issues'));
  await page.evaluate(() => history.pushState({}, '', '/etcd-io/etcd'));
  await page.evaluate(() => history.pushState({}, '', '/hashicorp/consul'));
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
  await expect
    .poll(async () => await sendFromPage<Visit[]>(extensionPage, { type: 'visits.recent' }))
    .toEqual([expect.objectContaining({ id: 'consul', count: 1 }), expect.objectContaining({ id: 'etcd', count: 1 })]);

  // The toolbar badge and title of every tab, and the background's record of which project the
  // tab shows (storage.session "tabMatch:<id>", the popup's "this page"), read in the service
  // worker: tabs.query gives ids without the tabs permission; the action API needs none.
  const badges = async () =>
    ext.serviceWorker.evaluate(async () => {
      const chrome = (globalThis as unknown as ChromeGlobal).chrome as unknown as {
        tabs: { query(q: object): Promise<{ id?: number }[]> };
        action: {
          getBadgeText(d: { tabId: number }): Promise<string>;
          getTitle(d: { tabId: number }): Promise<string>;
        };
        storage: { session: { get(k: null): Promise<Record<string, unknown>> } };
      };
      const session = await chrome.storage.session.get(null);
      const shown: string[] = [];
      for (const { id } of await chrome.tabs.query({})) {
        if (id === undefined) continue;
        const text = await chrome.action.getBadgeText({ tabId: id });
        const match = session[`tabMatch:${id}`];
        if (text || match) shown.push(`${text} ${await chrome.action.getTitle({ tabId: id })} (${String(match)})`);
      }
      return shown;
    });
  await expect.poll(badges).toEqual([expect.stringMatching(/^\S+ Consul · Service Discovery \(consul\)$/)]);
  // Leaving for an unlisted page clears it.
  await page.evaluate(() => history.pushState({}, '', '/torvalds/linux'));
  await expect(annotation(page)).toHaveCount(0);
  await expect.poll(badges).toEqual([]);
});

test('settings apply live: annotateGithub off and on, and the language', async ({ ext }) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await expect(annotation(page)).toHaveCount(1);
  await setSettings(ext, { annotateGithub: false });
  await expect(annotation(page)).toHaveCount(0);
  await setSettings(ext, { annotateGithub: true, language: 'zh_CN' });
  await expect(annotation(page)).toHaveCount(1);
  await expect(annotation(page).getByText('分布式协调', { exact: true })).toBeVisible();
  await expect(annotation(page).getByRole('heading', { name: '替代方案' })).toBeVisible();
  await expect(annotation(page).getByRole('button', { name: /favourite/ })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('annotation-zh.png') });
  await setSettings(ext, { language: 'en' });
  await expect(annotation(page).getByText('Service Discovery', { exact: true })).toBeVisible();
  // Docs sites have their own switch.
  await setSettings(ext, { annotateDocs: false });
  await page.reload();
  await expect(annotation(page)).toHaveCount(1);
});
