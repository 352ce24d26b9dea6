import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { htmlAssets, jsImports } from '../../scripts/bundle-sizes';
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
