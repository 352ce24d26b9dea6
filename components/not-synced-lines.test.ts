import { describe, expect, it } from 'vitest';
import { createTranslate } from './i18n';
import { notSyncedLines } from './not-synced-lines';

const en = createTranslate('en');
const zh = createTranslate('zh_CN');

describe('notSyncedLines', () => {
  const groups = [
    { limit: 'QUOTA_BYTES_PER_ITEM', count: 1, names: ['ZooKeeper'] },
    { limit: 'QUOTA_BYTES', count: 12, names: ['Kafka', 'NATS', 'NSQ', 'Old 0', 'Old 1'] },
    { limit: 'MAX_ITEMS', count: 2, names: ['etcd', 'Consul'] },
    { count: 1, names: ['Pulsar'] },
  ];

  it('names a handful per reason and says how many more, in English', () => {
    expect(notSyncedLines(groups, en, 'en')).toEqual([
      'Too large to sync, over 8 KB each (shorten the note or tags): ZooKeeper.',
      'No room left in sync for: Kafka, NATS, NSQ, Old 0, Old 1 and 7 more.',
      "Over sync's item limit: etcd, Consul.",
      'Not syncing: Pulsar.',
    ]);
  });

  it('and in Chinese, names joined with 、', () => {
    expect(notSyncedLines(groups, zh, 'zh_CN')).toEqual([
      '单个超过 8 KB，无法同步（缩短备注或标签即可）：ZooKeeper。',
      '同步空间已无余量，未能同步：Kafka、NATS、NSQ、Old 0、Old 1 等，另有 7 个。',
      '超出同步的条目上限，未能同步：etcd、Consul。',
      '未同步：Pulsar。',
    ]);
  });

  it('reads what another version may have stored without failing: unknown reasons, bad counts, no names', () => {
    expect(notSyncedLines(undefined, en, 'en')).toEqual([]);
    expect(notSyncedLines('Kafka', en, 'en')).toEqual([]);
    expect(
      notSyncedLines(
        [
          null,
          { names: [] },
          { limit: 'NEW_QUOTA', count: 'x', names: ['A', 3, 'B'] },
          { count: 1, names: ['C', 'D'] },
        ],
        en,
        'en',
      ),
    ).toEqual(['Not syncing: A, B.', 'Not syncing: C, D.']);
    // More than five stored: five shown, the rest counted.
    expect(notSyncedLines([{ count: 6, names: ['1', '2', '3', '4', '5', '6'] }], en, 'en')).toEqual([
      'Not syncing: 1, 2, 3, 4, 5 and 1 more.',
    ]);
  });

  it('cuts a very long saved name short', () => {
    const [line] = notSyncedLines([{ count: 1, names: ['x'.repeat(500)] }], en, 'en');
    expect(line).toBe(`Not syncing: ${'x'.repeat(60)}….`);
  });
});
