import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { CDPSession, Page } from '@playwright/test';
import type { LaunchedExtension } from '../helpers/extension';
import { EXTENSION_DIR } from '../helpers/paths';
import { optionNames, searchBox } from '../helpers/popup';
import { expect, test } from '../helpers/test';

// Typing the moment the popup opens must not lose the first keystrokes while the popup's script
// is still loading (a screenshot showed "rabitmq" typed right after opening arrive as "abitmq").
// popup.html collects letters typed before its search field exists (entrypoints/popup-boot.ts), the
// plain field takes typing until the app runs, and the app takes its text, caret and focus over.
//
// How fast a page loads is not up to a test, so the slow moments are made to last: the page's
// requests for its own files are held with the DevTools protocol (Fetch domain) and released
// while typing goes on, and keys are typed from `commit` on, before the app exists.

interface Held {
  /** Lets the held requests load. */
  release(): Promise<void>;
}

// A classic script popup.html does not have, written right after popup-boot.js by the test
// (below): while it is held, the parser waits in <head>, after popup-boot.js ran and before the
// search field exists. (The page's own document request cannot be intercepted; its scripts can.)
const PARSER_HOLD = '/test-holds-the-parser.js';

/** The built popup-boot.js, then a document.write of PARSER_HOLD, a parser-blocking script in <head>. */
function bootThenHoldTheParser(): string {
  const boot = readFileSync(join(EXTENSION_DIR, 'popup-boot.js'), 'utf8');
  return `${boot}\ndocument.write('<script src="${PARSER_HOLD}"></' + 'script>');\n`;
}

/**
 * Holds the page's requests whose URL matches one of `patterns` (Fetch urlPattern wildcards)
 * until released. With `parserInHead`, popup-boot.js is served with PARSER_HOLD after it, held too.
 */
async function hold(cdp: CDPSession, patterns: string[], parserInHead = false): Promise<Held> {
  let released = false;
  const resume = (requestId: string, url: string) =>
    (url.endsWith(PARSER_HOLD)
      ? cdp.send('Fetch.fulfillRequest', {
          requestId,
          responseCode: 200,
          responseHeaders: [{ name: 'Content-Type', value: 'text/javascript' }],
          body: '',
        })
      : cdp.send('Fetch.continueRequest', { requestId })
    ).catch(() => undefined);
  const held: { requestId: string; url: string }[] = [];
  cdp.on('Fetch.requestPaused', ({ requestId, request }) => {
    if (parserInHead && new URL(request.url).pathname === '/popup-boot.js') {
      void cdp.send('Fetch.fulfillRequest', {
        requestId,
        responseCode: 200,
        responseHeaders: [{ name: 'Content-Type', value: 'text/javascript' }],
        body: Buffer.from(bootThenHoldTheParser()).toString('base64'),
      });
    } else if (released) void resume(requestId, request.url);
    else held.push({ requestId, url: request.url });
  });
  const all = parserInHead ? [...patterns, '*/popup-boot.js', `*${PARSER_HOLD}`] : patterns;
  await cdp.send('Fetch.enable', { patterns: all.map((urlPattern) => ({ urlPattern })) });
  return {
    async release() {
      released = true;
      await Promise.all(held.splice(0).map(({ requestId, url }) => resume(requestId, url)));
    },
  };
}

interface Opened {
  page: Page;
  held: Held;
  /** Resolves once popup-boot.js has run (compiled and run in one task, so no key can come in between). */
  bootRan: Promise<void>;
}

async function openHeld(ext: LaunchedExtension, patterns: string[], parserInHead = false): Promise<Opened> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  const cdp = await ext.context.newCDPSession(page);
  const held = await hold(cdp, patterns, parserInHead);
  const bootRan = new Promise<void>((resolve) =>
    cdp.on('Debugger.scriptParsed', ({ url }) => url.endsWith('/popup-boot.js') && resolve()),
  );
  await cdp.send('Debugger.enable');
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`, { waitUntil: 'commit' });
  return { page, held, bootRan };
}

/** The combobox holds the whole query, keeps focus and lists RabbitMQ first; the plain field is gone. */
async function expectFullQuery(page: Page, query: string) {
  const box = searchBox(page);
  await expect(box).toHaveValue(query);
  await expect(box).toBeFocused();
  await expect(box).toHaveAttribute('aria-controls', 'popup-results');
  await expect(page.getByRole('listbox')).toHaveAttribute('id', 'popup-results');
  await expect.poll(async () => (await optionNames(page))[0]).toMatch(/^RabbitMQ, /);
  await expect(page.getByRole('option').first()).toHaveAttribute('aria-selected', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', /./);
  await expect(page.locator('#popup-boot')).toHaveCount(0);
  await expect(page.getByRole('textbox')).toHaveCount(0); // the combobox is the only field
}

test('typed while the popup’s script is still loading: the plain field keeps it, the app takes it over', async ({
  ext,
}) => {
  const { page, held } = await openHeld(ext, ['*/chunks/popup-*.js']);
  // The page is parsed (its script is held): the plain field has focus and takes typing.
  await expect(page.locator('#popup-early-search')).toBeFocused();
  // The plain field is the only combobox (announced like the app's, which is not there yet),
  // controlling the listbox the app renders, and the plain page passes axe on its own.
  await expect(page.getByRole('combobox', { name: 'Search projects' })).toHaveId('popup-early-search');
  await expect(page.locator('#popup-early-search')).toHaveAttribute('aria-controls', 'popup-results');
  expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id)).toEqual([]);
  const plainBox = await page.locator('#popup-early-search').boundingBox();
  await page.keyboard.type('rabi');
  await held.release();
  await page.keyboard.type('tmq'); // goes on while the app starts
  await expectFullQuery(page, 'rabitmq');
  // The app's field takes the plain one's place to the pixel: nothing jumps under the caret.
  expect(await searchBox(page).boundingBox()).toEqual(plainBox);

  // Typing goes on in the same box, at the caret.
  await page.keyboard.press('Home');
  await page.keyboard.type('x');
  await expect(searchBox(page)).toHaveValue('xrabitmq');
});

test('typed from the moment the page commits, before the search field exists: no letter is lost', async ({ ext }) => {
  // popup-boot.js is popup.html's only classic script, so its parser never waits after it on a
  // fast machine; a slow one can still yield before <body>. The test makes that moment last:
  // a script of its own right after popup-boot.js, held, stops the parser before <body>.
  const { page, held, bootRan } = await openHeld(ext, ['*/chunks/popup-*.js'], true);
  // Keys sent before the new document exists would go to the previous one (about:blank), and
  // before the first script runs nothing can catch them: start once it has run, parser still in <head>.
  await bootRan;
  await expect(page.locator('#popup-early-search')).toHaveCount(0);
  await page.keyboard.type('rabb');
  await page.keyboard.press('Backspace'); // corrections count too
  await held.release();
  await page.keyboard.type('itmq');
  await expectFullQuery(page, 'rabitmq');
});
