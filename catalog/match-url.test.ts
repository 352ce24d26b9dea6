// URL matching in the style of github-url-detection: every project declares
// example URLs; each must match its own project and no other.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import reservedNames from 'github-reserved-names';
import { describe, expect, it } from 'vitest';
import { bundledCatalog as catalog } from './bundled';
import { bundledMatchIndex } from './bundled-match-index';
import { buildMatchIndex, matchIndexed, matchUrl } from './match-url';
import type { Catalog, Project } from './types';

const match = (href: string) => matchUrl(catalog, new URL(href))?.id ?? null;

describe('every example URL matches its own project and no other', () => {
  const rows = catalog.projects.flatMap((project) => project.examples.map((url) => ({ id: project.id, url })));

  it.each(rows)('$url -> $id', ({ id, url }) => {
    const found = match(url);
    expect(
      found,
      found === null
        ? `'${url}' matches nothing: add its repository or docs site to '${id}' in catalog/data/curation.json, or fix the example`
        : `'${url}' matches '${found}', not '${id}': fix the example, or move the repo/docs prefix it hits`,
    ).toBe(id);
  });

  it('is a negative case for every other project', () => {
    for (const { id, url } of rows) {
      for (const other of catalog.projects) {
        if (other.id !== id) expect(match(url) === other.id, `${url} must not match ${other.id}`).toBe(false);
      }
    }
  });
});

describe('examples cover what each project claims', () => {
  const coverage = (project: Project) => {
    const urls = project.examples.map((href) => new URL(href));
    const onGithub = urls.filter((url) => url.hostname === 'github.com' || url.hostname === 'www.github.com');
    const repoOf = (url: URL) =>
      url.pathname
        .split('/')
        .slice(1, 3)
        .join('/')
        .replace(/\.git$/, '')
        .toLowerCase();
    return { urls, onGithub, repoOf };
  };

  it.each(catalog.projects.filter((p) => p.repo))('$id: its repository root and each alias', (project) => {
    const { onGithub, repoOf } = coverage(project);
    const roots = onGithub.filter((url) => url.pathname.split('/').filter(Boolean).length === 2);
    expect(roots.length, `add "https://github.com/${project.repo}" to the examples of '${project.id}'`).toBeGreaterThan(
      0,
    );
    for (const alias of project.repoAliases ?? []) {
      expect(
        onGithub.map(repoOf),
        `add an example on the old name "https://github.com/${alias}/..." to '${project.id}'`,
      ).toContain(alias.toLowerCase());
    }
  });

  it.each(catalog.projects.filter((p) => p.docs?.length))('$id: each docs site', (project) => {
    const { urls } = coverage(project);
    for (const site of project.docs ?? []) {
      const hit = urls.some(
        (url) => url.hostname === site.host && `${url.pathname.toLowerCase()}/`.startsWith(site.pathPrefix),
      );
      expect(hit, `add an example under https://${site.host}${site.pathPrefix} to '${project.id}'`).toBe(true);
    }
  });

  it('has 2-4 examples wherever there is something to match', () => {
    for (const project of catalog.projects) {
      const claims = (project.repo ? 1 : 0) + (project.docs?.length ?? 0);
      if (claims === 0) expect(project.examples, project.id).toEqual([]);
      else
        expect(project.examples.length, `'${project.id}' needs 2-4 examples`).toSatisfy(
          (n: number) => n >= 2 && n <= 4,
        );
    }
  });
});

