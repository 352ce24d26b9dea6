import type { Page } from '@playwright/test';
import type { Category, Project } from '../../catalog/types';
import { annotation, openGithubPage, serveGithub } from '../helpers/annotation';
import type { LaunchedExtension } from '../helpers/extension';
import {
  answerMatchWith,
  expectSafeRendering,
  installCatalogForTest,
  realCatalog,
  trappedPage,
} from '../helpers/hostile';
import { importThroughBackground } from '../helpers/import-file';
import {
  containing,
  expectAccessibleName,
  expectClamped,
  expectClampedLines,
  expectWhole,
  favouritesFile,
  KEYWORD,
  LONG_NAMES,
  LONG_NOTES,
  type LongNameKind,
  longId,
  longNamesCatalog,
  measureName,
  renamedCatalog,
  startingWith,
} from '../helpers/long-names';
import { sendFromPage, setSettings } from '../helpers/settings';
import { expect, test } from '../helpers/test';

// Issue #9: a broken or hostile catalog (or import) can carry a 10 KB project name. Every surface
// shows at most a few lines of it with an ellipsis, so one row or card cannot push the rest out of
// sight, while the whole name stays in the accessible name and in a title tooltip; ordinary names
// look as before (not clamped). Runs in real Chromium: line clamping is layout, not DOM.

const KINDS = Object.keys(LONG_NAMES) as LongNameKind[];
const catalog = longNamesCatalog(realCatalog());
const project = (id: string) => catalog.projects.find((p) => p.id === id) as Project;
const category = (id: string) => catalog.categories.find((c) => c.id === id) as Category;
const POPUP = { width: 380, height: 600 }; // the toolbar popup's size (entrypoints/popup/style.css)

/** etcd's GitHub page (the fixture) in a trapped page (helpers/hostile.ts), desktop-sized, and its annotation. */
async function openEtcdAnnotation(ext: LaunchedExtension) {
  await serveGithub(ext);
  const trap = await trappedPage(ext);
  await trap.page.setViewportSize({ width: 1100, height: 900 });
  await trap.page.goto('https://github.com/etcd-io/etcd');
  return { trap, page: trap.page, host: annotation(trap.page) };
}

/**
 * Installs the long-names catalog and favourites `favourites` through an import. (The background
 * keeps its own copy of the catalog, so for it the long projects are orphans: their favourites
 * show in the popup, but the new tab's favourite cards would show the import's names.)
 */
async function seed(ext: LaunchedExtension, favourites = [...KINDS.map(longId), 'rabbitmq']): Promise<void> {
  await installCatalogForTest(ext, catalog);
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await importThroughBackground(page, favouritesFile(favourites));
  await page.close();
}

const option = (page: Page, id: string) => page.locator(`[role="option"][data-project-id="${id}"]`);

