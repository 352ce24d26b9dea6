// The least any extension costs, measured beside ours (issue #8), so the page targets can be
// read against what the platform allows on the same machine in the same run: a second,
// minimal extension, written to a temporary folder by the bench and loaded in a browser of
// its own. It has a page that runs one module script adding one element (what any Preact or
// plain-DOM extension page has to do at the least: one HTML file, one script file), a blank
// page like ours (its 16 px icon), a content script on github.com that does nothing, injected
// at document_start (as ours is), and an empty service worker, so the bench can learn its id.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FLOOR_BLANK_PAGE = 'icon-16.png';
export const FLOOR_PAGE = 'floor.html';
export const FLOOR_PAGE_SELECTOR = '#floor-ready';

/** Writes the floor extension into `dir`; `icon` is our build's 16 px icon, for a blank page of the same size. */
export function writeFloorExtension(dir: string, icon: string): void {
  mkdirSync(dir, { recursive: true });
  const manifest = {
    manifest_version: 3,
    name: 'Archscout bench floor',
    version: '1.0.0',
    background: { service_worker: 'worker.js' },
    content_scripts: [{ matches: ['https://github.com/*'], js: ['empty.js'], run_at: 'document_start' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'worker.js'), '');
  // One statement, not an empty file: Chromium skips an empty script, and then no isolated world is made.
  writeFileSync(join(dir, 'empty.js'), 'void 0;\n');
  writeFileSync(
    join(dir, FLOOR_PAGE),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>floor</title>' +
      '<script type="module" src="/floor.js"></script></head><body></body></html>',
  );
  writeFileSync(
    join(dir, 'floor.js'),
    "const item = document.createElement('p');\nitem.id = 'floor-ready';\nitem.textContent = 'ready';\ndocument.body.append(item);\n",
  );
  copyFileSync(icon, join(dir, FLOOR_BLANK_PAGE));
}
