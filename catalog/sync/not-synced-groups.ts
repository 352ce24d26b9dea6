// What the sync status keeps of the favourites that stay in this browser (issue #4): per quota
// that kept them out, how many and the first few names. The options page names them; a full
// list of hundreds would be rewritten into storage.local on every pass and read by every page
// that watches the status, to show a handful.
import type { QuotaLimit } from './quota';
import type { NotSyncedFavourite } from './sync-engine';

export interface NotSyncedGroup {
  limit?: QuotaLimit; // absent: the browser did not say which quota
  count: number;
  names: string[]; // the first NOT_SYNCED_NAMES, newest edit first
}

export const NOT_SYNCED_NAMES = 5;

// The one a user can fix favourite by favourite (a shorter note) first.
const ORDER: (QuotaLimit | undefined)[] = ['QUOTA_BYTES_PER_ITEM', 'QUOTA_BYTES', 'MAX_ITEMS', undefined];

export function groupNotSynced(favourites: readonly NotSyncedFavourite[]): NotSyncedGroup[] {
  return ORDER.flatMap((limit): NotSyncedGroup[] => {
    const members = favourites.filter((f) => f.limit === limit);
    if (members.length === 0) return [];
    const group: NotSyncedGroup = {
      count: members.length,
      names: members.slice(0, NOT_SYNCED_NAMES).map((f) => f.name),
    };
    return [limit ? { limit, ...group } : group];
  });
}
