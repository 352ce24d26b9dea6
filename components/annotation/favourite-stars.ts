// Which projects are favourites, as the star on this page shows them. Three sources speak:
// the star pressed here (shown at once), the favourites mirror in storage.local (the
// background's word, which confirms or corrects a press), and a fetched card's isFavourite
// (the background's word when it answered, which a press since then makes stale).
import type { MatchCard } from '@/services/protocol';
import type { AnnotationBackend } from './backend';

export interface FavouriteStars {
  has(id: string): boolean;
  /** The mirror's whole list. */
  replace(ids: Iterable<string>): void;
  /** Call as a card fetch starts; the function returned takes in the card's word, unless a star was pressed meanwhile. */
  beforeFetch(): (card: MatchCard) => void;
  /** The user pressed the star: shown at once, sent, and put back if the background refuses. */
  press(id: string, on: boolean): void;
}

export function createFavouriteStars(
  backend: Pick<AnnotationBackend, 'setFavourite'>,
  // Called after a press or its put-back: the view shows the star of the card it shows now, which
  // after a soft navigation is no longer the pressed project's.
  changed: () => void,
): FavouriteStars {
  let ids = new Set<string>();
  // The mirror's last list: the background's word, which a refused press left as it was.
  let mirrored: ReadonlySet<string> | undefined;
  // Stars pressed on this page so far: a card fetched before the last press says nothing about
  // its star any more (quick on, off: the refetch after "on" can answer after "off").
  let presses = 0;

  const mark = (id: string, on: boolean) => {
    if (on) ids.add(id);
    else ids.delete(id);
  };
  const markShown = (id: string, on: boolean) => {
    mark(id, on);
    changed();
  };

  return {
    has: (id) => ids.has(id),
    replace(next) {
      ids = new Set(next);
      mirrored = new Set(ids);
    },
    beforeFetch() {
      const pressesBefore = presses;
      // The card is the background's word at this moment, unless a star was pressed since; the
      // mirror's later changes win after it.
      return (card) => {
        if (presses === pressesBefore) mark(card.project.id, card.isFavourite);
      };
    },
    press(id, on) {
      // At once, in the set too: a refetch before the mirror's change must not flip the star back.
      // The favourites mirror confirms (or corrects) it.
      presses++;
      markShown(id, on);
      // Refused: back to the background's word, not to "not `on`": with two quick presses both
      // refused (on, then off), undoing each in turn would end on "on".
      backend.setFavourite(id, on).catch(() => markShown(id, mirrored ? mirrored.has(id) : !on));
    },
  };
}
