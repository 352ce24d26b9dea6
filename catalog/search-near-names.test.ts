import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from './search';
import { testProject } from './test-project';
import type { Catalog, Project } from './types';

// A query word that is no typo of a whole word may be a slip in part of a longer name
// ("zookepe" in "zookeeper"): when that counts, and when the word is something else.

const catalogOf = (projects: Project[]): Catalog => ({
  version: 1,
  hash: 'test',
  categories: [
    { id: 'coordination', name: 'Service Discovery', nameZh: '服务发现', heading: 'Service Discovery' },
    {
      id: 'dfs',
      name: 'Distributed File System',
      nameZh: '分布式文件系统',
      heading: 'Distributed File System',
      keywords: ['filesystem'],
    },
  ],
  projects,
});

const ids = (hits: { project: Project }[]) => hits.map((hit) => hit.project.id);

describe('a slip in a name', () => {
  const index = createSearchIndex(
    catalogOf([
      testProject('zookeeper', { name: 'ZooKeeper', categories: ['coordination'], summary: { en: 'Coordination' } }),
      testProject('lighthouse', {
        name: 'Lighthouse',
        categories: ['coordination'],
        summary: { en: 'Cluster membership' },
      }),
    ]),
  );

  it('still finds the name when another word follows', () => {
    expect(ids(search(index, 'zookepe'))[0]).toBe('zookeeper');
    expect(ids(search(index, 'zookepe cluster'))[0]).toBe('zookeeper');
  });

  it('is not a word two letters away from one no longer than it', () => {
    const languages = createSearchIndex(
      catalogOf([testProject('broker', { name: 'Hopper', categories: ['coordination'], keywords: ['erlang'] })]),
    );
    expect(search(languages, 'golang')).toEqual([]);
  });
});

describe("a category's own word is not a slip in a name", () => {
  it('"filesystem" lists the category by status, not first a dead project whose glued name it comes near', () => {
    const index = createSearchIndex(
      catalogOf([
        testProject('tfs', { name: 'Taobao File System', categories: ['dfs'], status: 'dead-link' }),
        testProject('ceph', { name: 'Ceph', categories: ['dfs'] }),
      ]),
    );
    expect(ids(search(index, 'filesystem'))).toEqual(['ceph', 'tfs']);
    expect(ids(search(index, 'taobaofilesystem'))[0]).toBe('tfs');
  });
});
