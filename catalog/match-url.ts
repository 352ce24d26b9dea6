// URL -> project (issue #3). The GitHub content script bundles this file with
// data/match-index.json, so it stays tiny and imports nothing at runtime: no
// catalog, no github-reserved-names. Reserved paths (/search, /settings, ...)
// can never match because the build rejects reserved owners as repo keys.
import type { Catalog, Project } from './types';

/** Compact, plain-JSON lookup tables: constant time in the size of the catalog. */
export interface MatchIndex {
  repos: Record<string, string>; // lower-case "owner/name" (aliases too) -> project id
  docs: Record<string, DocsPrefix[]>; // host -> path prefixes, longest first
}

export interface DocsPrefix {
  prefix: string; // lower case, starts and ends with "/"
  id: string;
}

const GITHUB_HOSTS = ['github.com', 'www.github.com'];

export function buildMatchIndex(catalog: Catalog): MatchIndex {
  const repos: Record<string, string> = {};
  const docs: Record<string, DocsPrefix[]> = {};
  for (const project of catalog.projects) {
    for (const slug of [project.repo, ...(project.repoAliases ?? [])]) {
      if (slug) repos[slug.toLowerCase()] = project.id;
    }
    for (const site of project.docs ?? []) {
      const host = site.host.toLowerCase();
      if (!Object.hasOwn(docs, host)) docs[host] = [];
      docs[host].push({ prefix: site.pathPrefix.toLowerCase(), id: project.id });
    }
  }
  for (const prefixes of Object.values(docs)) {
    prefixes.sort((a, b) => b.prefix.length - a.prefix.length || (a.prefix < b.prefix ? -1 : 1));
  }
  return { repos: sortKeys(repos), docs: sortKeys(docs) };
}

/** The id of the project `url` belongs to, or null. */
export function matchIndexed(index: MatchIndex, url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.replace(/\.$/, ''); // URL lower-cases the host; "github.com." is github.com
  const path = url.pathname.toLowerCase();
  if (GITHUB_HOSTS.includes(host)) {
    // github.com/OWNER/REPO[/anything]: the first two segments, exactly, never a string prefix.
    const [, owner, repo] = path.split('/', 3);
    if (!owner || !repo) return null;
    const key = `${owner}/${repo.replace(/\.git$/, '')}`;
    return Object.hasOwn(index.repos, key) ? index.repos[key] : null;
  }
  if (!Object.hasOwn(index.docs, host)) return null;
  // "/protocol-buffers" is the "/protocol-buffers/" site; "/protocol-buffersx" is not.
  const dir = path.endsWith('/') ? path : `${path}/`;
  for (const { prefix, id } of index.docs[host]) if (dir.startsWith(prefix)) return id;
  return null;
}

const cache = new WeakMap<Catalog, { index: MatchIndex; byId: Map<string, Project> }>();

/** The project `url` belongs to, or null; the index is built once per catalog object. */
export function matchUrl(catalog: Catalog, url: URL): Project | null {
  let entry = cache.get(catalog);
  if (!entry) {
    entry = { index: buildMatchIndex(catalog), byId: new Map(catalog.projects.map((p) => [p.id, p])) };
    cache.set(catalog, entry);
  }
  const id = matchIndexed(entry.index, url);
  return id === null ? null : (entry.byId.get(id) ?? null);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
