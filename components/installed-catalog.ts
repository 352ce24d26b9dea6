import { browser } from 'wxt/browser';
import { openArchscoutDb } from '@/catalog/store/open-db';
import { getCatalogMeta, readCatalog } from '@/catalog/store/read-catalog';
import type { Catalog } from '@/catalog/types';
import { type CacheStorage, readStampedCache, writeStampedCache } from './page-cache';

/**
 * The catalog for an extension page: `initial` is the page cache's copy (components/page-cache.ts),
 * there at once for the first render; `latest` the copy the background installed in IndexedDB
 * (a few milliseconds), or, before the first install has finished, the bundled copy, loaded as
 * a separate chunk so the page's own script stays small (issue #8: 45 KB gzip for the popup).
 * When the installed catalog is the cached one, `latest` resolves to the very `initial` object
 * (no re-render); otherwise to the installed one, which the cache then keeps.
 * Only for extension pages: in a content script `indexedDB` would be the web page's database.
 */
export interface InstalledCatalog {
  initial: Catalog | null;
  latest: Promise<Catalog>;
}

const CACHE_KEY = 'catalog';

export interface CatalogSources {
  factory?: IDBFactory;
  storage?: CacheStorage;
  stamp?: string;
}

export function openInstalledCatalog({
  factory = indexedDB,
  storage,
  stamp = extensionStamp(),
}: CatalogSources = {}): InstalledCatalog {
  const initial = readStampedCache(CACHE_KEY, stamp, (value) => (isCatalog(value) ? value : null), storage);
  const latest = readInstalled(factory, initial).then((catalog) => {
    if (catalog !== initial) writeStampedCache(CACHE_KEY, stamp, catalog, storage);
    return catalog;
  });
  return { initial, latest };
}

/** The installed catalog, `current` itself when that is what is installed, else the bundled copy. */
async function readInstalled(factory: IDBFactory, current: Catalog | null): Promise<Catalog> {
  try {
    const db = await openArchscoutDb(factory);
    try {
      // The hash says whether the cached copy is still the installed one: no need to read it all.
      if (current && (await getCatalogMeta(db))?.hash === current.hash) return current;
      const installed = await readCatalog(db);
      if (installed && installed.projects.length > 0) return installed;
    } finally {
      db.close(); // the page only reads once; an open connection would delay the background's upgrades
    }
  } catch (error) {
    console.warn('Archscout: the installed catalog could not be read; using the bundled one', error);
  }
  const { bundledCatalog } = await import('@/catalog/bundled');
  return current?.hash === bundledCatalog.hash ? current : bundledCatalog;
}

/** The extension version: page-cache copies from another version are not trusted to have the same shape. */
export function extensionStamp(): string {
  try {
    return browser.runtime.getManifest().version;
  } catch {
    return '';
  }
}

// A shape check, not a schema: the copy was written by this very code, and what is checked here
// is what a render would trip over if a copy were damaged.
function isCatalog(value: unknown): value is Catalog {
  const catalog = value as Partial<Catalog> | null;
  return (
    typeof catalog?.hash === 'string' &&
    typeof catalog.version === 'number' &&
    Array.isArray(catalog.categories) &&
    catalog.categories.every((category) => typeof category?.id === 'string' && typeof category.name === 'string') &&
    Array.isArray(catalog.projects) &&
    catalog.projects.length > 0 &&
    catalog.projects.every(
      (project) =>
        typeof project?.id === 'string' &&
        typeof project.name === 'string' &&
        Array.isArray(project.categories) &&
        Array.isArray(project.keywords) &&
        typeof project.summary?.en === 'string',
    )
  );
}
