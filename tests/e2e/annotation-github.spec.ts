import { annotation, type GithubLayout, openGithubPage } from '../helpers/annotation';
import { watchContentScript } from '../helpers/content-script';
import { expect, test } from '../helpers/test';

// Issue #6: on a listed project's GitHub pages exactly one annotation, with its category and
// alternatives; none on unlisted repositories and on GitHub's own (reserved) pages.

test.describe('listed repositories', () => {
  for (const [layout, sibling] of [
    ['react', 'section'],
    ['pagelayout', 'div.BorderGrid-row'],
    ['classic', 'div.BorderGrid-row'],
  ] as [GithubLayout, string][]) {
    test(`repository root, ${layout} sidebar: one annotation next to About`, async ({ ext }) => {
      const { page, errors } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd', { layout });
      const host = annotation(page);
      await expect(host).toHaveCount(1);
      await expect(host).toHaveAttribute('data-placement', 'sidebar');
      await expect(host).toHaveAttribute('data-project', 'etcd');
      // Right after GitHub's About section (row), as a sibling: never inside GitHub's own markup.
      const previous = await host.evaluate((el) => {
        const prev = el.previousElementSibling;
        return prev ? `${prev.tagName.toLowerCase()}|${prev.className}|${prev.textContent}` : '';
      });
      expect(previous).toContain('About');
      expect(previous.split('|')[0]).toBe(sibling.split('.')[0]);

      await expect(host.getByRole('heading', { name: 'etcd', exact: true })).toBeVisible();
      await expect(host.getByText('Service Discovery', { exact: true })).toBeVisible();
      const links = host.getByRole('list').getByRole('link');
      const count = await links.count();
      expect(count).toBeGreaterThanOrEqual(3);
      expect(count).toBeLessThanOrEqual(6);
      for (const link of await links.all()) {
        await expect(link).toHaveAttribute('href', /^https?:\/\//);
        await expect(link).toHaveAttribute('target', '_blank');
        await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
      }
      // Each alternative comes with its one-line summary.
      const items = host.getByRole('list').getByRole('listitem');
      for (const item of await items.all()) await expect(item.locator('.alt-summary')).not.toBeEmpty();
      expect(errors).toEqual([]);
    });
  }

  test('a sub-page without a sidebar gets the floating badge, which expands on click', async ({ ext }) => {
    const { page, errors } = await openGithubPage(ext);
    for (const path of ['/etcd-io/etcd/issues/1', '/etcd-io/etcd/tree/main/x']) {
      await page.goto(`https://github.com${path}`);
      const host = annotation(page);
      await expect(host).toHaveCount(1);
      await expect(host).toHaveAttribute('data-placement', 'floating');
      const pill = host.getByRole('button', { name: /etcd · Service Discovery/ });
      await expect(pill).toHaveAttribute('aria-expanded', 'false');
      await expect(host.getByRole('heading', { name: 'etcd' })).toBeHidden();
      await pill.click();
      await expect(pill).toHaveAttribute('aria-expanded', 'true');
      await expect(host.getByRole('heading', { name: 'etcd' })).toBeVisible();
      await expect(host.getByRole('list').getByRole('link').first()).toBeVisible();
      // It does not cover the page's own controls.
      const control = page.locator('#page-control');
      await control.click({ trial: true });
      await page.keyboard.press('Escape');
      await expect(pill).toHaveAttribute('aria-expanded', 'false');
    }
    expect(errors).toEqual([]);
  });

  test('old names (renamed repositories) and any letter case find the project', async ({ ext }) => {
    const { page } = await openGithubPage(ext);
    for (const url of [
      'https://github.com/coreos/etcd',
      'https://github.com/Etcd-IO/ETCD',
      'https://github.com/ETCD-io/etcd/pulls',
    ]) {
      await page.goto(url);
      await expect(annotation(page), url).toHaveCount(1);
      await expect(annotation(page), url).toHaveAttribute('data-project', 'etcd');
      await expect(
        annotation(page)
          .getByRole('heading', { name: 'etcd' })
          .or(annotation(page).getByRole('button', { name: /^etcd/ })),
      ).toHaveCount(1);
    }
  });

  test('hashicorp/consul and hashicorp/consul-template are two projects', async ({ ext }) => {
    const { page } = await openGithubPage(ext, 'https://github.com/hashicorp/consul');
    await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
    await expect(annotation(page).getByRole('heading', { level: 2 })).toHaveText('Consul');
    await page.goto('https://github.com/hashicorp/consul-template');
    await expect(annotation(page)).toHaveAttribute('data-project', 'consul-template');
    await expect(annotation(page).getByRole('heading', { level: 2 })).toHaveText('Consul Template');
    await expect(annotation(page).getByText('Configuration Management', { exact: true })).toBeVisible();
  });

  test('a project that is not active shows its status', async ({ ext }) => {
    const { page } = await openGithubPage(ext, 'https://github.com/Netflix/Hystrix');
    await expect(annotation(page).getByText('Maintenance', { exact: true })).toBeVisible();
    await page.goto('https://github.com/etcd-io/etcd');
    await expect(annotation(page).getByRole('heading', { name: 'etcd' })).toBeVisible();
    await expect(annotation(page).getByText('Active', { exact: true })).toHaveCount(0);
  });

  test('the compare view puts the project and its alternatives side by side', async ({ ext }) => {
    const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
    const host = annotation(page);
    const toggle = host.getByRole('button', { name: 'Compare side by side' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(host.getByRole('table')).toHaveCount(0);
    await toggle.click();
    const table = host.getByRole('table');
    await expect(table).toBeVisible();
    await expect(host.getByRole('button', { name: 'Hide comparison' })).toHaveAttribute('aria-expanded', 'true');
    const rowHeaders = await table.getByRole('rowheader').allInnerTexts();
    expect(rowHeaders).toEqual(['Category', 'Language', 'Status', 'Homepage', 'Repository']);
    const columns = await table.getByRole('columnheader').allInnerTexts();
    const alternatives = await host.getByRole('list').getByRole('link').allInnerTexts();
    expect(columns.slice(1)).toEqual(['etcd', ...alternatives]);
    const etcdRow = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
    await expect(etcdRow('Language').getByRole('cell').first()).toHaveText('Go');
    await expect(etcdRow('Repository').getByRole('link').first()).toHaveAttribute(
      'href',
      'https://github.com/etcd-io/etcd',
    );
    for (const link of await table.getByRole('link').all()) {
      await expect(link).toHaveAttribute('href', /^https?:\/\//);
      await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    }
  });
});

test.describe('pages that are not listed projects', () => {
  test('an unlisted repository and GitHub reserved paths get no annotation', async ({ ext }) => {
    const { page, errors } = await openGithubPage(ext);
    const script = await watchContentScript(ext, page);
    for (const path of [
      '/torvalds/linux',
      '/hashicorp/consul-k8s',
      '/settings',
      '/settings/profile',
      '/search?q=etcd',
      '/orgs/etcd-io',
      '/orgs/x/repositories',
      '/topics/x',
      '/marketplace',
      '/marketplace/actions/etcd',
      '/etcd-io',
      '/',
    ]) {
      await page.goto(`https://github.com${path}`);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // The script runs on every GitHub page: once it has looked at this one and heard back from
      // the background, a card it wrongly asked for would be on the page.
      expect(await script.settled(), path).toBe('settled');
      expect(await annotation(page).count(), path).toBe(0);
    }
    expect(errors).toEqual([]);
  });
});

test('adds nothing to <head> and no style outside its shadow root', async ({ ext }) => {
  const { page } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd');
  await expect(annotation(page).getByRole('heading', { name: 'etcd' })).toBeVisible();
  await page.goto('https://github.com/etcd-io/etcd/issues/1');
  await annotation(page)
    .getByRole('button', { name: /etcd · / })
    .click();
  const outside = await page.evaluate(() => ({
    head: Array.from(document.head.children, (el) => el.tagName.toLowerCase()),
    styles: document.querySelectorAll('style, link[rel="stylesheet"]').length,
    styled: document.querySelectorAll('[style]').length,
  }));
  // The fixture's own head: charset, title, three metas, one <style>.
  expect(outside).toEqual({ head: ['meta', 'title', 'meta', 'meta', 'meta', 'style'], styles: 1, styled: 0 });
});
