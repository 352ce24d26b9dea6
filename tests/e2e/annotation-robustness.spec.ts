import { annotation, openGithubPage } from '../helpers/annotation';
import { fixture } from '../helpers/extension';
import { expect, test } from '../helpers/test';

// Issue #6 (and #9's host-page robustness): the annotation works under GitHub's content
// security policy and a stricter one, on a page that sabotages built-ins, and never leaves an
// error in the page's console.

const GITHUB_CSP = [
  "default-src 'none'",
  "base-uri 'self'",
  "connect-src 'self' api.github.com",
  'font-src github.githubassets.com',
  "form-action 'self' github.com",
  "frame-ancestors 'none'",
  "img-src 'self' data: github.githubassets.com avatars.githubusercontent.com",
  'script-src github.githubassets.com',
  "style-src 'unsafe-inline' github.githubassets.com",
  'upgrade-insecure-requests',
].join('; ');

const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'; connect-src 'none'; img-src 'none'";

for (const [name, csp, fixtureName] of [
  ["GitHub's", GITHUB_CSP, 'github/repo-react-sidebar.html'],
  ['a stricter', STRICT_CSP, 'github/repo-strict-csp.html'],
] as const) {
  test(`works under ${name} content security policy, styled, without console errors`, async ({ ext }) => {
    const { page, errors } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd', {
      html: (url) => fixture(fixtureName, url),
      headers: { 'content-security-policy': csp },
    });
    const host = annotation(page);
    await expect(host).toHaveAttribute('data-placement', 'sidebar');
    await expect(host.getByRole('heading', { name: 'etcd' })).toBeVisible();
    // The shadow root's stylesheet applied (the card's rule above it is ours, 1px).
    const ruleWidth = await host.evaluate(
      (el) => getComputedStyle(el.shadowRoot?.querySelector('.root') as Element).borderTopWidth,
    );
    expect(ruleWidth).toBe('1px');
    await host.getByRole('button', { name: /favourite/ }).click();
    await expect(host.getByRole('button', { name: /favourite/ })).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });
}

test('a page that sabotages built-ins and clobbers names neither breaks the annotation nor sees an error', async ({
  ext,
}) => {
  const { page, errors } = await openGithubPage(ext, 'https://github.com/etcd-io/etcd', {
    html: (url) => fixture('github/repo-hostile-page.html', url),
  });
  expect(await page.evaluate(() => (window as unknown as { __pageScriptRan: boolean }).__pageScriptRan)).toBe(true);
  const host = annotation(page);
  await expect(host).toHaveAttribute('data-project', 'etcd');
  await expect(host.getByRole('list').getByRole('link').first()).toBeVisible();
  await host.getByRole('button', { name: 'Compare side by side' }).click();
  await expect(host.getByRole('table')).toBeVisible();
  // Soft navigation away and back still works.
  await page.evaluate(() => history.pushState({}, '', '/torvalds/linux'));
  await expect(host).toHaveCount(0);
  await page.evaluate(() => history.pushState({}, '', '/hashicorp/consul'));
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
  // None of the sabotaged functions was called by us (they live in the page's world only).
  expect(await page.evaluate(() => (window as unknown as { __sabotaged: string[] }).__sabotaged)).toEqual([]);
  expect(errors).toEqual([]);
});
