import { describe, expect, it } from 'vitest';
import type { DismissedItem } from '@/services/protocol';
import { hiddenGroups } from './hidden-groups';

const names: Record<string, string> = { etcd: 'etcd', rabbitmq: 'RabbitMQ', consul: 'Consul' };
const nameOf = (id: string) => names[id];

describe('hiddenGroups', () => {
  it('groups cards before recommendations, newest first, with catalog names', () => {
    const dismissed: DismissedItem[] = [
      { id: 'rabbitmq', scope: 'recommendation', at: 5 },
      { id: 'etcd', scope: 'annotation', at: 1 },
      { id: 'consul', scope: 'annotation', at: 3 },
      { id: 'etcd', scope: 'recommendation', at: 2 },
    ];
    expect(hiddenGroups(dismissed, nameOf)).toEqual([
      {
        scope: 'annotation',
        items: [
          { id: 'consul', scope: 'annotation', name: 'Consul', at: 3 },
          { id: 'etcd', scope: 'annotation', name: 'etcd', at: 1 },
        ],
      },
      {
        scope: 'recommendation',
        items: [
          { id: 'rabbitmq', scope: 'recommendation', name: 'RabbitMQ', at: 5 },
          { id: 'etcd', scope: 'recommendation', name: 'etcd', at: 2 },
        ],
      },
    ]);
  });

  it('leaves out empty scopes and shows an unknown project by its id', () => {
    expect(hiddenGroups([{ id: 'gone-project', scope: 'recommendation', at: 1 }], nameOf)).toEqual([
      {
        scope: 'recommendation',
        items: [{ id: 'gone-project', scope: 'recommendation', name: 'gone-project', at: 1 }],
      },
    ]);
    expect(hiddenGroups([], nameOf)).toEqual([]);
  });

  it('does not reorder the caller’s array', () => {
    const dismissed: DismissedItem[] = [
      { id: 'etcd', scope: 'annotation', at: 1 },
      { id: 'consul', scope: 'annotation', at: 3 },
    ];
    hiddenGroups(dismissed, nameOf);
    expect(dismissed.map((d) => d.id)).toEqual(['etcd', 'consul']);
  });
});
