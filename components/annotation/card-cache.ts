// The cards asked for on this page load, by the match index's id: one fetch per project, not
// one per navigation or re-render. A failed fetch is not kept, so the next navigation or
// re-render asks again; a change to user data elsewhere clears them all.
import type { MatchCard } from '@/services/protocol';
import type { AnnotationBackend } from './backend';
import type { FavouriteStars } from './favourite-stars';

export interface CardCache {
  /** The card for `id` (null: not listed after all, or the background did not answer). */
  get(id: string, href: string): Promise<MatchCard | null>;
  /** Marks a kept card dismissed or not, as the user just did here; returns it, if one is kept. */
  setDismissed(id: string, dismissed: boolean): MatchCard | undefined;
  clear(): void;
}

export function createCardCache(
  backend: Pick<AnnotationBackend, 'match'>,
  stars: Pick<FavouriteStars, 'beforeFetch'>,
): CardCache {
  const cards = new Map<string, MatchCard | null>();
  // Bumped by clear(): a card asked for before a change elsewhere answers as things were then,
  // and must not be kept for the page's next look after that change.
  let epoch = 0;
  return {
    async get(id, href) {
      if (cards.has(id)) return cards.get(id) ?? null;
      const askedAt = epoch;
      const takeStar = stars.beforeFetch();
      let card: MatchCard | null;
      try {
        card = await backend.match(href);
      } catch {
        return null; // not cached: the next navigation or re-render asks again
      }
      if (askedAt === epoch) cards.set(id, card);
      if (card) takeStar(card);
      return card;
    },
    setDismissed(id, dismissed) {
      const card = cards.get(id);
      if (!card) return undefined;
      const marked = { ...card, dismissed };
      cards.set(id, marked);
      return marked;
    },
    clear() {
      epoch++;
      cards.clear();
    },
  };
}
