import { annotation, collectPageErrors } from '../helpers/annotation';
import { watchContentScript } from '../helpers/content-script';
import { fixture } from '../helpers/extension';
import { setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #6: listed projects' documentation sites get a floating badge; on a host shared by
// many products only the listed path prefix does.

test('a docs page under the listed path prefix gets the badge; another path on the same host does not', async ({
  ext,
}) => {
  await ext.serve('https://developers.google.com/**', (url) => fixture('docs/devsite-page.html', url));
  const page = await ext.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto('https://developers.google.com/protocol-buffers/docs/overview');
  const host = annotation(page);
  await expect(host).toHaveCount(1);
  await expect(host).toHaveAttribute('data-project', 'protocol-buffers');
  await expect(host).toHaveAttribute('data-placement', 'floating');
  await expect(host).toHaveAttribute('data-theme', 'light');
  const pill = host.getByRole('button', { name: /Protocol Buffers · Data Exchange Format/ });
  await expect(pill).toBeVisible();
  // Bottom-right corner, clear of the page's footer link on the left.
  const box = await pill.boundingBox();
  const viewport = page.viewportSize();
  expect(box && viewport && box.x + box.width > viewport.width / 2 && box.y > viewport.height / 2).toBe(true);
  await page.getByRole('link', { name: 'Terms' }).click({ trial: true });
  await pill.click();
  await expect(host.getByRole('heading', { name: 'Protocol Buffers' })).toBeVisible();
  await expect(host.getByRole('list').getByRole('link').first()).toBeVisible();

  // "/maps/" and "/" are outside the script's match pattern; "/protocol-buffersx/" is inside it
  // ("protocol-buffers*"), where the script itself must say no.
  const script = await watchContentScript(ext, page);
  for (const [path, state] of [
    ['/maps/', 'not injected'],
    ['/protocol-buffersx/', 'settled'],
    ['/', 'not injected'],
  ] as const) {
    await page.goto(`https://developers.google.com${path}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await script.settled(), path).toBe(state);
    expect(await annotation(page).count(), path).toBe(0);
  }
  expect(errors).toEqual([]);
});

test('a whole-host docs site in its dark theme gets a dark badge; leaving the prefix softly removes it', async ({
  ext,
}) => {
  await ext.serve('https://www.rabbitmq.com/**', (url) => fixture('docs/docusaurus-dark.html', url));
  await ext.serve('https://developer.hashicorp.com/**', (url) => fixture('docs/docusaurus-dark.html', url));
  const page = await ext.context.newPage();
  const errors = collectPageErrors(page);
  await page.goto('https://www.rabbitmq.com/docs/queues');
  const host = annotation(page);
  await expect(host).toHaveAttribute('data-project', 'rabbitmq');
  await expect(host).toHaveAttribute('data-theme', 'dark');
  await expect(host.getByRole('button', { name: /RabbitMQ · Message Queue/ })).toBeVisible();
  // The site's own theme switch is followed without reload.
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'light'));
  await expect(host).toHaveAttribute('data-theme', 'light');

  // A single-page docs app navigating out of the listed prefix (developer.hashicorp.com/consul/ -> /vault/).
  await page.goto('https://developer.hashicorp.com/consul/docs');
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
  await page.evaluate(() => history.pushState({}, '', '/vault/docs'));
  await expect(annotation(page)).toHaveCount(0);
  await page.evaluate(() => history.pushState({}, '', '/consul/docs/intro'));
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
  // The docs switch in the settings applies at once (the GitHub one is separate).
  await setSettings(ext, { annotateDocs: false });
  await expect(annotation(page)).toHaveCount(0);
  await setSettings(ext, { annotateDocs: true });
  await expect(annotation(page)).toHaveAttribute('data-project', 'consul');
  expect(errors).toEqual([]);
});

test('a docs site that paints its theme on a page-wide wrapper, not on <body>, gets a badge of that theme', async ({
  ext,
}) => {
  // ?light: the same page with a white wrapper.
  await ext.serve('https://nsq.io/**', (url) =>
    fixture('docs/wrapper-dark.html', url).replace('#15171c', url.search === '?light' ? '#ffffff' : '#15171c'),
  );
  const page = await ext.context.newPage();
  const errors = collectPageErrors(page);
  // The system says the opposite each time: only what the page paints can decide.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('https://nsq.io/overview/design.html');
  const host = annotation(page);
  await expect(host).toHaveAttribute('data-project', 'nsq');
  // The light code block in the middle of the page is not the page.
  await expect(host).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('https://nsq.io/overview/design.html?light');
  await expect(annotation(page)).toHaveAttribute('data-project', 'nsq');
  await expect(annotation(page)).toHaveAttribute('data-theme', 'light');
  expect(errors).toEqual([]);
});

test('a dimming backdrop over a light docs page (a consent dialog) is no page-wide wrapper: the badge stays light', async ({
  ext,
}) => {
  await ext.serve('https://nsq.io/**', (url) => fixture('docs/overlay-light.html', url));
  const page = await ext.context.newPage();
  const errors = collectPageErrors(page);
  // The system says dark: only the page's white <body> can make the badge light.
  await page.emulateMedia({ colorScheme: 'dark' });
  // A translucent colour, then an opaque one dimmed by `opacity` (Bootstrap's modal backdrop).
  for (const search of ['', '?opacity']) {
    await page.goto(`https://nsq.io/overview/design.html${search}`);
    const host = annotation(page);
    await expect(host, search).toHaveAttribute('data-project', 'nsq');
    await expect(host, search).toHaveAttribute('data-theme', 'light');
  }
  expect(errors).toEqual([]);
});

test('in a narrower window a tall code block in the middle is still content, not the page: the badge follows the page', async ({
  ext,
}) => {
  // The wrapper page (docs/wrapper-dark.html) in a window half a large screen wide: its content column, and
  // the code block in it, now spans most of the window. ?swap paints the page white and the code dark.
  await ext.serve('https://nsq.io/**', (url) => {
    const page = fixture('docs/wrapper-dark.html', url);
    return url.search === '?swap'
      ? page.replace('#15171c', '#ffffff').replace('#dde1e6', '#1f2328').replace('#f6f8fa', '#0d1117')
      : page;
  });
  const page = await ext.context.newPage();
  const errors = collectPageErrors(page);
  await page.setViewportSize({ width: 960, height: 600 });
  for (const [search, theme, system] of [
    ['', 'dark', 'light'],
    ['?swap', 'light', 'dark'],
  ] as const) {
    // The system says the opposite each time: only what the page paints can decide.
    await page.emulateMedia({ colorScheme: system });
    await page.goto(`https://nsq.io/overview/design.html${search}`);
    const host = annotation(page);
    await expect(host, search).toHaveAttribute('data-project', 'nsq');
    await expect(host, search).toHaveAttribute('data-theme', theme);
  }
  expect(errors).toEqual([]);
});

test('a page painted in oklch() (Tailwind 4) gets a badge of its theme, on a wrapper or on <body>', async ({ ext }) => {
  const light = 'oklch(0.985 0.002 247.839)'; // Tailwind's gray-50
  const dark = 'oklch(0.13 0.028 261.692)'; // gray-950
  // ?wrapper-light, ?wrapper-dark: the wrapper page in that colour; ?body-light: <body> painted, the wrapper not.
  await ext.serve('https://nsq.io/**', (url) => {
    const [where = '', theme = ''] = url.search.slice(1).split('-');
    const colour = theme === 'light' ? light : dark;
    const page = fixture('docs/wrapper-dark.html', url);
    return where === 'wrapper'
      ? page.replace('#15171c', colour)
      : page.replace('#15171c', 'transparent').replace('body { margin: 0;', `body { margin: 0; background: ${colour};`);
  });
  const page = await ext.context.newPage();
  const errors = collectPageErrors(page);
  for (const [search, theme] of [
    ['?wrapper-light', 'light'],
    ['?wrapper-dark', 'dark'],
    ['?body-light', 'light'],
  ] as const) {
    // The system says the opposite each time: only what the page paints can decide.
    await page.emulateMedia({ colorScheme: theme === 'light' ? 'dark' : 'light' });
    await page.goto(`https://nsq.io/overview/design.html${search}`);
    const host = annotation(page);
    await expect(host, search).toHaveAttribute('data-project', 'nsq');
    await expect(host, search).toHaveAttribute('data-theme', theme);
  }
  expect(errors).toEqual([]);
});
