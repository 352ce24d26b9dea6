// What the options page's "Hidden projects" section lists: the user's dismissals grouped by
// scope (closed on-page cards, "not interested" recommendations), each with a name to show.
import type { DismissedItem, DismissScope } from '@/services/protocol';

export interface HiddenItem {
  id: string;
  scope: DismissScope;
  name: string;
  at: number;
}

export interface HiddenGroup {
  scope: DismissScope;
  items: HiddenItem[];
}

/** Cards first (the annotation is what most people look for), then recommendations. */
const SCOPES: readonly DismissScope[] = ['annotation', 'recommendation'];

/**
 * Groups in a fixed scope order, newest dismissal first within each; empty groups are left out.
 * A project no longer in the catalog keeps its id as its name, so it can still be shown again.
 */
export function hiddenGroups(
  dismissed: readonly DismissedItem[],
  nameOf: (id: string) => string | undefined,
): HiddenGroup[] {
  return SCOPES.map((scope) => ({
    scope,
    items: dismissed
      .filter((item) => item.scope === scope)
      .sort((a, b) => b.at - a.at)
      .map((item) => ({ id: item.id, scope, name: nameOf(item.id) ?? item.id, at: item.at })),
  })).filter((group) => group.items.length > 0);
}
