// Where each result goes in the results grid: group labels, options and the active item's
// details each take one grid row, numbered from 1 (CSS grid lines). Pure, so the layout that
// keeps an option and its buttons side by side is unit-tested without a DOM.
import type { Project } from '@/catalog/types';

/** A listed project. */
export interface ProjectItem {
  key: string; // unique within the list; the project's id where a project is listed once (home-groups.ts)
  project: Project;
}

/** A favourite whose project is no longer in the catalog: only its saved name; nothing to open or expand. */
export interface OrphanItem {
  key: string;
  orphan: { id: string; name: string };
}

export type ResultItem = ProjectItem | OrphanItem;

export const isProjectItem = (item: ResultItem): item is ProjectItem => 'project' in item;

/** The project id behind an item, listed or not. */
export const itemId = (item: ResultItem): string => (isProjectItem(item) ? item.project.id : item.orphan.id);

export interface ResultGroup {
  id: string; // kebab-case, unique within the list
  label?: string; // shown as the group's heading; search results have none
  items: readonly ResultItem[];
}

export type Row =
  | { kind: 'label'; group: string; line: number }
  | { kind: 'item'; group: string; line: number; item: ResultItem; index: number }
  | { kind: 'details'; group: string; line: number; item: ProjectItem };

/**
 * Rows in order; `index` counts items across groups (the arrow keys' order). Empty groups take
 * no row; an orphan has no details row (no alternatives or links to show).
 */
export function layoutRows(groups: readonly ResultGroup[], expandedKey: string | null): Row[] {
  const rows: Row[] = [];
  let index = 0;
  for (const group of groups) {
    if (group.items.length === 0) continue;
    if (group.label) rows.push({ kind: 'label', group: group.id, line: rows.length + 1 });
    for (const item of group.items) {
      rows.push({ kind: 'item', group: group.id, line: rows.length + 1, item, index: index++ });
      if (item.key === expandedKey && isProjectItem(item))
        rows.push({ kind: 'details', group: group.id, line: rows.length + 1, item });
    }
  }
  return rows;
}

/** Every item in arrow-key order. */
export function flatItems(groups: readonly ResultGroup[]): ResultItem[] {
  return groups.flatMap((group) => group.items);
}

/**
 * The active item's index: the chosen item while it is still listed, else the first (nothing
 * chosen yet: a new query's best hit). A chosen item that left the list (an unstarred
 * favourite) hands the selection to the item now in its place, or the new last one, so the
 * arrow keys go on from where the user was rather than from the top.
 */
export function activeIndexOf(items: readonly ResultItem[], activeKey: string | null, previous: number): number {
  if (items.length === 0) return -1;
  const index = activeKey === null ? -1 : items.findIndex((item) => item.key === activeKey);
  if (index >= 0) return index;
  return activeKey === null ? 0 : Math.min(Math.max(previous, 0), items.length - 1);
}