describe('matchUrl on GitHub', () => {
  it.each([
    ['https://github.com/etcd-io/etcd', 'etcd'],
    ['https://github.com/etcd-io/etcd/', 'etcd'],
    ['https://github.com/Etcd-IO/ETCD', 'etcd'],
    ['https://github.com/etcd-io/etcd.git', 'etcd'],
    ['https://www.github.com/etcd-io/etcd', 'etcd'],
    ['http://github.com/etcd-io/etcd', 'etcd'],
    ['https://github.com./etcd-io/etcd', 'etcd'],
    ['https://github.com/coreos/etcd/pull/1', 'etcd'],
    ['https://github.com/etcd-io/etcd/issues?q=is%3Aopen', 'etcd'],
    ['https://github.com/etcd-io/etcd/blob/main/README.md#install', 'etcd'],
    ['https://github.com/etcd-io/etcd/wiki', 'etcd'],
    ['https://github.com/etcd-io/etcd/tree/main/server/etcdserver', 'etcd'],
    ['https://github.com/hashicorp/consul-template', 'consul-template'],
    ['https://github.com/hashicorp/consul', 'consul'],
    ['https://github.com/Microsoft/bond', 'bond'],
    ['https://github.com/bitly/nsq/releases', 'nsq'],
    ['https://github.com/chrislusf/seaweedfs', 'seaweedfs'],
  ])('%s -> %s', (href, id) => {
    expect(match(href)).toBe(id);
  });

  it.each([
    ['https://github.com/etcd-io/bbolt', 'another repo of the same owner'],
    ['https://github.com/etcd-io', 'the owner page'],
    ['https://github.com/Particular', 'an organisation linked by the seed'],
    ['https://github.com/mogilefs/', 'an organisation linked by the seed'],
    ['https://github.com/hashicorp/consul-templatex', 'a longer name'],
    ['https://github.com/hashicorp/consu', 'a shorter name'],
    ['https://github.com/hashicorp', 'the owner alone'],
    ['https://github.com/', 'the home page'],
    ['https://github.com/search?q=etcd', 'search'],
    ['https://github.com/settings/profile', 'settings'],
    ['https://github.com/orgs/etcd-io/repositories', 'orgs'],
    ['https://github.com/topics/etcd', 'topics'],
    ['https://github.com/marketplace/actions/etcd', 'marketplace'],
    ['https://github.com/notifications', 'notifications'],
    ['https://github.com/login?return_to=/etcd-io/etcd', 'login'],
    ['https://github.com/features/actions', 'features'],
    ['https://github.com/sponsors/etcd-io', 'sponsors'],
    ['https://github.com/collections/etcd', 'collections'],
    ['https://gist.github.com/etcd-io/etcd', 'gists'],
    ['https://api.github.com/repos/etcd-io/etcd', 'the API'],
    ['https://raw.githubusercontent.com/etcd-io/etcd/main/README.md', 'raw files'],
    ['https://github.com.evil.example/etcd-io/etcd', 'a look-alike host'],
    ['https://evil.example/github.com/etcd-io/etcd', 'github.com in a path'],
    ['https://evil.example/?u=https://github.com/etcd-io/etcd', 'github.com in a query'],
    ['ftp://github.com/etcd-io/etcd', 'a non-http(s) scheme'],
    ['https://github.com//etcd-io/etcd', 'an empty owner'],
  ])('%s is nothing (%s)', (href) => {
    expect(match(href)).toBeNull();
  });

  it('never matches under any GitHub reserved name', () => {
    for (const name of reservedNames.all) {
      for (const repo of ['etcd', 'consul', 'protobuf', 'x']) {
        expect(match(`https://github.com/${name}/${repo}`), `/${name}/${repo}`).toBeNull();
      }
    }
  });
});

describe('matchUrl on docs sites', () => {
  it.each([
    ['https://developers.google.com/protocol-buffers/', 'protocol-buffers'],
    ['https://developers.google.com/protocol-buffers', 'protocol-buffers'],
    ['https://developers.google.com/Protocol-Buffers/docs/proto3', 'protocol-buffers'],
    ['https://kr.github.io/beanstalkd/', 'beanstalkd'],
    ['https://siag.nu/pen/', 'pen'],
    ['http://nginx.org/en/docs/', 'nginx'],
    ['https://developer.hashicorp.com/consul/docs/intro', 'consul'],
    ['https://docs.particular.net/nservicebus/', 'nservicebus'],
    ['https://zookeeper.apache.org:443/doc/current/', 'zookeeper'],
  ])('%s -> %s', (href, id) => {
    expect(match(href)).toBe(id);
  });

  it.each([
    ['https://developers.google.com/', 'the shared host alone'],
    ['https://developers.google.com/maps/', 'another path on the shared host'],
    ['https://developers.google.com/protocol-buffersx/', 'a longer first segment'],
    ['https://kr.github.io/', 'a shared github.io host'],
    ['https://kr.github.io/other-project/', 'another project on the github.io host'],
    ['https://siag.nu/', 'the pen host alone'],
    ['https://developer.hashicorp.com/vault/docs', 'a sibling product'],
    ['https://docs.particular.net/servicecontrol/', 'a sibling product'],
    ['https://apache.org/', 'a parent domain'],
    ['https://evil.nginx.org.example/', 'a look-alike host'],
    ['https://constructor/', 'a host named like an Object property'],
    ['https://github.io/', 'github.io itself'],
  ])('%s is nothing (%s)', (href) => {
    expect(match(href)).toBeNull();
  });

  it('lets the longest prefix win on a shared host', () => {
    const site = (pathPrefix: string) => [{ host: 'docs.example', pathPrefix }];
    const tiny = syntheticCatalog([
      { id: 'root', docs: site('/') },
      { id: 'deep', docs: site('/a/b/') },
      { id: 'mid', docs: site('/a/') },
    ]);
    const found = (path: string) => matchUrl(tiny, new URL(`https://docs.example${path}`))?.id;
    expect([
      found('/'),
      found('/x'),
      found('/a'),
      found('/a/x'),
      found('/a/b'),
      found('/a/b/c/d'),
      found('/a/bc'),
    ]).toEqual(['root', 'root', 'mid', 'mid', 'deep', 'deep', 'mid']);
  });
});

