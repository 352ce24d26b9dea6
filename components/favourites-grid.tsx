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

/** The user's favourites, newest first, filterable by tag. */
export function FavouritesGrid({ favourites, projects, categories, onChange, onRemove }: Props) {
  const { t } = useLocale();
  const [selected, setSelected] = useState<string | null>(null);
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
  // Remove button with it: focus then goes to the card that took its place (its first control,
  // the name link: not its Remove button, which a second Enter would press), else the heading.
  const grid = useRef<HTMLUListElement>(null);
  const removed = useRef<{ id: string; index: number } | null>(null);
  useEffect(() => {
    const gone = removed.current;
    if (!gone || shown.some((favourite) => favourite.id === gone.id)) return;
    removed.current = null;
    if (!focusWasLost()) return; // the user has moved on
    const cards = grid.current?.querySelectorAll<HTMLElement>(':scope > li') ?? [];
    const card = cards[Math.min(gone.index, cards.length - 1)];
    const target = card?.querySelector<HTMLElement>('a[href], button, input, textarea');
    (target ?? document.getElementById('favourites-heading'))?.focus();
  }, [shown]);
  const remove = (favourite: FavouriteView) => {
    removed.current = { id: favourite.id, index: shown.indexOf(favourite) };
    onRemove(favourite);
  };

  if (favourites.length === 0) return <p class="empty">{t('newtabFavouritesEmpty')}</p>;
  return (
    <>
      <TagFilter tags={tags} total={favourites.length} selected={active} onSelect={setSelected} />
      <ul class="tile-grid fav-grid" ref={grid}>
        {shown.map((favourite) => (
          <li key={favourite.id}>
            <FavouriteCard
              favourite={favourite}
              project={favourite.orphaned ? undefined : projects.get(favourite.id)}
              categories={categories}
              onChange={onChange}
              onRemove={remove}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
