import { openArchscoutDb } from '@/catalog/store/open-db';
import { readCatalog } from '@/catalog/store/read-catalog';
import type { Catalog } from '@/catalog/types';

/**
 * The catalog for an extension page: the copy the background installed in IndexedDB (local,
 * a few milliseconds), or, before the first install has finished, the bundled copy, loaded as
 * a separate chunk so the page's own script stays small (issue #8: 45 KB gzip for the new tab).
 * Only for extension pages: in a content script `indexedDB` would be the web page's database.
 */
export async function loadInstalledCatalog(factory: IDBFactory = indexedDB): Promise<Catalog> {
  try {
    const db = await openArchscoutDb(factory);
    try {
      const installed = await readCatalog(db);
      if (installed && installed.projects.length > 0) return installed;
    } finally {
      db.close(); // the page only reads once; an open connection would delay the background's upgrades
    }
  } catch (error) {
    console.warn('Archscout: the installed catalog could not be read; using the bundled one', error);
  }
  const { bundledCatalog } = await import('@/catalog/bundled');
  return bundledCatalog;
}
