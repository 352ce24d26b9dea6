import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Page } from '@playwright/test';
import type { Settings } from '@/catalog/settings';
import { MAX_IMPORT_BYTES } from '@/catalog/transfer/parse-import';
import { readLocal, sendFromPage } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// The options page (issue #10): every setting persists and reaches other open pages without a
// reload; export, import (all or nothing) and reset with an in-page confirmation (issue #4).

const CJK_ALL = /[\u4e00-\u9fff]/g;

/** Rendered text only: a collapsed "other language" description must not count. */
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText, chosen because it skips hidden text
const visibleText = (page: Page) => page.locator('body').innerText();

async function openOptions(openExtensionPage: (path: string) => Promise<Page>): Promise<Page> {
  const page = await openExtensionPage('options.html');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return page;
}

async function favouriteIds(page: Page): Promise<string[]> {
  const list = await sendFromPage<{ id: string }[]>(page, { type: 'favourites.list' });
  return list.map((f) => f.id).sort();
}

test('switching the language to 简体中文 changes the options page and an open popup without reload', async ({
  openExtensionPage,
}) => {
  const options = await openOptions(openExtensionPage);
  const popup = await openExtensionPage('popup.html');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
  await expect(popup.locator('#app')).not.toBeEmpty();
  // The English popup may show a Chinese example query; the Chinese one is mostly Chinese.
  const cjkCount = async () => ((await visibleText(popup)).match(CJK_ALL) ?? []).length;
  const before = await cjkCount();

  await options.getByRole('radio', { name: '简体中文' }).check();

  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Archscout 设置');
  await expect(options.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect
    .poll(cjkCount, { message: 'the popup shows its labels in Chinese without a reload' })
    .toBeGreaterThan(before + 8);

  // Back to English: the explicit choice, not the browser's language.
  await options.getByRole('radio', { name: 'English' }).check();
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Archscout settings');
  await expect(popup.locator('html')).toHaveAttribute('lang', 'en');
});

test('the theme setting overrides the system theme in every open page, with no reload', async ({
  ext,
  openExtensionPage,
}) => {
  const options = await openOptions(openExtensionPage);
  const newtab = await ext.context.newPage();
  await newtab.emulateMedia({ colorScheme: 'light' });
  await newtab.goto('chrome://newtab');
  await expect(newtab.locator('#app')).not.toBeEmpty();
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const lightBackground = await background(newtab);

  await options.getByRole('radio', { name: 'Dark' }).check();
  await expect(newtab.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(options.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => background(newtab)).not.toBe(lightBackground);

  // A page opened afterwards is dark before its first paint: <html data-theme> is already set when
  // the parser reaches <body>, i.e. before any module script (theme-boot.js in <head>, issue #10).
  const fresh = await ext.context.newPage();
  await fresh.emulateMedia({ colorScheme: 'light' });
  await fresh.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      document.documentElement.dataset.themeAtBody = document.documentElement.getAttribute('data-theme') ?? 'none';
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await fresh.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(fresh.locator('html')).toHaveAttribute('data-theme-at-body', 'dark');

  await options.getByRole('radio', { name: 'Same as the system' }).check();
  await expect(newtab.locator('html')).not.toHaveAttribute('data-theme', /./);
  await expect.poll(() => background(newtab)).toBe(lightBackground);
});

test('every setting persists, is mirrored for content scripts and shows in a second options page at once', async ({
  ext,
  openExtensionPage,
}) => {
  const first = await openOptions(openExtensionPage);
  const second = await openOptions(openExtensionPage);

  await first.getByRole('radio', { name: 'Its source repository' }).check();
  await first.getByRole('checkbox', { name: 'Annotate GitHub repositories of listed projects' }).uncheck();
  await first.getByRole('checkbox', { name: 'Annotate documentation sites of listed projects' }).uncheck();
  await first.getByRole('checkbox', { name: 'Minimal new tab' }).check();
  await first.getByRole('radio', { name: 'Light' }).check();
  await expect(first.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();

  // The other page follows without reload.
  await expect(second.getByRole('radio', { name: 'Its source repository' })).toBeChecked();
  await expect(
    second.getByRole('checkbox', { name: 'Annotate GitHub repositories of listed projects' }),
  ).not.toBeChecked();
  await expect(
    second.getByRole('checkbox', { name: 'Annotate documentation sites of listed projects' }),
  ).not.toBeChecked();
  await expect(second.getByRole('checkbox', { name: 'Minimal new tab' })).toBeChecked();
  await expect(second.getByRole('radio', { name: 'Light' })).toBeChecked();

  const expected: Settings = {
    language: 'auto',
    theme: 'light',
    openTarget: 'repository',
    annotateGithub: false,
    annotateDocs: false,
    minimalNewTab: true,
  };
  await expect.poll(() => readLocal(ext, 'settings')).toEqual(expected);

  // And after a reload (persisted, not just in memory).
  await first.reload();
  await expect(first.getByRole('radio', { name: 'Its source repository' })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'Minimal new tab' })).toBeChecked();
  await expect(
    first.getByRole('checkbox', { name: 'Annotate GitHub repositories of listed projects' }),
  ).not.toBeChecked();
});

test('export as JSON downloads a file that parses and holds the favourite; Markdown too', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await sendFromPage(page, { type: 'favourites.set', id: 'rabbitmq', on: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as JSON' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.json$/);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(exported.format).toBe('archscout');
  expect(exported.favourites.map((f: { id: string }) => f.id)).toContain('rabbitmq');
  await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toBeVisible();

  const [markdown] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export as Markdown' }).click(),
  ]);
  expect(markdown.suggestedFilename()).toMatch(/\.md$/);
  expect(readFileSync(await markdown.path(), 'utf8')).toMatch(/\[RabbitMQ\]\(https?:\/\//);
});

const importInput = (page: Page) => page.getByLabel('Import from a JSON file…');

function importFile(favourites: unknown[], extra: Record<string, unknown> = {}) {
  const body = { format: 'archscout', version: 1, exportedAt: '2026-01-31T12:00:00.000Z', favourites, ...extra };
  return { name: 'favourites.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(body)) };
}

test('importing a good file adds its favourites and says how many', async ({ ext, openExtensionPage }) => {
  const page = await openOptions(openExtensionPage);
  await sendFromPage(page, { type: 'favourites.set', id: 'etcd', on: true });

  await importInput(page).setInputFiles(
    importFile([
      { id: 'zookeeper', name: 'ZooKeeper', addedAt: '2026-01-02T10:00:00.000Z', tags: ['coordination'] },
      { id: 'consul', name: 'Consul', addedAt: '2026-01-03T10:00:00.000Z', note: 'try the KV store' },
    ]),
  );
  await expect(page.getByRole('status').filter({ hasText: 'Imported: 2 added, 0 updated.' })).toBeVisible();
  expect(await favouriteIds(page)).toEqual(['consul', 'etcd', 'zookeeper']);
  // The mirror every surface watches has them too.
  await expect
    .poll(async () => ((await readLocal<string[]>(ext, 'favouriteIds')) ?? []).sort())
    .toEqual(['consul', 'etcd', 'zookeeper']);
});

test('restoring an older backup keeps what was tagged since, and says which favourites it kept and which are unknown', async ({
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await sendFromPage(page, { type: 'favourites.set', id: 'etcd', on: true });
  await sendFromPage(page, { type: 'favourites.update', id: 'etcd', tags: ['raft'], note: 'kept' });
  // An export of a day ago (its updatedAt), before etcd got its tag and note; and a typo'd id.
  const dayAgo = new Date(Date.now() - 86_400_000).toISOString();
  await importInput(page).setInputFiles(
    importFile(
      [
        { id: 'etcd', name: 'etcd', addedAt: dayAgo, updatedAt: dayAgo },
        { id: 'rabbit-mq', name: 'Rabbit MQ', addedAt: dayAgo, updatedAt: dayAgo },
      ],
      { settings: { minimalNewTab: true } },
    ),
  );
  const status = page.getByRole('status').filter({ hasText: 'Imported: 1 added, 0 updated.' });
  await expect(status).toBeVisible();
  await expect(status).toContainText('Kept as they are here: etcd (changed after this file was saved).');
  await expect(status).toContainText('Not in this catalog, imported all the same: Rabbit MQ.');
  await expect(status).toContainText('Settings applied.');
  const etcd = (
    await sendFromPage<{ id: string; tags: string[]; note?: string }[]>(page, { type: 'favourites.list' })
  ).find((f) => f.id === 'etcd');
  expect(etcd).toMatchObject({ tags: ['raft'], note: 'kept' });
});

test('importing a bad file lists every reason and changes nothing', async ({ ext, openExtensionPage }) => {
  const page = await openOptions(openExtensionPage);
  await sendFromPage(page, { type: 'favourites.set', id: 'etcd', on: true });
  await sendFromPage(page, { type: 'settings.set', patch: { theme: 'dark' } });
  const before = await favouriteIds(page);
  const settingsBefore = await readLocal(ext, 'settings');

  // Two problems in one file: a non-http URL and a bad date; plus a settings change that must not apply.
  await importInput(page).setInputFiles(
    importFile(
      [
        { id: 'zookeeper', name: 'ZooKeeper', addedAt: '2026-01-02T10:00:00.000Z', url: 'javascript:alert(1)' },
        { id: 'consul', name: 'Consul', addedAt: 'yesterday' },
      ],
      { settings: { theme: 'light' } },
    ),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Nothing was imported');
  await expect(alert.getByRole('listitem')).toHaveText([
    'favourites[0].url: must be an http(s) URL.',
    /^favourites\[1\]\.addedAt: must be an ISO 8601 date/,
  ]);
  expect(await favouriteIds(page)).toEqual(before);
  expect(await readLocal(ext, 'settings')).toEqual(settingsBefore);

  // Truncated JSON: one clear reason, still nothing changed.
  await importInput(page).setInputFiles({
    name: 'broken.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"archscout","version":1,"favourites":[{"id":"nsq"'),
  });
  await expect(alert.getByRole('listitem')).toHaveText([
    'The file is not valid JSON: it ends too soon (is it cut off?).',
  ]);
  expect(await favouriteIds(page)).toEqual(before);

  // Too large: refused before the background reads it. From disk: as a buffer, Playwright would
  // build the 45 MB File inside the page.
  const huge = test.info().outputPath('huge.json');
  mkdirSync(dirname(huge), { recursive: true });
  writeFileSync(huge, Buffer.alloc(MAX_IMPORT_BYTES + 100_000, 0x20));
  await importInput(page).setInputFiles(huge);
  await expect(alert).toContainText(`The file is ${((MAX_IMPORT_BYTES + 100_000) / 1e6).toFixed(1)} MB`);
  expect(await favouriteIds(page)).toEqual(before);
});

test('in Chinese, a refused file lists its reasons in Chinese, paths as in the file, and changes nothing', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await sendFromPage(page, { type: 'favourites.set', id: 'etcd', on: true });
  await sendFromPage(page, { type: 'settings.set', patch: { language: 'zh_CN', theme: 'dark' } });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Archscout 设置');
  const before = await favouriteIds(page);
  const settingsBefore = await readLocal(ext, 'settings');

  await page.getByLabel('从 JSON 文件导入…').setInputFiles(
    importFile(
      [
        { id: 'zookeeper', name: 'ZooKeeper', addedAt: '2026-01-02T10:00:00.000Z', tags: ['t'.repeat(41)] },
        { id: 'consul', name: 'Consul', addedAt: '2026-01-03T10:00:00.000Z', url: 'javascript:alert(1)' },
      ],
      { settings: { theme: 'light' } },
    ),
  );
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('未导入任何内容');
  await expect(alert.getByRole('listitem')).toHaveText([
    'favourites[0].tags[0]：最多 40 个字符。',
    'favourites[1].url：必须是 http(s) 网址。',
  ]);
  await page.locator('.import').screenshot({ path: test.info().outputPath('import-refused-zh.png') });
  expect(await favouriteIds(page)).toEqual(before);
  expect(await readLocal(ext, 'settings')).toEqual(settingsBefore);

  // Switching back to English re-words the same refusal: the page keeps problems, not sentences.
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(alert.getByRole('listitem')).toHaveText([
    'favourites[0].tags[0]: must be at most 40 characters.',
    'favourites[1].url: must be an http(s) URL.',
  ]);
});

test('reset asks for confirmation in the page; cancel keeps everything, confirm restores defaults and can clear favourites', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  await sendFromPage(page, { type: 'favourites.set', id: 'nsq', on: true });
  await page.getByRole('radio', { name: 'Dark' }).check();
  await page.getByRole('checkbox', { name: 'Minimal new tab' }).check();
  await expect.poll(async () => (await readLocal<Settings>(ext, 'settings'))?.theme).toBe('dark');

  let dialogs = 0;
  page.on('dialog', async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });

  const resetButton = page.getByRole('button', { name: 'Reset…' });
  await resetButton.click();
  const confirm = page.getByRole('group', { name: 'Reset settings to their defaults?' });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await expect(resetButton).toBeFocused();
  expect((await readLocal<Settings>(ext, 'settings'))?.theme).toBe('dark');

  // Escape cancels too.
  await resetButton.click();
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);

  await resetButton.click();
  await confirm.getByRole('checkbox', { name: /Also remove all favourites \(1\)/ }).check();
  await confirm.getByRole('button', { name: 'Reset now' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Settings are back to their defaults; favourites removed: 1.' }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Same as the system' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Minimal new tab' })).not.toBeChecked();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
  expect(await favouriteIds(page)).toEqual([]);
  expect(dialogs, 'no window.confirm').toBe(0);
});

test('the sync status follows the background, and a quota error is shown with its reason', async ({
  ext,
  openExtensionPage,
}) => {
  const page = await openOptions(openExtensionPage);
  const sync = page.getByRole('region', { name: 'Sync' });
  await expect(sync).toContainText(/sync/i);

  // What the background's sync driver mirrors when storage.sync refuses a write (issue #4).
  await ext.serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
      .chrome;
    await chrome.storage.local.set({
      syncStatus: {
        state: 'quota-exceeded',
        message:
          'Browser sync refused the favourites (Resource::kQuotaBytes quota exceeded); they are kept in this browser.',
        detail: 'Resource::kQuotaBytes quota exceeded',
        notSyncedCount: 3,
        at: Date.now(),
      },
    });
  });
  await expect(sync).toContainText('Browser sync storage is full');
  await expect(sync).toContainText(
    'Kept on this device only: 3 favourite(s). Browser sync holds at most 512 items and 100 KB.',
  );
  await expect(sync).toContainText('Details: Resource::kQuotaBytes quota exceeded');
  await expect(sync.locator('[data-state="quota-exceeded"]')).toBeVisible();

  // In Chinese every sentence is Chinese; only the browser's own error text stays as it is
  // (the English explanation in `message` is for logs and used to show here).
  await page.getByRole('radio', { name: '简体中文' }).check();
  const syncZh = page.getByRole('region', { name: '同步' });
  await expect(syncZh).toContainText('浏览器同步空间已满');
  await expect(syncZh).toContainText('仅保存在本机的收藏：3 个。');
  await expect(syncZh).toContainText('详情：Resource::kQuotaBytes quota exceeded');
  await expect(syncZh).not.toContainText('they are kept in this browser');

  // Chinese sentences run together: no space after 。 before the time of the last sync.
  await ext.serviceWorker.evaluate(async () => {
    const chrome = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } })
      .chrome;
    await chrome.storage.local.set({ syncStatus: { state: 'ok', lastSyncedAt: Date.now(), at: Date.now() } });
  });
  await expect(syncZh).toContainText(/同步。上次同步：/);
});

test('in Chinese, the names an import lists are joined with 、', async ({ openExtensionPage }) => {
  const page = await openOptions(openExtensionPage);
  await page.getByRole('radio', { name: '简体中文' }).check();
  const at = '2026-01-02T10:00:00.000Z';
  await page.getByLabel('从 JSON 文件导入…').setInputFiles(
    importFile([
      { id: 'rabbit-mq', name: 'Rabbit MQ', addedAt: at },
      { id: 'kafka', name: 'Kafka', addedAt: at },
    ]),
  );
  await expect(page.getByRole('status').filter({ hasText: '不在当前目录中' })).toContainText(
    '不在当前目录中，仍已导入：Rabbit MQ、Kafka。',
  );
});
