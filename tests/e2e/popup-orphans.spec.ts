import { projectUrl } from '@/components/project-url';
import { importThroughBackground } from '../helpers/import-file';
import { catalogProject, openPopup, optionNames, recordOpenedTabs, searchBox } from '../helpers/popup';
import { sendFromPage } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// A favourite whose project has left the catalog (here: imported from a file for an id the
// catalog never had) stays in the popup's Favourites with its saved name, labelled as gone,
// with nothing to open and a star that removes it, as on the new tab.

const exportFile = (favourites: object[]) =>
  JSON.stringify({ format: 'archscout', version: 1, exportedAt: '2026-01-31T12:00:00.000Z', favourites });

test('an orphaned favourite is listed by its saved name, opens nothing and can be removed', async ({
  ext,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  const result = await importThroughBackground(
    options,
    exportFile([
      { id: 'gone-project', name: 'Gone Project', addedAt: '2026-01-02T00:00:00.000Z' },
      { id: 'etcd', name: 'etcd', addedAt: '2026-01-01T00:00:00.000Z' },
    ]),
  );
  expect(result).toMatchObject({ ok: true, added: 2, updated: 0, unknown: ['Gone Project'] });

  const popup = await openPopup(ext);
  const favourites = popup.getByRole('group', { name: 'Favourites' });
  await expect(favourites.getByRole('option')).toHaveCount(2);
  // Newest first, as every favourite: the orphan was added last.
  expect(await optionNames(popup)).toEqual([
    'Gone Project, Not in this catalog',
    expect.stringMatching(/^etcd, Service Discovery, /),
  ]);
  const orphan = favourites.getByRole('option', { name: 'Gone Project, Not in this catalog' });
  await expect(orphan).toContainText('Not in this catalog');
  await expect(orphan.getByRole('link')).toHaveCount(0);

  // Selected (with the arrow keys too): no details, no links, and Enter opens no tab, so the
  // key legend does not offer it; it does on etcd.
  const enterHint = popup
    .getByRole('list', { name: 'Keyboard shortcuts' })
    .getByRole('listitem')
    .filter({ has: popup.locator('kbd', { hasText: /^Enter$/ }) });
  await expect(orphan).toHaveAttribute('aria-selected', 'true');
  await expect(popup.locator('.results__details')).toHaveCount(0);
  await expect(enterHint).toBeHidden();
  await searchBox(popup).press('ArrowDown');
  await expect(popup.locator('.results__details').getByRole('link', { name: 'Homepage' })).toBeVisible(); // etcd's
  await expect(enterHint).toBeVisible();
  await searchBox(popup).press('ArrowUp');
  await expect(orphan).toHaveAttribute('aria-selected', 'true');
  await expect(enterHint).toBeHidden();
  await expect(popup.locator('.results__details')).toHaveCount(0);
  await expect(popup.getByRole('button', { name: 'Details of Gone Project' })).toHaveCount(0);
  const opened = await recordOpenedTabs(popup);
  await searchBox(popup).press('Enter');
  // etcd, below it, opens in the background: the orphan's Enter came first, and opened nothing.
  await searchBox(popup).press('ArrowDown');
  await searchBox(popup).press('Control+Enter');
  const etcd = new URL(projectUrl(catalogProject('etcd'), 'homepage')).href;
  await expect.poll(opened).toContain(etcd);
  expect(await opened(), "only etcd's Ctrl+Enter opened a tab").toEqual([etcd]);
  await searchBox(popup).press('ArrowUp');
  await expect(orphan).toHaveAttribute('aria-selected', 'true');

  // Its star removes it, from the popup and from the store.
  const star = popup.getByRole('button', { name: 'Remove Gone Project from favourites' });
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await star.click();
  await expect(orphan).toHaveCount(0);
  await expect(favourites.getByRole('option')).toHaveCount(1);
  const left = await sendFromPage<{ id: string }[]>(options, { type: 'favourites.list' });
  expect(left.map((f) => f.id)).toEqual(['etcd']);
});

test('in Chinese the orphan keeps its saved name with the Chinese label', async ({ ext, openExtensionPage }) => {
  const options = await openExtensionPage('options.html');
  await sendFromPage(options, { type: 'settings.set', patch: { language: 'zh_CN' } });
  await importThroughBackground(
    options,
    exportFile([{ id: 'gone-project', name: 'Gone Project', addedAt: '2026-01-02T00:00:00.000Z' }]),
  );
  const popup = await openPopup(ext);
  await expect(popup.getByRole('group', { name: '收藏' }).getByRole('option')).toHaveAccessibleName(
    'Gone Project, 不在当前目录中',
  );
});
