import fc from 'fast-check';
import reservedNames from 'github-reserved-names';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { matchUrl } from './match-url';
import { testProject } from './test-project';
import type { Catalog, DocsSite, Project } from './types';

// Issue #9: matchUrl decides where the annotation appears. Whatever URL a page has, it must
// not throw, and it may only name a project whose repository (or alias) or documentation
// site (host plus path prefix) the URL really is. The oracle below states that rule
// independently of the index the implementation builds.

const RUNS = 10_000;
const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);

/** Is `url` listed by `project`? Repos: exactly the first two path segments; docs: host plus whole-segment prefix. */
function listedBy(project: Project, url: URL): boolean {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  const host = url.hostname.replace(/\.$/, '');
  const path = url.pathname.toLowerCase();
  if (GITHUB_HOSTS.has(host)) {
    return [project.repo, ...(project.repoAliases ?? [])].some((slug) => {
      if (!slug) return false;
      const root = `/${slug.toLowerCase()}`;
      return [root, `${root}.git`].some((base) => path === base || path.startsWith(`${base}/`));
    });
  }
  return (project.docs ?? []).some((site) => {
    if (site.host.toLowerCase() !== host) return false;
    const prefix = site.pathPrefix.toLowerCase();
    return path.startsWith(prefix) || `${path}/` === prefix;
  });
}

/** Random upper/lower case for each character. */
const recase = (text: string) =>
  fc
    .array(fc.boolean(), { minLength: text.length, maxLength: text.length })
    .map((flags) => [...text].map((c, i) => (flags[i] ? c.toUpperCase() : c.toLowerCase())).join(''));

/** Near misses: one character added, dropped or changed, or the text itself. */
const mutate = (text: string) =>
  fc.oneof(
    { weight: 3, arbitrary: recase(text) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.nat(text.length), fc.constantFrom('', 'x', '-', '.', '/', '%2F', '_', '0'), fc.boolean())
        .map(([at, insert, replace]) => text.slice(0, at) + insert + text.slice(replace ? at + 1 : at)),
    },
  );

const segment = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9._-]{1,16}$/),
  fc.constantFrom('', '.', '..', '%2e%2e', 'settings', 'orgs', 'topics', 'x'.repeat(200), 'ünï', '\u202Egit'),
  fc.constantFrom(...reservedNames.all.slice(0, 50)),
);
const pageTail = ['', '/', '.git', '.git/info', '/tree/main/docs', '/issues/1', '?tab=readme', '#readme'];
/** Sub-paths of a repository, and near misses ("etcdx", "/../x") that leave it. */
const tail = fc.constantFrom(...pageTail, 'x', '/../x', '..', '%2F');
const scheme = fc.constantFrom(
  'https://',
  'https://',
  'http://',
  'HTTPS://',
  'ftp://',
  'javascript://',
  'ws://',
  'file://',
);
const auth = fc.constantFrom('', '', '', 'user:pass@', 'github.com@');
const port = fc.constantFrom('', '', '', ':443', ':8080');

function urlArbitrary(catalog: Catalog): fc.Arbitrary<string> {
  const slugs = catalog.projects.flatMap((p) => [p.repo, ...(p.repoAliases ?? [])]).filter((s): s is string => !!s);
  const sites = catalog.projects.flatMap((p) => p.docs ?? []);
  const githubHost = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom('github.com', 'www.github.com').chain(recase) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        'github.com.',
        'gist.github.com',
        'github.com.evil.example',
        'evilgithub.com',
        'github.co',
      ),
    },
  );
  const repoPath = fc.oneof(
    slugs.length > 0 ? fc.constantFrom(...slugs).chain(mutate) : segment,
    fc.tuple(segment, segment).map(([owner, repo]) => `${owner}/${repo}`),
    segment,
  );
  const githubUrl = fc
    .tuple(scheme, auth, githubHost, port, fc.constantFrom('/', '//', '/./'), repoPath, tail)
    .map(([s, a, h, p, lead, path, t]) => `${s}${a}${h}${p}${lead}${path}${t}`);
  const docsHost = (site: DocsSite) =>
    fc.oneof(
      { weight: 4, arbitrary: recase(site.host) },
      { weight: 1, arbitrary: fc.constantFrom(`evil.${site.host}`, `${site.host}.evil.example`, `${site.host}.`) },
    );
  const docsUrl =
    sites.length > 0
      ? fc
          .constantFrom(...sites)
          .chain((site) => fc.tuple(scheme, auth, docsHost(site), port, mutate(site.pathPrefix), fc.option(segment)))
          .map(
            ([s, a, h, p, prefix, rest]) =>
              `${s}${a}${h}${p}${prefix.startsWith('/') ? '' : '/'}${prefix}${rest ?? ''}`,
          )
      : fc.webUrl();
  return fc.oneof(
    { weight: 4, arbitrary: githubUrl },
    { weight: 4, arbitrary: docsUrl },
    { weight: 1, arbitrary: fc.webUrl() },
  );
}

