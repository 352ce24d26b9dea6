import { describe, expect, it } from 'vitest';
import { parseRepoSlug, repoKey } from './github-repo';

describe('parseRepoSlug', () => {
  it.each([
    ['etcd-io/etcd', { owner: 'etcd-io', name: 'etcd' }],
    ['eclipse-vertx/vert.x', { owner: 'eclipse-vertx', name: 'vert.x' }],
    ['akkadotnet/akka.net', { owner: 'akkadotnet', name: 'akka.net' }],
    ['App-vNext/Polly', { owner: 'App-vNext', name: 'Polly' }],
    ['a/_x', { owner: 'a', name: '_x' }],
  ])('accepts %s', (slug, expected) => {
    expect(parseRepoSlug(slug)).toEqual(expected);
  });

  it.each([
    'etcd-io',
    'etcd-io/etcd/tree',
    '/etcd',
    'etcd-io/',
    '-etcd/etcd',
    'etcd-/etcd',
    'et--cd/etcd',
    `${'a'.repeat(40)}/x`,
    'etcd io/etcd',
    'etcd-io/..',
    'etcd-io/.',
    'etcd-io/etcd.git',
    'etcd-io/et cd',
    'https://github.com/etcd-io/etcd',
  ])('rejects %s', (slug) => {
    expect(parseRepoSlug(slug)).toBeNull();
  });

  it('keys repositories case-insensitively', () => {
    expect(repoKey('Etcd-IO/ETCD')).toBe(repoKey('etcd-io/etcd'));
  });
});
