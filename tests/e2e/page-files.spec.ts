import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { isKeyOf } from '../../modules/page-locale-tables';
import { htmlAssets, jsImports, measureBundle } from '../../scripts/bundle-sizes';
import { EXTENSION_DIR } from '../helpers/paths';

// Issue #8: every file an extension page loads is a round trip to the browser process, so each
// page of the production build loads its own code as one module script, its styles inline
// (modules/one-build-per-page.ts, modules/inline-page-styles.ts), plus its small classic boot
// script; only lazily imported chunks (the bundled catalog fallback, the new tab's search) are
// files of their own. Reads the build; no browser needed.

const PAGES = { 'popup.html': 'popup-boot.js', 'newtab.html': 'newtab-boot.js', 'options.html': 'theme-boot.js' };

for (const [page, boot] of Object.entries(PAGES)) {
  test(`${page} loads one module script, its boot script and no stylesheet file`, () => {
    const html = readFileSync(join(EXTENSION_DIR, page), 'utf8');
    const assets = htmlAssets(html, page);
    expect(assets.filter((path) => path.endsWith('.css'))).toEqual([]);
    const scripts = assets.filter((path) => path.endsWith('.js'));
    expect(scripts).toHaveLength(2);
    expect(scripts[0]).toBe(boot);
    expect(html.match(/<script type="module"/g)).toHaveLength(1);
    expect(html).toMatch(/<style>[^<]*--bg/); // theme.css's variables, inline
    // The module imports nothing up front: everything else it needs is in the same file.
    const imports = jsImports(readFileSync(join(EXTENSION_DIR, scripts[1]), 'utf8'), scripts[1]);
    expect(imports.static).toEqual([]);
  });
}

// modules/page-locale-tables.ts: the popup's and the new tab's string tables leave out the
// options page's keys. Every key a page's code names, lazy chunks included (a quoted literal:
// translate's keys are never built from parts), must be one its tables kept, or the page would
// show the key instead of the text.
const KEYS = Object.keys(JSON.parse(readFileSync(join(EXTENSION_DIR, '_locales', 'en', 'messages.json'), 'utf8')));
const entries = new Map(measureBundle(EXTENSION_DIR).map((entry) => [entry.name, entry]));

for (const page of ['popup', 'newtab']) {
  test(`${page} names no options-page string, and its tables carry none`, () => {
    const entry = entries.get(page);
    const files = [...(entry?.files ?? []), ...(entry?.lazy ?? [])].filter((file) => file.path.endsWith('.js'));
    const code = files.map((file) => readFileSync(join(EXTENSION_DIR, file.path), 'utf8')).join('\n');
    const named = KEYS.filter((key) => code.includes(`"${key}"`) || code.includes(`'${key}'`));
    expect(named.length, 'the check sees the page use its strings').toBeGreaterThan(10);
    expect(named.filter((key) => isKeyOf(key, 'options'))).toEqual([]);
    // The tables themselves are bundled as object properties (`key:`).
    const tableKeys = KEYS.filter((key) => new RegExp(`[{,]${key}:`).test(code));
    expect(tableKeys.filter((key) => isKeyOf(key, 'popup')).length).toBeGreaterThan(10);
    expect(tableKeys.filter((key) => isKeyOf(key, 'options'))).toEqual([]);
  });
}
