import { annotation, openGithubPage } from '../helpers/annotation';
import { sendFromPage, setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// A card closed on the page, or a recommendation marked "Not interested", stays hidden after the
// few seconds of Undo; the options page lists them under "Hidden projects" with "Show again".

test('a card hidden on GitHub is listed in the options and comes back with "Show again"', async ({
  ext,
  openExtensionPage,
}) => {
  const { page: github } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await annotation(github).getByRole('button', { name: 'Hide the Archscout card for etcd' }).click();
  await expect(annotation(github)).toHaveCount(0, { timeout: 10_000 }); // the Undo notice is gone

  const options = await openExtensionPage('options.html');
  const section = options.getByRole('region', { name: 'Hidden projects' });
  const cards = section.getByRole('list', { name: 'On-page cards' });
  await expect(cards.getByRole('listitem')).toHaveText(['etcdShow again']);
  await expect(section.getByRole('list', { name: 'Recommendations' })).toHaveCount(0);

  const showAgain = cards.getByRole('button', { name: 'Show again: etcd' });
  await showAgain.click();
  await expect(section.getByText('Nothing is hidden.')).toBeVisible();
  await expect(section.getByRole('status')).toHaveText('The card for etcd will show again.');
  await expect(section.getByRole('heading', { name: 'Hidden projects' })).toBeFocused();

  await github.reload();
  await expect(annotation(github)).toHaveAttribute('data-project', 'etcd');
  await expect(annotation(github).getByRole('heading', { name: 'etcd' })).toBeVisible();
});

test('the list follows dismissals made elsewhere, grouped by scope, in English and Chinese', async ({
  ext,
  openExtensionPage,
}) => {
  const options = await openExtensionPage('options.html');
  const section = options.getByRole('region', { name: 'Hidden projects' });
  await expect(section.getByText('Nothing is hidden.')).toBeVisible();

  // The new tab's "Not interested" and a card closed on a docs site, sent while the page is open.
  const other = await openExtensionPage('options.html');
  await sendFromPage(other, { type: 'dismiss', id: 'rabbitmq', scope: 'recommendation' });
  await sendFromPage(other, { type: 'dismiss', id: 'consul', scope: 'annotation' });
  await other.close();
  await expect(section.getByRole('list', { name: 'On-page cards' }).getByRole('button')).toHaveAccessibleName(
    'Show again: Consul',
  );
  const recommendations = section.getByRole('list', { name: 'Recommendations' });
  await expect(recommendations.getByRole('button')).toHaveAccessibleName('Show again: RabbitMQ');
  await expect(section.getByText('Nothing is hidden.')).toHaveCount(0);

  await recommendations.getByRole('button').click();
  await expect(recommendations).toHaveCount(0);
  // Focus lands on the row that is left, so the next one can be shown again from the keyboard.
  await expect(section.getByRole('button', { name: 'Show again: Consul' })).toBeFocused();
  expect(await sendFromPage(options, { type: 'dismissed.list' })).toEqual([
    expect.objectContaining({ id: 'consul', scope: 'annotation' }),
  ]);

  await setSettings(ext, { language: 'zh_CN' });
  const zh = options.getByRole('region', { name: '已隐藏的项目' });
  await expect(zh.getByRole('list', { name: '页面上的卡片' }).getByRole('button')).toHaveText('重新显示');
});
