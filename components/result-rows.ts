// Where each result goes in the results grid: group labels, options and the active item's
// details each take one grid row, numbered from 1 (CSS grid lines). Pure, so the layout that
// keeps an option and its buttons side by side is unit-tested without a DOM.
import type { Project } from '@/catalog/types';

export interface ResultItem {
  key: string; // unique within the list (the same project may appear in two groups)
  project: Project;
}

export interface ResultGroup {
  id: string; // kebab-case, unique within the list
  label?: string; // shown as the group's heading; search results have none
  items: readonly ResultItem[];
}

export type Row =
  | { kind: 'label'; group: string; line: number }
  | { kind: 'item'; group: string; line: number; item: ResultItem; index: number }
  | { kind: 'details'; group: string; line: number; item: ResultItem };

/** Rows in order; `index` counts items across groups (the arrow keys' order). Empty groups take no row. */
export function layoutRows(groups: readonly ResultGroup[], expandedKey: string | null): Row[] {
  const rows: Row[] = [];
  let index = 0;
  for (const group of groups) {
    if (group.items.length === 0) continue;
    if (group.label) rows.push({ kind: 'label', group: group.id, line: rows.length + 1 });
    for (const item of group.items) {
      rows.push({ kind: 'item', group: group.id, line: rows.length + 1, item, index: index++ });
      if (item.key === expandedKey) rows.push({ kind: 'details', group: group.id, line: rows.length + 1, item });
    }
  }
  return rows;
}

/** Every item in arrow-key order. */
export function flatItems(groups: readonly ResultGroup[]): ResultItem[] {
  return groups.flatMap((group) => group.items);
}