for (const look of [{}, { theme: 'dark' }, { language: 'zh_CN' }] as const) {
  const label = Object.values(look).join(' ') || 'light';
  test(`popup (${label}): long names take two lines, every result stays in sight, full names in the accessible name and title`, async ({
    ext,
  }) => {
    await seed(ext);
    if ('theme' in look || 'language' in look) await setSettings(ext, look);
    const trap = await trappedPage(ext);
    const { page } = trap;
    await page.setViewportSize(POPUP);
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await page.getByRole('combobox').fill(KEYWORD);
    await expect(option(page, 'rabbitmq')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath(`popup-${label}.png`) });

    for (const kind of KINDS) {
      const name = LONG_NAMES[kind];
      const row = option(page, longId(kind));
      // DESIGN.md: an option's accessible name starts with the project name (all of it).
      await expectAccessibleName(row, startingWith(`${name}, `), `the ${kind} option`);
      await expectClamped(row.locator('.results__name'), 2, name);
    }
    await expectWhole(option(page, 'rabbitmq').locator('.results__name'));

    // The point of it: the long rows leave room for the others, all in sight without scrolling
    // (with the top result's details, which open by themselves, closed).
    const expanded = page.locator('.results__details-toggle[aria-expanded="true"]');
    if (await expanded.count()) await expanded.click();
    await expect(page.locator('.results__details')).toHaveCount(0);
    const body = await page.locator('.project-search__body').boundingBox();
    const options = page.getByRole('listbox').getByRole('option');
    expect(await options.count()).toBe(KINDS.length + 1);
    for (const box of await options.evaluateAll((all) => all.map((o) => o.getBoundingClientRect().toJSON()))) {
      expect(box.height, 'a row with a long name stays a few lines tall').toBeLessThan(120);
      expect(box.bottom).toBeLessThanOrEqual((body?.y ?? 0) + (body?.height ?? 0) + 1);
    }

    // The details' alternatives are names too: RabbitMQ lists the long projects early (catalog order).
    const ids = await options.evaluateAll((all) => all.map((o) => o.getAttribute('data-project-id')));
    await page.locator('.results__details-toggle').nth(ids.indexOf('rabbitmq')).click();
    const alternatives = page.locator('.results__details .details__alternative');
    for (const kind of KINDS) {
      const alternative = alternatives.filter({ hasText: LONG_NAMES[kind].slice(0, 40) });
      await expectAccessibleName(alternative, LONG_NAMES[kind], `the ${kind} alternative`);
      await expectClamped(alternative, 2, LONG_NAMES[kind]);
    }
    await expectWhole(alternatives.filter({ hasText: 'RabbitMQ Internals' }));
    await expectSafeRendering(trap);
    await page.screenshot({ path: test.info().outputPath(`popup-${label}-details.png`) });
  });
}

test('new tab: recommended cards show three lines of a long name, category lists two; ordinary names whole', async ({
  ext,
}) => {
  // RabbitMQ saved: its alternatives are recommended, the long projects among them (catalog order).
  await seed(ext, ['rabbitmq']);
  const trap = await trappedPage(ext);
  const { page } = trap;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/newtab.html?date=2026-02-01`);
  const recommended = page.getByRole('region', { name: 'Recommended for you' });
  await expect(recommended.getByRole('listitem').first()).toBeVisible();
  for (const kind of KINDS) {
    const name = LONG_NAMES[kind];
    const card = recommended.locator(`[data-project-id="${longId(kind)}"]`);
    await expectAccessibleName(card.getByRole('heading', { level: 3 }), name, `the ${kind} card's heading`);
    await expectAccessibleName(
      card.getByRole('link', { name: startingWith(name.slice(0, 40)) }),
      name,
      `the ${kind} card's link`,
    );
    await expectClamped(card.locator('.tile__name > *'), 3, name);
    const box = await card.boundingBox();
    expect(box?.height, 'the card stays card-sized').toBeLessThan(400);
  }
  await expectWhole(recommended.locator('[data-project-id="zeromq"] .tile__name > *'));
  await expectWhole(page.locator('.fav[data-project-id="rabbitmq"] .tile__name > *'));

  const browse = page.getByRole('region', { name: 'Browse by category' });
  const queues = browse.locator('details').filter({ hasText: 'Message Queue' });
  await queues.locator('summary').click();
  for (const kind of KINDS) {
    const link = queues.locator('.category__project-name').filter({ hasText: LONG_NAMES[kind].slice(0, 40) });
    await expectAccessibleName(link, LONG_NAMES[kind], `the ${kind} category entry`);
    await expectClamped(link, 2, LONG_NAMES[kind]);
  }
  await expectWhole(queues.getByRole('link', { name: 'RabbitMQ', exact: true }));
  await expectSafeRendering(trap);
  await page.screenshot({ path: test.info().outputPath('newtab.png'), fullPage: true });
});

