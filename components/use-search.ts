import { useEffect, useMemo } from 'preact/hooks';
import { createSearchIndex, precomputeInitials, type SearchHit, type SearchIndex, search } from '@/catalog/search';
import type { Catalog, Lang } from '@/catalog/types';

// One index per catalog object for the life of the page: the popup, and the new tab's search
// box, build it once however often they re-render (issue #5: "build the search index once").
const indexes = new WeakMap<Catalog, SearchIndex>();

export function searchIndexFor(catalog: Catalog): SearchIndex {
  let index = indexes.get(catalog);
  if (!index) {
    // The one-letter words are left to warmSearchIndex or to the first one-letter query.
    index = createSearchIndex(catalog, { initials: false });
    indexes.set(catalog, index);
  }
  return index;
}

/** The index with everything worked out, as a person's first keystroke (one letter) wants it. */
function warmSearchIndex(catalog: Catalog): void {
  precomputeInitials(searchIndexFor(catalog));
}

// Cold, building the index takes about 10 ms of a page's main thread (issue #8): not before the
// first render, which has no query to answer, but in the first idle moment after it, so that it
// is ready before a person's first keystroke. A keystroke before that builds it on the spot,
// without the one-letter words if the query is longer.
function whenIdle(run: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(run, { timeout: 1_000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(run, 50);
  return () => clearTimeout(id);
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
  useEffect(() => whenIdle(() => warmSearchIndex(catalog)), [catalog]);
  return useMemo(
    () => (query.trim() ? search(searchIndexFor(catalog), query, { lang, limit }) : []),
    [catalog, query, lang, limit],
  );
}
