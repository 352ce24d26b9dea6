import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Category, Project } from '@/catalog/types';
import type { FavouriteView } from '@/services/protocol';
import { FavouriteCard, type FavouriteChange } from './favourite-card';
import { focusWasLost } from './focus-lost';
import { useLocale } from './locale-context';
import { TagFilter } from './tag-filter';

interface Props {
  favourites: readonly FavouriteView[];
  projects: ReadonlyMap<string, Project>;
  categories: readonly Category[];
  /** May return a promise that rejects when the change was refused (the tag editor then undoes it on screen). */
  onChange: (id: string, change: FavouriteChange) => unknown;
  onRemove: (favourite: FavouriteView) => void;
}

/** Tags in use with how many favourites carry each, most used first, then alphabetical. */
export function tagCounts(favourites: readonly FavouriteView[]): { tag: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const favourite of favourites) for (const tag of favourite.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .map(([tag, count]) => ({ tag, count }))
    .sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/**
 * Cards rendered at first, and added by each "Show more": every favourite a card, a long-time
 * user with 1,900 favourites (most from an import, no longer in the catalog) waited 3.7 s for the
 * new tab's first one. A multiple of 2, 3 and 4, the grid's column counts.
 */
export const FAVOURITES_PAGE = 48;

/** The user's favourites, newest first, filterable by tag. */
export function FavouritesGrid({ favourites, projects, categories, onChange, onRemove }: Props) {
  const { t } = useLocale();
  const [selected, setSelected] = useState<string | null>(null);
  const [limit, setLimit] = useState(FAVOURITES_PAGE);
  const tags = useMemo(() => tagCounts(favourites), [favourites]);
  // A filter whose last favourite lost the tag (or was removed) falls back to "All".
  const active = selected !== null && tags.some(({ tag }) => tag === selected) ? selected : null;
  const shown = useMemo(
    () =>
      favourites
        .filter((favourite) => active === null || favourite.tags.includes(active))
        .sort((a, b) => b.addedAt - a.addedAt),
    [favourites, active],
  );

  // A removed favourite's card goes once the background has removed it, taking the focused
  // Remove button with it: focus then goes to the name of the card that took its place (the link,
  // or an orphan's plain name: not its first control, a tag's remove button, which a second Enter
  // would press), else the heading. The same when a card leaves the tag filter it no longer matches.
  const grid = useRef<HTMLUListElement>(null);
  const removed = useRef<{ id: string; index: number } | null>(null);
  const focusCard = (index: number) => {
    const cards = grid.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [];
    const card = cards[Math.min(index, cards.length - 1)];
    const target = card?.querySelector<HTMLElement>('.tile__name > .name-clamp');
    (target ?? document.getElementById('favourites-heading'))?.focus();
  };
  useEffect(() => {
    const gone = removed.current;
    if (!gone || shown.some((favourite) => favourite.id === gone.id)) return;
    removed.current = null;
    if (focusWasLost()) focusCard(gone.index); // else the user has moved on
  }, [shown]);
  // "Show more" goes away with the last of them or moves below the new cards: focus goes to the
  // first new card, where reading goes on.
  const firstNew = useRef<number | null>(null);
  useEffect(() => {
    if (firstNew.current === null) return;
    focusCard(firstNew.current);
    firstNew.current = null;
  }, [limit]);
  const visible = shown.slice(0, limit);
  const showMore = () => {
    firstNew.current = visible.length;
    setLimit(limit + FAVOURITES_PAGE);
  };
  const remove = (favourite: FavouriteView) => {
    removed.current = { id: favourite.id, index: shown.indexOf(favourite) };
    onRemove(favourite);
  };
  const change = (id: string, next: FavouriteChange) => {
    // (The filter's last card stays: the filter falls back to "All" and the tag editor keeps focus.)
    const leaves = shown.length > 1 && active !== null && next.tags !== undefined && !next.tags.includes(active);
    if (leaves) removed.current = { id, index: shown.findIndex((favourite) => favourite.id === id) };
    return onChange(id, next);
  };

  if (favourites.length === 0) return <p class="empty">{t('newtabFavouritesEmpty')}</p>;
  return (
    <>
      <TagFilter tags={tags} total={favourites.length} selected={active} onSelect={setSelected} />
      <ul class="tile-grid fav-grid" ref={grid}>
        {visible.map((favourite) => (
          <li key={favourite.id}>
            <FavouriteCard
              favourite={favourite}
              project={favourite.orphaned ? undefined : projects.get(favourite.id)}
              categories={categories}
              onChange={change}
              onRemove={remove}
            />
          </li>
        ))}
      </ul>
      {shown.length > visible.length && (
        <button type="button" class="button fav-more" onClick={showMore}>
          {t('newtabFavouritesMore', shown.length - visible.length)}
        </button>
      )}
    </>
  );
}