test('options: hidden projects show two lines of a long name; the Show again button names all of it', async ({
  ext,
}) => {
  await seed(ext);
  const trap = await trappedPage(ext);
  const { page } = trap;
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  for (const kind of KINDS) await sendFromPage(page, { type: 'dismiss', id: longId(kind), scope: 'recommendation' });
  await sendFromPage(page, { type: 'dismiss', id: 'rabbitmq', scope: 'recommendation' });
  await page.reload();
  const rows = page.locator('.hidden-item');
  await expect(rows).toHaveCount(KINDS.length + 1);
  for (const kind of KINDS) {
    const row = rows.filter({ hasText: LONG_NAMES[kind].slice(0, 40) });
    await expectClamped(row.locator('.hidden-item__name'), 2, LONG_NAMES[kind]);
    await expectAccessibleName(row.getByRole('button'), containing(LONG_NAMES[kind]), `the ${kind} Show again button`);
  }
  await expectWhole(rows.filter({ hasText: 'RabbitMQ' }).locator('.hidden-item__name'));
  await expectSafeRendering(trap);
});

for (const kind of ['unbroken', 'spaced'] as const) {
  test(`annotation (${kind}): the card's name, alternatives and compare headers clamp; Undo stays in sight`, async ({
    ext,
  }) => {
    const name = LONG_NAMES[kind];
    const other = kind === 'unbroken' ? 'spaced' : 'unbroken';
    await answerMatchWith(ext, {
      project: { ...project('etcd'), name },
      categories: [category('service-discovery')],
      alternatives: [project(longId(other)), project('consul')],
      isFavourite: false,
      dismissed: false,
    });
    const { trap, page, host } = await openEtcdAnnotation(ext);
    const heading = host.getByRole('heading', { level: 2 });
    await expect(heading).toBeVisible();
    await expectAccessibleName(heading, name, 'the card heading');
    await expectAccessibleName(host.getByRole('region'), containing(name), 'the card region');
    await expectClamped(heading, 2, name);

    const alternative = host.locator('.alt-name').first();
    await expectAccessibleName(alternative, LONG_NAMES[other], 'the long alternative');
    await expectClamped(alternative, 2, LONG_NAMES[other]);
    await expectWhole(host.getByRole('link', { name: 'Consul', exact: true }));

    await host.getByRole('button', { name: 'Compare side by side' }).click();
    const headers = host.locator('thead th .clamp');
    await expectClamped(headers.nth(0), 2, name);
    await expectClamped(headers.nth(1), 2, LONG_NAMES[other]);
    await expectWhole(headers.nth(2), 1);
    const card = await host.boundingBox();
    expect(card?.height, 'the card stays sidebar-sized').toBeLessThan(900);
    await expectSafeRendering(trap);
    await page.screenshot({ path: test.info().outputPath(`annotation-${kind}.png`) });

    // The "hidden" message names the project too; Undo must stay reachable beside it.
    await host.getByRole('button', { name: /^Hide the Archscout card/ }).click();
    const status = host.getByRole('status');
    await expect(status).toBeVisible();
    // Polled: the message can be laid out again between the two reads on a busy machine.
    await expect.poll(async () => (await status.boundingBox())?.height ?? 1e9, 'two lines and Undo').toBeLessThan(100);
    await expect(status.getByRole('button', { name: 'Undo' })).toBeInViewport();
  });
}

test('annotation: an ordinary card is not clamped anywhere', async ({ ext }) => {
  const { page } = await openGithubPage(ext);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.goto('https://github.com/etcd-io/etcd');
  const host = annotation(page);
  await expect(host.getByRole('heading', { level: 2, name: 'etcd' })).toBeVisible();
  await expectWhole(host.locator('.name'));
  await expectWhole(host.locator('.summary'), 3);
  for (const name of await host.locator('.alt-name').all()) await expectWhole(name);
  // The compare table's cells are clamp boxes too (real ones take up to four lines): none clips.
  await host.getByRole('button', { name: 'Compare side by side' }).click();
  const boxes = await host.locator('table .clamp').all();
  expect(boxes.length).toBeGreaterThan(10);
  for (const box of boxes) {
    const m = await measureName(box);
    expect(m.scrollHeight, 'an ordinary cell is not clipped').toBe(m.clientHeight);
  }
});

