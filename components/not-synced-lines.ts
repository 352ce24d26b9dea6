// The favourites sync leaves out, by name, one line per quota that kept them out (the sync
// status's `notSynced` groups, catalog/sync/not-synced-groups.ts). Read as `unknown`: the
// status in storage.local may come from another version of the background.
import { NOT_SYNCED_NAMES } from '@/catalog/sync/not-synced-groups';
import { type QuotaLimit, SYNC_QUOTA } from '@/catalog/sync/quota';
import type { Locale, MessageKey, Translate } from './i18n';
import { nameList } from './name-list';

const LIMIT_KEYS: Record<QuotaLimit, MessageKey> = {
  QUOTA_BYTES: 'optionsSyncNamesFull',
  MAX_ITEMS: 'optionsSyncNamesItems',
  QUOTA_BYTES_PER_ITEM: 'optionsSyncNamesTooLarge',
};

const isLimit = (value: unknown): value is QuotaLimit => typeof value === 'string' && Object.hasOwn(LIMIT_KEYS, value);

export function notSyncedLines(groups: unknown, t: Translate, locale: Locale): string[] {
  if (!Array.isArray(groups)) return [];
  return groups.flatMap((group: unknown) => {
    if (typeof group !== 'object' || group === null) return [];
    const { limit, count, names } = group as Record<string, unknown>;
    const shown = Array.isArray(names) ? names.filter((name): name is string => typeof name === 'string') : [];
    if (shown.length === 0) return [];
    const total =
      typeof count === 'number' && Number.isSafeInteger(count) && count > shown.length ? count : shown.length;
    const text = nameList(shown, t, locale, { max: NOT_SYNCED_NAMES, total });
    if (!isLimit(limit)) return [t('optionsSyncNamesUnknown', text)];
    return limit === 'QUOTA_BYTES_PER_ITEM'
      ? [t(LIMIT_KEYS[limit], Math.round(SYNC_QUOTA.QUOTA_BYTES_PER_ITEM / 1024), text)]
      : [t(LIMIT_KEYS[limit], text)];
  });
}