/** Checks one URL; returns whether it matched, so runs can show both outcomes were exercised. */
function checkUrl(catalog: Catalog, href: string): 'matched' | 'unmatched' | 'not-a-url' {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return 'not-a-url';
  }
  const project = matchUrl(catalog, url);
  if (project === null) return 'unmatched';
  expect(catalog.projects, 'matchUrl returned a project that is not in the catalog').toContain(project);
  expect(listedBy(project, url), `${url.href} matched '${project.id}', which does not list it`).toBe(true);
  return 'matched';
}

describe('matchUrl on random URLs (property, fast-check)', () => {
  it(`never throws and never matches an unlisted URL, on the bundled catalog (${RUNS} URLs)`, () => {
    const counts = { matched: 0, unmatched: 0, 'not-a-url': 0 };
    fc.assert(
      fc.property(urlArbitrary(bundledCatalog), (href) => {
        counts[checkUrl(bundledCatalog, href)]++;
      }),
      { numRuns: RUNS },
    );
    // Both sides must be exercised, or the property above proves nothing.
    expect(counts.matched).toBeGreaterThan(RUNS / 10);
    expect(counts.unmatched).toBeGreaterThan(RUNS / 10);
  });

  it('finds every listed repository and docs site whatever the case and sub-path', () => {
    // One arbitrary per listed repository and docs site, built once (chain() per run is slow).
    const listed = fc.oneof(
      ...bundledCatalog.projects.flatMap((project) => [
        ...[project.repo, ...(project.repoAliases ?? [])]
          .filter((slug): slug is string => !!slug)
          .map((slug) =>
            fc
              .tuple(recase(`github.com/${slug}`), fc.constantFrom(...pageTail))
              .map(([path, rest]) => ({ id: project.id, href: `https://${path}${rest}` })),
          ),
        ...(project.docs ?? []).map((site) =>
          fc
            .tuple(recase(`${site.host}${site.pathPrefix}`), fc.option(fc.stringMatching(/^[a-z0-9/-]{0,20}$/)))
            .map(([path, rest]) => ({ id: project.id, href: `https://${path}${rest ?? ''}` })),
        ),
      ]),
    );
    fc.assert(
      fc.property(listed, ({ id, href }) => {
        const found = matchUrl(bundledCatalog, new URL(href));
        expect(found, `${href} should match '${id}'`).not.toBeNull();
        // A longer docs prefix of another project may win (one host, two projects): it must list the URL.
        if (found && found.id !== id) expect(listedBy(found, new URL(href))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  // Random catalogs with colliding names ("a/b" beside "a/bc", "/x/" beside "/x/y/") probe the
  // index itself, not just today's data.
  const randomCatalog: fc.Arbitrary<Catalog> = fc
    .record({
      repos: fc.uniqueArray(
        fc
          .tuple(fc.constantFrom('a', 'ab', 'a-b', 'A.b'), fc.constantFrom('b', 'bc', 'b.git', 'b-c', 'B'))
          .map(([o, r]) => `${o}/${r}`),
        { maxLength: 8, selector: (slug) => slug.toLowerCase() },
      ),
      docs: fc.uniqueArray(
        fc.record({
          host: fc.constantFrom('docs.example', 'example.org', 'sub.example.org'),
          pathPrefix: fc.constantFrom('/', '/x/', '/x/y/', '/xy/', '/X/'),
        }),
        { maxLength: 6, selector: (site) => `${site.host}${site.pathPrefix.toLowerCase()}` },
      ),
    })
    .map(({ repos, docs }) => {
      const size = Math.max(repos.length, docs.length);
      const projects = Array.from({ length: size }, (_, i): Project => {
        const repo = repos[i];
        const site = docs[i];
        return testProject(`p${i}`, {
          name: `P${i}`,
          categories: ['c'],
          url: 'https://example.org/',
          ...(repo ? { repo } : {}),
          ...(site ? { docs: [site] } : {}),
        });
      });
      return { version: 1, hash: 'random', categories: [], projects };
    });

  it(`never matches an unlisted URL on random catalogs (${RUNS} catalog and URL pairs)`, () => {
    const counts = { matched: 0, unmatched: 0, 'not-a-url': 0 };
    fc.assert(
      fc.property(
        randomCatalog.chain((catalog) => fc.tuple(fc.constant(catalog), urlArbitrary(catalog))),
        ([catalog, href]) => {
          counts[checkUrl(catalog, href)]++;
        },
      ),
      { numRuns: RUNS },
    );
    expect(counts.matched).toBeGreaterThan(RUNS / 10);
    expect(counts.unmatched).toBeGreaterThan(RUNS / 10);
  });
});
