import { describe, expect, it } from 'vitest';
import { testProject } from '@/catalog/test-project';
import type { Project } from '@/catalog/types';
import { projectLinks } from './project-links';

const base: Project = testProject('etcd', {
  categories: ['service-discovery'],
  url: 'https://github.com/coreos/etcd',
  summary: { en: 'Distributed key-value store' },
});

describe('projectLinks', () => {
  it('lists homepage, repository and documentation in that order', () => {
    const links = projectLinks({
      ...base,
      homepage: 'https://etcd.io/',
      repo: 'etcd-io/etcd',
      docs: [{ host: 'etcd.io', pathPrefix: '/docs/' }],
    });
    expect(links).toEqual([
      { kind: 'homepage', href: 'https://etcd.io/' },
      { kind: 'repository', href: 'https://github.com/etcd-io/etcd' },
      { kind: 'documentation', href: 'https://etcd.io/docs/' },
    ]);
  });

  it('does not repeat a docs site that is the homepage', () => {
    const links = projectLinks({
      ...base,
      homepage: 'https://www.haproxy.org',
      repo: undefined,
      docs: [{ host: 'haproxy.org', pathPrefix: '/' }],
    });
    expect(links).toEqual([{ kind: 'homepage', href: 'https://www.haproxy.org/' }]);
  });

  it('uses the seed link as homepage only when there is no repository', () => {
    expect(projectLinks({ ...base, repo: 'etcd-io/etcd' }).map((l) => l.kind)).toEqual(['repository']);
    expect(projectLinks({ ...base, url: 'http://zeromq.org' })).toEqual([
      { kind: 'homepage', href: 'http://zeromq.org/' },
    ]);
  });

  it('drops anything that is not http(s)', () => {
    expect(projectLinks({ ...base, url: 'javascript:alert(1)', homepage: 'data:text/html,x' })).toEqual([]);
  });
});
