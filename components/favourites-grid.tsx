import { useMemo, useState } from 'preact/hooks';
import type { Category, Project } from '@/catalog/types';
import type { FavouriteView } from '@/services/protocol';
import { FavouriteCard, type FavouriteChange } from './favourite-card';
import { useLocale } from './locale-context';
import { TagFilter } from './tag-filter';

interface Props {
  favourites: readonly FavouriteView[];
  projects: ReadonlyMap<string, Project>;
  categories: readonly Category[];
  onChange: (id: string, change: FavouriteChange) => void;
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

  if (favourites.length === 0) return <p class="empty">{t('newtabFavouritesEmpty')}</p>;
  return (
    <>
      <TagFilter tags={tags} total={favourites.length} selected={active} onSelect={setSelected} />
      <ul class="tile-grid fav-grid">
        {shown.map((favourite) => (
          <li key={favourite.id}>
            <FavouriteCard
              favourite={favourite}
              project={favourite.orphaned ? undefined : projects.get(favourite.id)}
              categories={categories}
              onChange={onChange}
              onRemove={onRemove}
            />
          </li>
        ))}
      </ul>
    </>
  );
}