test('a long category name ends in an ellipsis on one line of its badge; the badge keeps the whole text', async ({
  ext,
}) => {
  const real = realCatalog();
  const longCategory = LONG_NAMES.spaced;
  await installCatalogForTest(ext, {
    ...real,
    hash: `long-category-${real.hash}`,
    categories: real.categories.map((c) => (c.id === 'circuit-breaker' ? { ...c, name: longCategory } : c)),
  });
  const page = await ext.context.newPage();
  await page.setViewportSize(POPUP);
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await page.getByRole('combobox').fill('polly');
  const row = option(page, 'polly');
  await expect(row).toBeVisible();
  const badge = row.locator('.badge').filter({ hasText: longCategory.slice(0, 40) });
  const box = await badge.evaluate((el) => ({
    text: el.textContent ?? '',
    width: el.getBoundingClientRect().width,
    height: el.getBoundingClientRect().height,
    scrollWidth: el.scrollWidth,
    clientWidth: el.clientWidth,
    lineHeight: Number.parseFloat(getComputedStyle(el).lineHeight),
    overflow: getComputedStyle(el).textOverflow,
  }));
  expect(box.text === longCategory, 'the badge holds the whole name').toBe(true);
  expect(box.width).toBeLessThanOrEqual(POPUP.width);
  expect(box.height).toBeLessThanOrEqual(box.lineHeight + 1); // one line
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth); // the rest is clipped...
  expect(box.overflow).toBe('ellipsis'); // ...behind an ellipsis
  await expectWhole(option(page, 'polly').locator('.results__name'));

  // On the new tab: Polly's favourite card.
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await importThroughBackground(page, favouritesFile(['polly']));
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/newtab.html`);
  const card = page.locator('.fav[data-project-id="polly"]');
  const cardBadge = card.locator('.badge').filter({ hasText: longCategory.slice(0, 40) });
  await expect(cardBadge).toBeVisible();
  const [badgeBox, cardBox] = [await cardBadge.boundingBox(), await card.boundingBox()];
  expect(badgeBox && cardBox && badgeBox.x + badgeBox.width <= cardBox.x + cardBox.width).toBe(true);
});

test('new tab: favourite cards show three lines of a long name, Recently seen rows two; long notes six, Edit shows all', async ({
  ext,
}) => {
  // Real ids renamed (renamedCatalog): the background knows them, so the favourites are not
  // orphans and the visits count, while the new tab shows the installed, long names.
  const renamed: Record<string, string> = {
    etcd: LONG_NAMES.unbroken,
    consul: LONG_NAMES.spaced,
    zookeeper: LONG_NAMES.chinese,
  };
  const ordinaryNote = 'Line one\nLine two\nLine three';
  await installCatalogForTest(ext, renamedCatalog(realCatalog(), renamed));
  const trap = await trappedPage(ext);
  const { page } = trap;
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const ids = [...Object.keys(renamed), 'rabbitmq'];
  await importThroughBackground(
    page,
    favouritesFile(ids, { etcd: LONG_NOTES.unbroken, consul: LONG_NOTES.lines, rabbitmq: ordinaryNote }),
  );
  for (const id of ids) await sendFromPage(page, { type: 'visit', id }); // as the annotation does on their pages
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${ext.extensionId}/newtab.html?date=2026-02-01`);
  const favourites = page.getByRole('region', { name: 'Favourites' });
  const recent = page.getByRole('region', { name: 'Recently seen' });
  await expect(favourites.locator('.fav')).toHaveCount(ids.length);
  await expect(recent.getByRole('listitem')).toHaveCount(ids.length);
  const card = (id: string) => favourites.locator(`.fav[data-project-id="${id}"]`);

  for (const [id, name] of Object.entries(renamed)) {
    await expectAccessibleName(card(id).getByRole('heading', { level: 3 }), name, `the ${id} favourite's heading`);
    await expectAccessibleName(
      card(id).getByRole('link', { name: startingWith(name.slice(0, 40)) }),
      name,
      `the ${id} favourite's link`,
    );
    await expectClamped(card(id).locator('.tile__name > *'), 3, name);
    expect((await card(id).boundingBox())?.height, 'the card stays card-sized').toBeLessThan(500);

    const row = recent.getByRole('listitem').filter({ hasText: name.slice(0, 40) });
    const link = row.getByRole('link');
    await expectAccessibleName(link, name, `the ${id} Recently seen link`);
    await expectClamped(link, 2, name);
    // The time stays beside the name, inside the row.
    const [rowBox, timeBox] = [await row.boundingBox(), await row.locator('time').boundingBox()];
    expect(rowBox?.height, 'a row stays a few lines tall').toBeLessThan(80);
    expect(timeBox && rowBox && timeBox.x + timeBox.width <= rowBox.x + rowBox.width + 1).toBe(true);
  }
  await expectWhole(card('rabbitmq').locator('.tile__name > *'));
  await expectWhole(recent.getByRole('link', { name: 'RabbitMQ', exact: true }));

  // Notes: 1,000 characters (the most a favourite holds) show six lines; the text is all there
  // for screen readers, and Edit note shows all of it. An ordinary note shows whole.
  for (const [id, note] of [
    ['etcd', LONG_NOTES.unbroken],
    ['consul', LONG_NOTES.lines],
  ] as const) {
    const text = card(id).locator('.note__text');
    await expectClampedLines(text, 6);
    expect((await text.textContent()) === note, `the ${id} note keeps its whole text`).toBe(true);
  }
  await expectWhole(card('rabbitmq').locator('.note__text'), 3);
  await page.screenshot({ path: test.info().outputPath('newtab-favourites.png'), fullPage: true });

  await card('etcd')
    .getByRole('button', { name: /^Edit the note on / })
    .click();
  const field = card('etcd').getByRole('textbox', { name: /^Note on / });
  await expect(field).toBeFocused();
  expect((await field.inputValue()) === LONG_NOTES.unbroken, 'the editor holds the whole note').toBe(true);
  await expectSafeRendering(trap);
});

