import { describe, expect, it } from 'vitest';
import { testProject } from '@/catalog/test-project';
import type { Project } from '@/catalog/types';
import { HOME_FAVOURITES_LIMIT, homeGroups } from './home-groups';

const project = (id: string): Project => testProject(id);
const projects = new Map(['etcd', 'consul', 'zookeeper', 'kafka', 'nats'].map((id) => [id, project(id)]));
const labels = { page: 'On this page', favourites: 'Favourites', recent: 'Recently seen' };
const shape = (groups: ReturnType<typeof homeGroups>) =>
  groups.map((group) => [group.id, group.items.map((item) => item.key)]);

describe('homeGroups', () => {
  it('lists the current page, then favourites (in the mirror’s newest-first order), then recent visits', () => {
    const groups = homeGroups({
      projects,
      currentId: 'etcd',
      favouriteIds: ['consul', 'kafka'],
      recentIds: ['nats', 'zookeeper'],
      labels,
    });
    expect(shape(groups)).toEqual([
      ['page', ['etcd']],
      ['favourites', ['consul', 'kafka']],
      ['recent', ['nats', 'zookeeper']],
    ]);
    expect(groups[0].label).toBe('On this page');
  });

  it('shows each project once, in its first group', () => {
    const groups = homeGroups({
      projects,
      currentId: 'etcd',
      favouriteIds: ['etcd', 'consul'],
      recentIds: ['etcd', 'consul', 'kafka'],
      labels,
    });
    expect(shape(groups)).toEqual([
      ['page', ['etcd']],
      ['favourites', ['consul']],
      ['recent', ['kafka']],
    ]);
  });

  it('drops empty groups, unknown ids and caps recent visits', () => {
    const groups = homeGroups({
      projects,
      currentId: 'not-listed',
      favouriteIds: ['gone-from-catalog'],
      recentIds: ['kafka', 'nats', 'consul', 'zookeeper', 'etcd'],
      labels,
      recentLimit: 3,
    });
    expect(shape(groups)).toEqual([['recent', ['kafka', 'nats', 'consul']]]);
  });

  it('lists a favourite gone from the catalog by its saved name, in its place among the favourites', () => {
    const groups = homeGroups({
      projects,
      currentId: 'gone-project', // an unlisted page is still not shown, even with a saved name
      favouriteIds: ['consul', 'gone-project', 'unnamed-gone', 'kafka'],
      recentIds: ['gone-project', 'nats'],
      orphanNames: new Map([['gone-project', 'Gone Project']]),
      labels,
    });
    expect(shape(groups)).toEqual([
      ['favourites', ['consul', 'gone-project', 'kafka']],
      ['recent', ['nats']],
    ]);
    const favourites = groups[0]?.items ?? [];
    expect(favourites[1]).toEqual({ key: 'gone-project', orphan: { id: 'gone-project', name: 'Gone Project' } });
    expect(favourites[0]).toEqual({ key: 'consul', project: projects.get('consul') });
  });

  it('prefers the catalog’s project over a saved name for the same id', () => {
    const groups = homeGroups({
      projects,
      currentId: null,
      favouriteIds: ['etcd'],
      recentIds: [],
      orphanNames: new Map([['etcd', 'Old etcd name']]),
      labels,
    });
    expect(groups[0]?.items).toEqual([{ key: 'etcd', project: projects.get('etcd') }]);
  });

  it('keys an item by its project, so starring a recently seen project keeps its key in Favourites', () => {
    const input = { projects, currentId: null, recentIds: ['consul', 'kafka'], labels };
    const before = homeGroups({ ...input, favouriteIds: ['etcd'] });
    const after = homeGroups({ ...input, favouriteIds: ['consul', 'etcd'] });
    expect(shape(before)).toEqual([
      ['favourites', ['etcd']],
      ['recent', ['consul', 'kafka']],
    ]);
    expect(shape(after)).toEqual([
      ['favourites', ['consul', 'etcd']],
      ['recent', ['kafka']],
    ]);
  });

  it('is empty for a new user on a page that is not listed', () => {
    expect(homeGroups({ projects, currentId: null, favouriteIds: [], recentIds: [], labels })).toEqual([]);
  });

  it('lists the newest favourites only, up to the limit, orphans included', () => {
    const many = Array.from({ length: 100 }, (_, i) => `old-${i}`);
    const orphanNames = new Map(many.map((id) => [id, id.toUpperCase()]));
    const groups = homeGroups({
      projects,
      currentId: null,
      favouriteIds: ['kafka', ...many],
      recentIds: ['nats'],
      orphanNames,
      labels,
    });
    expect(groups.map((group) => [group.id, group.items.length])).toEqual([
      ['favourites', HOME_FAVOURITES_LIMIT],
      ['recent', 1],
    ]);
    expect(groups[0].items[0].key).toBe('kafka');
    expect(groups[0].items.at(-1)?.key).toBe(`old-${HOME_FAVOURITES_LIMIT - 2}`);
  });
});