describe('the match index', () => {
  it('is the one the build wrote', () => {
    expect(buildMatchIndex(catalog)).toEqual(bundledMatchIndex);
  });

  it('answers from the plain JSON alone', () => {
    const fromJson = JSON.parse(JSON.stringify(bundledMatchIndex));
    expect(matchIndexed(fromJson, new URL('https://github.com/coreos/etcd'))).toBe('etcd');
    expect(matchIndexed(fromJson, new URL('https://github.com/search'))).toBeNull();
  });

  it('stays small enough for the GitHub content script (imports nothing, a few KB gzipped)', () => {
    const source = readFileSync(new URL('./match-url.ts', import.meta.url), 'utf8');
    const imports = source.match(/^import .*$/gm) ?? [];
    expect(
      imports.every((line) => line.startsWith('import type ')),
      imports.join('\n'),
    ).toBe(true);
    const indexJson = readFileSync(new URL('./data/match-index.json', import.meta.url));
    expect(gzipSync(source).length + gzipSync(indexJson).length).toBeLessThan(4 * 1024);
  });

  it('looks up in constant time: of 50,000 projects it reads one entry, never the list', () => {
    const big = syntheticCatalog(
      Array.from({ length: 50_000 }, (_, i) => ({
        id: `p${i}`,
        repo: `owner${i}/repo${i}`,
        docs: [{ host: `site${i}.example`, pathPrefix: '/' }],
      })),
    );
    // Counted, not timed (timings are the bench's business): every read of the index's tables
    // goes through a proxy; a lookup reads its own key, and never enumerates or walks them.
    const reads: string[] = [];
    const counted = <T extends object>(table: T, name: string): T =>
      new Proxy(table, {
        get(target, key, receiver) {
          reads.push(`${name}.get`);
          return Reflect.get(target, key, receiver);
        },
        has(target, key) {
          reads.push(`${name}.has`);
          return Reflect.has(target, key);
        },
        getOwnPropertyDescriptor(target, key) {
          reads.push(`${name}.own`);
          return Reflect.getOwnPropertyDescriptor(target, key);
        },
        ownKeys(target) {
          reads.push(`${name}.keys`);
          return Reflect.ownKeys(target);
        },
      });
    const built = buildMatchIndex(big);
    const index = { repos: counted(built.repos, 'repos'), docs: counted(built.docs, 'docs') };
    for (const [url, id] of [
      ['https://github.com/owner49999/repo49999/issues', 'p49999'],
      ['https://github.com/owner12345/repo1', null],
      ['https://site123.example/docs', 'p123'],
      ['https://elsewhere.example/', null],
    ] as const) {
      reads.length = 0;
      expect(matchIndexed(index, new URL(url)), url).toBe(id);
      expect(reads.length, `${url}: ${[...new Set(reads)].join(', ')}`).toBeLessThanOrEqual(2);
      expect(reads.filter((read) => read.endsWith('.keys'))).toEqual([]);
    }
  });
});

function syntheticCatalog(projects: Partial<Project>[]): Catalog {
  return {
    version: 1,
    hash: 'test',
    categories: [{ id: 'c', name: 'C', nameZh: '丙', heading: 'C' }],
    projects: projects.map((project, i) => ({
      id: `project-${i}`,
      name: `Project ${i}`,
      categories: ['c'],
      url: 'https://example.com/',
      description: '',
      descriptionLang: 'en',
      summary: { en: 'x' },
      keywords: [],
      status: 'active',
      examples: [],
      ...project,
    })),
  };
}
