// Helpers for the hostile-data specs (issue #9): a trap that notices executed payloads, deep
// DOM checks (open shadow roots included), and two test-only ways to put hostile catalog data
// in front of the surfaces without a rebuild. Neither touches the production build:
// - extension pages read the catalog the background installed in IndexedDB, so the test
//   overwrites that installed copy (as a catalog update would) from the service worker;
// - the annotation gets its card from the background's `match` answer, so the test adds a
//   second runtime.onMessage listener in the service worker that answers `match` first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Catalog } from '../../catalog/types';
import type { MatchCard } from '../../services/protocol';
import { collectPageErrors } from './annotation';
import type { LaunchedExtension } from './extension';
import { ROOT } from './paths';
import { expect } from './test';

export interface Trap {
  page: Page;
  dialogs: string[];
  /** Console errors and uncaught exceptions, e.g. a CSP "Refused to execute inline event handler". */
  errors: string[];
}

/** The catalog the extension bundles, read from the built JSON (Node cannot import JSON modules here). */
export function realCatalog(): Catalog {
  return JSON.parse(readFileSync(join(ROOT, 'catalog/data/catalog.json'), 'utf8')) as Catalog;
}

/** A new page armed before any script runs: window.__pwned = false, and every dialog is recorded (and dismissed). */
export async function trappedPage(ext: LaunchedExtension): Promise<Trap> {
  const page = await ext.context.newPage();
  await page.addInitScript(() => {
    (window as unknown as { __pwned: boolean }).__pwned = false;
  });
  const trap: Trap = { page, dialogs: [], errors: collectPageErrors(page) };
  page.on('dialog', (dialog) => {
    trap.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return trap;
}

/** Nothing ran: the flag is still false (and was set, so the trap was armed), no dialog, no error. */
export async function expectNothingExecuted(trap: Trap): Promise<void> {
  expect(await trap.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBe(false);
  expect(trap.dialogs).toEqual([]);
  expect(trap.errors).toEqual([]);
}

/**
 * Elements that only exist if hostile text was parsed as HTML (CSP would stop them running on
 * extension pages, so their mere presence is the failure), searched through open shadow roots.
 */
export async function injectedElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector = '[onerror], [onload], [onclick], script:not([src]), iframe, object, embed, img[src="x"]';
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll(selector)) found.push(el.outerHTML.slice(0, 120));
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return found;
  });
}

/** Every link (a/area, through open shadow roots) whose target is not http(s) or this extension's own pages. */
export async function unsafeLinks(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const bad: string[] = [];
    const own = location.protocol === 'chrome-extension:' ? location.origin : null;
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')) {
        const raw = el.getAttribute('href') ?? '';
        let url: URL | null = null;
        try {
          url = new URL(raw, document.baseURI);
        } catch {
          // unparseable: a browser would not follow it either, but it has no business being a link
        }
        const ok = url && (url.protocol === 'https:' || url.protocol === 'http:' || url.origin === own);
        if (!ok) bad.push(raw.slice(0, 120));
      }
      for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
    };
    visit(document);
    return bad;
  });
}

/** How far the page scrolls sideways (0 when nothing overflows the viewport). */
export async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });
}

/** The checks every surface gets once hostile data is on screen. */
export async function expectSafeRendering(trap: Trap): Promise<void> {
  expect(await injectedElements(trap.page), 'markup from data was parsed as HTML').toEqual([]);
  expect(await unsafeLinks(trap.page), 'a non-http(s) link is clickable').toEqual([]);
  expect(await horizontalOverflow(trap.page), 'long text makes the page scroll sideways').toBeLessThanOrEqual(2);
  await expectNothingExecuted(trap);
}

/**
 * Replaces the catalog the background installed in IndexedDB (stores projects/categories/meta,
 * catalog/store/schema.ts) with `catalog`, as a catalog update would. Waits for the first install.
 * Pages opened afterwards read it; the background's in-memory copy (search, match) is unchanged.
 */
export async function installCatalogForTest(ext: LaunchedExtension, catalog: Catalog): Promise<void> {
  await ext.serviceWorker.evaluate(async (next) => {
    const request = <T>(r: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
    const deadline = Date.now() + 15_000;
    // The worker's start-up work (services/background.ts, STARTUP_DELAY_MS after it starts)
    // installs the bundled catalog again when the installed one differs: wait for it to be over,
    // or it would undo the overwrite. Its last step, the sync pass, writes the sync status.
    const local = (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local;
    while (!(await local.get('syncStatus')).syncStatus) {
      if (Date.now() > deadline) throw new Error('the background never finished its start-up');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    for (;;) {
      const known = await indexedDB.databases();
      if (known.some((db) => db.name === 'archscout')) {
        const db = await request(indexedDB.open('archscout'));
        const installed = db.objectStoreNames.contains('meta')
          ? await request(db.transaction('meta').objectStore('meta').get('catalog'))
          : undefined;
        if (installed) {
          const tx = db.transaction(['projects', 'categories', 'meta'], 'readwrite');
          tx.objectStore('projects').clear();
          tx.objectStore('categories').clear();
          next.projects.forEach((project, order) => {
            tx.objectStore('projects').put({ ...project, order });
          });
          next.categories.forEach((category, order) => {
            tx.objectStore('categories').put({ ...category, order });
          });
          tx.objectStore('meta').put({
            key: 'catalog',
            version: next.version,
            hash: next.hash,
            installedAt: Date.now(),
          });
          await new Promise<void>((resolve, reject) => {
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          });
          db.close();
          return;
        }
        db.close();
      }
      if (Date.now() > deadline) throw new Error('the background never installed the catalog');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }, catalog);
}

/**
 * Makes the background answer every `match` request with `card` (a listener added in the
 * service worker answers synchronously, before the real router's asynchronous answer).
 */
export async function answerMatchWith(ext: LaunchedExtension, card: MatchCard): Promise<void> {
  await ext.serviceWorker.evaluate((answer) => {
    type Listener = (message: unknown, sender: unknown, respond: (reply: unknown) => void) => undefined;
    const runtime = (
      globalThis as unknown as { chrome: { runtime: { onMessage: { addListener(l: Listener): void } } } }
    ).chrome.runtime;
    runtime.onMessage.addListener((message, _sender, respond) => {
      if ((message as { type?: unknown } | null)?.type === 'match') respond({ ok: true, result: answer });
      return undefined;
    });
  }, card);
}
