import { useEffect, useMemo } from 'preact/hooks';
import { precomputeInitials, type SearchHit, type SearchIndex, search } from '@/catalog/search';
import { projectOfLink } from '@/catalog/search-link';
import type { Catalog, Lang } from '@/catalog/types';
import { loadSearchIndex, rememberSearchIndex } from './search-index-cache';

// One index per catalog object for the life of the page: the popup, and the new tab's search
// box, build it once however often they re-render (issue #5: "build the search index once").
const indexes = new WeakMap<Catalog, SearchIndex>();

export function searchIndexFor(catalog: Catalog): SearchIndex {
  const known = indexes.get(catalog);
  if (known) return known;
  // From the page cache when an earlier page kept this catalog's (components/search-index-cache.ts).
  const { index, restored } = loadSearchIndex(catalog);
  indexes.set(catalog, index);
  // Kept for the next page once this one is idle; not the empty catalog a page shows while loading.
  if (!restored && catalog.projects.length > 0) whenIdle(() => rememberSearchIndex(index, catalog));
  return index;
}

/** The index with everything worked out, as a person's first keystroke (one letter) wants it. */
function warmSearchIndex(catalog: Catalog): void {
  precomputeInitials(searchIndexFor(catalog));
}

// Cold, building the index takes about 10 ms of a page's main thread and restoring a kept copy
// 3-7 ms (issue #8): not before the first render, which has no query to answer, but in the first
// idle moment after it, so that it is ready before a person's first keystroke. A keystroke
// before that gets it on the spot, without the one-letter words if the query is longer.
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
  return useMemo(() => {
    if (!query.trim()) return [];
    // A pasted link finds the project whose page it is, or nothing (catalog/search-link.ts).
    const linked = projectOfLink(catalog, query);
    if (linked !== undefined) return linked ? [{ project: linked, score: 1, matched: 'name' }] : [];
    return search(searchIndexFor(catalog), query, { lang, limit });
  }, [catalog, query, lang, limit]);
}
