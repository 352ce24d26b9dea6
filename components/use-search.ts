import { useMemo } from 'preact/hooks';
import { createSearchIndex, type SearchHit, type SearchIndex, search } from '@/catalog/search';
import type { Catalog, Lang } from '@/catalog/types';

// One index per catalog object for the life of the page: the popup, and the new tab's search
// box, build it once however often they re-render (issue #5: "build the search index once").
const indexes = new WeakMap<Catalog, SearchIndex>();

export function searchIndexFor(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (!index) {
    index = createSearchIndex(catalog);
    indexes.set(catalog, index);
  }
  return index;
}

/**
 * The hits for a query, recomputed synchronously on every keystroke: catalog/search.ts answers
 * in well under a millisecond at the bundled size, so there is no debounce to make typing lag.
 */
export function useSearch(
  catalog: Catalog,
  query: string,
  { lang, limit }: { lang: Lang; limit?: number },
): SearchHit[] {
  const index = useMemo(() => searchIndexFor(catalog), [catalog]);
  return useMemo(() => (query.trim() ? search(index, query, { lang, limit }) : []), [index, query, lang, limit]);
}
