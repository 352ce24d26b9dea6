// What the popup lists before anything is typed (issue #5): the project of the current tab
// (if it is listed), then favourites, then recently seen. Each project shows once, in the
// first group that has it, so the arrow keys never visit the same project twice. An item's
// key is therefore its project's id, not group-qualified: starring a recently seen project
// moves it to Favourites under the same key, so it stays selected and its star stays mounted.
import type { Project } from '@/catalog/types';
import type { ResultGroup, ResultItem } from './result-rows';

export interface HomeInput {
  projects: ReadonlyMap<string, Project>;
  currentId: string | null;
  favouriteIds: readonly string[]; // newest first, as the background's storage.local mirror keeps them
  recentIds: readonly string[]; // most recent first
  /** Saved names of favourites no longer in the catalog (FavouriteView.orphaned), listed as such. */
  orphanNames?: ReadonlyMap<string, string>;
  labels: { page: string; favourites: string; recent: string };
  recentLimit?: number;
}

/**
 * The newest favourites the popup lists before anything is typed. Every favourite a row, a
 * long-time user's 1,900 (most imported, no longer in the catalog) took the popup 2.5 s to
 * open; the rest are a search away (those no longer in the catalog are not: the search knows
 * only the catalog) and all of them are on the new tab.
 */
export const HOME_FAVOURITES_LIMIT = 60;

const NO_ORPHANS: ReadonlyMap<string, string> = new Map();

export function homeGroups({
  projects,
  currentId,
  favouriteIds,
  recentIds,
  orphanNames = NO_ORPHANS,
  labels,
  recentLimit = 5,
}: HomeInput): ResultGroup[] {
  const shown = new Set<string>();
  const take = (ids: readonly string[], limit = Number.POSITIVE_INFINITY, orphans = NO_ORPHANS) => {
    const items: ResultItem[] = [];
    for (const id of ids) {
      if (items.length >= limit) break;
      if (shown.has(id)) continue;
      const project = projects.get(id);
      // A favourite no longer in the catalog keeps its saved name so it can still be removed;
      // an unknown current page or visit has nothing worth showing.
      const name = project ? undefined : orphans.get(id);
      if (project) items.push({ key: id, project });
      else if (name !== undefined) items.push({ key: id, orphan: { id, name } });
      else continue;
      shown.add(id);
    }
    return items;
  };
  const groups: ResultGroup[] = [
    { id: 'page', label: labels.page, items: take(currentId ? [currentId] : []) },
    { id: 'favourites', label: labels.favourites, items: take(favouriteIds, HOME_FAVOURITES_LIMIT, orphanNames) },
    { id: 'recent', label: labels.recent, items: take(recentIds, recentLimit) },
  ];
  return groups.filter((group) => group.items.length > 0);
}
