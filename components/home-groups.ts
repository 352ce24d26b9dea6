// What the popup lists before anything is typed (issue #5): the project of the current tab
// (if it is listed), then favourites, then recently seen. Each project shows once, in the
// first group that has it, so the arrow keys never visit the same project twice.
import type { Project } from '@/catalog/types';
import type { ResultGroup } from './result-rows';

export interface HomeInput {
  projects: ReadonlyMap<string, Project>;
  currentId: string | null;
  favouriteIds: readonly string[]; // newest first, as the background's storage.local mirror keeps them
  recentIds: readonly string[]; // most recent first
  labels: { page: string; favourites: string; recent: string };
  recentLimit?: number;
}

export function homeGroups({
  projects,
  currentId,
  favouriteIds,
  recentIds,
  labels,
  recentLimit = 5,
}: HomeInput): ResultGroup[] {
  const shown = new Set<string>();
  const take = (ids: readonly string[], prefix: string, limit = Number.POSITIVE_INFINITY) => {
    const items = [];
    for (const id of ids) {
      if (items.length >= limit) break;
      const project = projects.get(id);
      // A favourite no longer in the catalog is kept by the store and shown on the new tab; it cannot open from here.
      if (!project || shown.has(id)) continue;
      shown.add(id);
      items.push({ key: `${prefix}:${id}`, project });
    }
    return items;
  };
  const groups: ResultGroup[] = [
    { id: 'page', label: labels.page, items: take(currentId ? [currentId] : [], 'page') },
    { id: 'favourites', label: labels.favourites, items: take(favouriteIds, 'fav') },
    { id: 'recent', label: labels.recent, items: take(recentIds, 'recent', recentLimit) },
  ];
  return groups.filter((group) => group.items.length > 0);
}
