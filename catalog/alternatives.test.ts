import { describe, expect, it } from 'vitest';
import { alternativesOf } from './alternatives';
import { bundledCatalog } from './bundled';
import { testProject } from './test-project';
import type { Catalog, Project, ProjectStatus } from './types';

const ids = (catalog: Catalog, id: string) => alternativesOf(catalog, id).map((p) => p.id);

function tiny(projects: { id: string; categories: string[]; parent?: string; status?: ProjectStatus }[]): Catalog {
  return {
    version: 1,
    hash: 'test',
    categories: ['a', 'b', 'c'].map((id) => ({ id, name: id.toUpperCase(), nameZh: id, heading: id })),
    projects: projects.map((p): Project => testProject(p.id, p)),
  };
}

describe('alternativesOf', () => {
  const catalog = tiny([
    { id: 'x', categories: ['a', 'b'] },
    { id: 'peer-b', categories: ['b'] },
    { id: 'dead-a', categories: ['a'], status: 'dead-link' },
    { id: 'peer-a', categories: ['a'] },
    { id: 'child', categories: ['a'], parent: 'x' },
    { id: 'archived-b', categories: ['b'], status: 'archived' },
    { id: 'elsewhere', categories: ['c'] },
    { id: 'old-a', categories: ['a'], status: 'maintenance' },
  ]);

  it('ranks the primary category first, family first within it, retired projects last', () => {
    expect(ids(catalog, 'x')).toEqual(['child', 'peer-a', 'old-a', 'peer-b', 'dead-a', 'archived-b']);
  });

  it('puts the parent first for a child', () => {
    expect(ids(catalog, 'child')).toEqual(['x', 'peer-a', 'old-a', 'dead-a']);
  });

  it('never lists the project itself or projects of unrelated categories', () => {
    const all = ids(catalog, 'peer-b');
    expect(all).not.toContain('peer-b');
    expect(all).not.toContain('elsewhere');
    expect(ids(catalog, 'elsewhere')).toEqual([]);
  });

  it('returns nothing for an unknown id', () => {
    expect(alternativesOf(catalog, 'nope')).toEqual([]);
  });

  it('on the seed: Nginx gets load balancers then reverse proxies', () => {
    const names = alternativesOf(bundledCatalog, 'nginx').map((p) => p.name);
    expect(names.slice(0, 5)).toEqual(['LVS', 'HAProxy', 'Pen', 'Balance', 'Keepalived']);
    expect(names.slice(5)).toEqual(['Varnish', 'Squid', 'Bamboo']);
  });

  it('on the seed: Bamboo starts with its parent HAProxy, RabbitMQ with its child', () => {
    expect(ids(bundledCatalog, 'bamboo')[0]).toBe('haproxy');
    expect(ids(bundledCatalog, 'rabbitmq')[0]).toBe('rabbitmq-internals');
  });

  it('on the seed: the dead Hystrix.NET comes after live circuit breakers', () => {
    expect(ids(bundledCatalog, 'polly')).toEqual(['hystrix', 'hystrix-net']);
  });
});