test('annotation: long compare-table cells (category, language, homepage) show five lines; ordinary cells whole', async ({
  ext,
}) => {
  const longCategory = {
    ...category('service-discovery'),
    id: 'long-category',
    name: LONG_NAMES.spaced,
    nameZh: LONG_NAMES.chinese,
  };
  const longPath = 'a'.repeat(10_000);
  await answerMatchWith(ext, {
    project: {
      ...project('etcd'),
      categories: [longCategory.id],
      language: LONG_NAMES.unbroken,
      homepage: `https://example.org/${longPath}`,
    },
    categories: [longCategory, category('service-discovery')],
    alternatives: [project('consul'), project('zookeeper')],
    isFavourite: false,
    dismissed: false,
  });
  const { trap, page, host } = await openEtcdAnnotation(ext);
  await host.getByRole('button', { name: 'Compare side by side' }).click();
  const table = host.getByRole('table');
  await expect(table).toBeVisible();
  const cells = (label: string) =>
    table
      .locator('tbody tr')
      .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) })
      .getByRole('cell');

  await expectClamped(cells('Category').first().locator('.clamp'), 5, LONG_NAMES.spaced);
  await expectClamped(cells('Language').first().locator('.clamp'), 5, LONG_NAMES.unbroken);
  const homepage = cells('Homepage').first().getByRole('link');
  await expectClampedLines(homepage, 5);
  await expectAccessibleName(homepage, `example.org/${longPath}`, 'the long homepage link');

  // The alternatives' cells (real data) show whole, as does etcd's repository link.
  const ordinary = [
    ...(await table.locator('tbody td:not(:first-of-type)').all()),
    cells('Repository').first(),
    cells('Status').first(),
  ];
  expect(ordinary.length).toBe(12);
  for (const cell of ordinary) {
    const m = await measureName(cell);
    expect(m.scrollHeight, 'an ordinary cell is not clipped').toBe(m.clientHeight);
    for (const inner of await cell.locator('.clamp').all()) {
      const n = await measureName(inner);
      expect(n.scrollHeight, 'an ordinary cell is not clipped').toBe(n.clientHeight);
    }
  }
  expect((await host.boundingBox())?.height, 'the card stays sidebar-sized').toBeLessThan(900);
  await expectSafeRendering(trap);
  await page.screenshot({ path: test.info().outputPath('annotation-compare-cells.png') });
});
