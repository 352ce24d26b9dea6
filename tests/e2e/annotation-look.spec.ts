import AxeBuilder from '@axe-core/playwright';
import { annotation, openGithubPage, serveGithub } from '../helpers/annotation';
import { fixture } from '../helpers/extension';
import { expect, test } from '../helpers/test';

// Screenshots of the annotation in GitHub's light and dark modes, kept in docs/ (issue #6) and
// checked by eye; the assertions check that the palette follows data-color-mode.

for (const mode of ['light', 'dark'] as const) {
  test(`follows GitHub's ${mode} mode (screenshot docs/annotation-${mode}.png)`, async ({ ext }) => {
    const { page } = await openGithubPage(ext, {
      html: (url) =>
        fixture('github/repo-react-sidebar.html', url).replace('data-color-mode="auto"', `data-color-mode="${mode}"`),
    });
    await page.setViewportSize({ width: 1100, height: 900 });
    await page.goto('https://github.com/etcd-io/etcd');
    const host = annotation(page);
    await expect(host).toHaveAttribute('data-theme', mode);
    await host.getByRole('button', { name: 'Compare side by side' }).click();
    await expect(host.getByRole('table')).toBeVisible();
    const colour = await host.getByRole('heading', { level: 2 }).evaluate((el) => getComputedStyle(el).color);
    expect(colour).toBe(mode === 'light' ? 'rgb(31, 35, 40)' : 'rgb(240, 246, 252)');
    await page.locator('.prc-PageLayout-Pane-ghi').screenshot({ path: `docs/annotation-${mode}.png` });
  });
}

test('follows a theme switch without reload, and auto follows the system', async ({ ext }) => {
  const { page } = await openGithubPage(ext);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('https://github.com/etcd-io/etcd');
  const host = annotation(page);
  await expect(host).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(host).toHaveAttribute('data-theme', 'light');
  await page.evaluate(() => document.documentElement.setAttribute('data-color-mode', 'dark'));
  await expect(host).toHaveAttribute('data-theme', 'dark');
  await page.evaluate(() => {
    document.documentElement.setAttribute('data-color-mode', 'light');
    document.documentElement.setAttribute('data-light-theme', 'dark_dimmed');
  });
  await expect(host).toHaveAttribute('data-theme', 'dark');
});

test('no axe violations with the compare view open and in the expanded floating badge, light and dark', async ({
  ext,
}) => {
  await serveGithub(ext);
  const failures: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const path of ['/etcd-io/etcd', '/etcd-io/etcd/issues/1']) {
      const page = await ext.context.newPage();
      await page.emulateMedia({ colorScheme });
      await page.goto(`https://github.com${path}`);
      const host = annotation(page);
      await expect(host).toHaveCount(1);
      const pill = host.getByRole('button', { name: /etcd · / });
      if (await pill.count()) await pill.click();
      await host.getByRole('button', { name: 'Compare side by side' }).click();
      await expect(host.getByRole('table')).toBeVisible();
      const { violations } = await new AxeBuilder({ page }).include('archscout-annotation').analyze();
      for (const v of violations) {
        failures.push(
          `[${colorScheme} ${path}] ${v.id}: ${v.help} -> ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
      }
      await page.close();
    }
  }
  expect(failures, 'axe violations').toEqual([]);
});
