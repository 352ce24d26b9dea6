import { createSearchIndex, type SearchIndex } from '@/catalog/search';
import { restoreIndex, snapshotIndex } from '@/catalog/search-index-snapshot';
import type { Catalog } from '@/catalog/types';
import { extensionStamp } from './installed-catalog';
import { type CacheStorage, readStampedCache, writeStampedCache } from './page-cache';

// The search index of the last catalog a page searched, kept in the page cache (issue #8):
// building it takes 10-12 ms of a freshly opened popup, restoring its snapshot (catalog/
// search-index-snapshot.ts) a few. The snapshot names the catalog's hash and the extension
// version; for any other catalog, or a damaged copy, the index is built as before.

const CACHE_KEY = 'searchIndex';

export interface IndexCacheOptions {
  storage?: CacheStorage;
  stamp?: string;
}

/** The index for `catalog`: restored from the page cache when it holds this catalog's, built otherwise. */
export function loadSearchIndex(
  catalog: Catalog,
  { storage, stamp = extensionStamp() }: IndexCacheOptions = {},
): { index: SearchIndex; restored: boolean } {
  const restored = readStampedCache(CACHE_KEY, stamp, (snapshot) => restoreIndex(catalog, snapshot), storage);
  if (restored) return { index: restored, restored: true };
  // The one-letter words are left for later (components/use-search.ts warms them when idle).
  return { index: createSearchIndex(catalog, { initials: false }), restored: false };
}

/** Keeps `index`'s snapshot for the next page that searches `catalog`. */
export function rememberSearchIndex(
  index: SearchIndex,
  catalog: Catalog,
  { storage, stamp = extensionStamp() }: IndexCacheOptions = {},
): void {
  writeStampedCache(CACHE_KEY, stamp, snapshotIndex(index, catalog), storage);
}
