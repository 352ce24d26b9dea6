import type { Page } from '@playwright/test';
import { annotation, openGithubPage } from '../helpers/annotation';
import { overridingPage, repoPageWith, withoutInlineStyles } from '../helpers/host-page';
import { expect, test } from '../helpers/test';

// Issue #9, host-page robustness: GitHub (or a documentation site) is someone else's page. A page
// that replaces built-ins, clobbers globals or forbids inline styles must not break the
// annotation, and the annotation must not break the page: it works, or it stays away quietly.

// Playwright's trace snapshots run in the page's main world and would trip the page's traps.
test.use({ trace: 'off' });

const REPO = 'https://github.com/etcd-io/etcd';
const PHASE_OVER = 'archscout-test: hostile phase over';

/** The etcd card as on an ordinary page: name, category, 3-6 http(s) alternatives. */
async function expectWorkingAnnotation(page: Page): Promise<void> {
  const host = annotation(page);
  await expect(host).toHaveCount(1);
  await expect(host.getByRole('heading', { name: 'etcd', exact: true })).toBeVisible();
  await expect(host.getByText('Service Discovery', { exact: true })).toBeVisible();
  const links = host.getByRole('list').getByRole('link');
  expect(await links.count()).toBeGreaterThanOrEqual(3);
  for (const link of await links.all()) await expect(link).toHaveAttribute('href', /^https?:\/\//);
}

/** Opens the overriding page and waits until its traps are disarmed again (see page-overrides.js). */
async function openOverridingPage(page: Page, url = REPO): Promise<string> {
  const over = page.waitForEvent('console', {
    predicate: (message) => message.text().startsWith(PHASE_OVER),
    timeout: 15_000,
  });
  await page.goto(url);
  return (await over).text();
}

const hostileRoot = (page: Page) => page.locator('html[data-hostile-phase]');

test.describe('a page that replaces built-ins (Array, JSON, customElements, fetch, DOM methods)', () => {
  test('cannot reach the content script: the annotation works and calls none of them', async ({ ext }) => {
    const { page, errors } = await openGithubPage(ext, { html: overridingPage });
    // The traps stay armed until the annotation rendered and survived a soft-navigation recheck.
    expect(await openOverridingPage(page)).toBe(`${PHASE_OVER} (annotation rendered)`);
    await expect(hostileRoot(page)).toHaveAttribute('data-hostile-calls', '0');
    await expectWorkingAnnotation(page);
    // Messaging still reaches the background: the page's fake `chrome`/`browser` are not ours.
    const favourite = annotation(page).getByRole('button', { name: /favourite/i });
    await expect(favourite).toHaveAttribute('aria-pressed', 'false');
    await favourite.click();
    await expect(favourite).toHaveAttribute('aria-pressed', 'true');
    expect(errors).toEqual([]);
  });

  test('the traps do catch main-world callers (control: the test above can fail)', async ({ ext }) => {
    // The page's own later script stands in for code running in the page's world.
    const caller = '<script>try { [1, 2].map(String); } catch {} try { JSON.stringify({}); } catch {}</script>';
    const { page } = await openGithubPage(ext, {
      html: (url) => overridingPage(url).replace('</body>', `${caller}</body>`),
    });
    await openOverridingPage(page);
    await expect(hostileRoot(page)).toHaveAttribute('data-hostile-calls', '2');
    await expect(hostileRoot(page)).toHaveAttribute(
      'data-hostile-call-names',
      /Array\.prototype\.map.*JSON\.stringify/,
    );
  });
});

test.describe('a page that clobbers globals with named elements', () => {
  // document.<name> and window.<id> named properties are DOM-level, so they exist in every world.
  const clobbers = [
    '<form name="createElement"></form>',
    '<img name="querySelector" alt="">',
    '<img name="getElementById" alt="">',
    '<form name="body"></form>',
    '<img name="location" alt="">',
    '<img name="addEventListener" alt="">',
    '<div id="chrome"></div>',
    '<form id="browser"><input name="runtime"></form>',
    '<a id="wxt" href="https://example.org/"></a>',
  ].join('\n');

  test('document and window named properties do not reach the content script', async ({ ext }) => {
    const { page, errors } = await openGithubPage(ext, REPO, {
      html: (url) => repoPageWith(url, '').replace('<main>', `<main>\n${clobbers}`),
    });
    await expectWorkingAnnotation(page);
    expect(errors).toEqual([]);
  });

  test('<form id="chrome"> with a field named "runtime" does not break the annotation either', async ({ ext }) => {
    // Chromium makes a content script's `chrome` namespace the page's element named "chrome" when
    // one exists, and a form's field named "runtime" then shadows `chrome.runtime`. With
    // webextension-polyfill in the content script this threw at load ("This script should only be
    // loaded in a browser extension.") into the page console; content scripts no longer bundle it,
    // and the annotation now works on such a page.
    const clobber = '<form id="chrome"><input name="runtime"></form>';
    const { page, errors } = await openGithubPage(ext, REPO, {
      html: (url) => repoPageWith(url, '').replace('<main>', `<main>\n${clobber}`),
    });
    await expect(page.getByRole('heading', { name: 'etcd-io/etcd' })).toBeVisible();
    await expectWorkingAnnotation(page);
    expect(errors).toEqual([]);
  });
});

test.describe("a page with a strict Content-Security-Policy (default-src 'none'; style-src 'none')", () => {
  const csp = { 'content-security-policy': "default-src 'none'; style-src 'none'" };

  test('the annotation still works, styled, with no CSP errors in the page console', async ({ ext }) => {
    // The fixture's own <style> is dropped: under style-src 'none' it would log its own violation.
    const { page, errors } = await openGithubPage(ext, REPO, {
      html: (url) => withoutInlineStyles(repoPageWith(url, '')),
      headers: csp,
    });
    await expectWorkingAnnotation(page);
    // The card's stylesheet lives in its shadow root (WXT cssInjectionMode 'ui'); it still applies.
    const badge = annotation(page).getByText('Service Discovery', { exact: true });
    expect(await badge.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    const box = await annotation(page).boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(page.viewportSize()?.width ?? 1280);
    expect(errors).toEqual([]);
  });

  test('the policy is really enforced on that page (control)', async ({ ext }) => {
    const { errors } = await openGithubPage(ext, REPO, {
      html: (url) => repoPageWith(url, '<style>body{color:red}</style>'),
      headers: csp,
    });
    await expect
      .poll(() => errors.join('\n'))
      .toContain("violates the following Content Security Policy directive 'style-src 'none''");
  });
});
