import { describe, expect, it } from 'vitest';
import { groupNotSynced } from './not-synced-groups';

describe('groupNotSynced', () => {
  it('groups by the quota that kept them out, the one fixable per favourite first, with the first five names', () => {
    const full = Array.from({ length: 7 }, (_, i) => ({ id: `p-${i}`, name: `P ${i}`, limit: 'QUOTA_BYTES' as const }));
    expect(
      groupNotSynced([
        ...full,
        { id: 'zookeeper', name: 'ZooKeeper', limit: 'QUOTA_BYTES_PER_ITEM' },
        { id: 'old-queue', name: 'Old Queue' },
      ]),
    ).toEqual([
      { limit: 'QUOTA_BYTES_PER_ITEM', count: 1, names: ['ZooKeeper'] },
      { limit: 'QUOTA_BYTES', count: 7, names: ['P 0', 'P 1', 'P 2', 'P 3', 'P 4'] },
      { count: 1, names: ['Old Queue'] },
    ]);
  });

  it('has no group when every favourite synced', () => {
    expect(groupNotSynced([])).toEqual([]);
  });
});
