// A link typed or pasted into a search box (popup, new tab): the project whose page it is,
// found as the annotation finds it (match-url.ts: GitHub repositories and their sub-pages,
// documentation sites), not by searching the link's words ("https", "github", "com"), which
// match much of the catalog by description and say nothing about the page.

import { safeHref } from './http-url';
import { matchUrl } from './match-url';
import type { Catalog, Project } from './types';

// A host with a dot and, after it, nothing or a path: "github.com/etcd-io/etcd", "nginx.org/en/docs".
const BARE_LINK = /^[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** The query as a link's URL when it is one (with or without its http(s)://), else undefined. */
export function queryLink(query: string): URL | undefined {
  const text = query.trim();
  if (text === '' || /\s/.test(text)) return undefined;
  const href = safeHref(text) ?? (BARE_LINK.test(text) && text.includes('/') ? safeHref(`https://${text}`) : undefined);
  return href ? new URL(href) : undefined;
}

/**
 * For a link: the project of that page, or null when no listed project has it. Undefined: not a
 * link. A project's own addresses count first: a homepage no rule of match-url.ts covers (a
 * project without a docs site, "www.inlab.de/balance.html") is still that project's page.
 */
export function projectOfLink(catalog: Catalog, query: string): Project | null | undefined {
  const url = queryLink(query);
  if (!url) return undefined;
  const page = pageKey(url);
  return catalog.projects.find((project) => ownAddresses(project).includes(page)) ?? matchUrl(catalog, url);
}

// Host, path and query, without the scheme or a last "/": a pasted "www.inlab.de/balance.html"
// gets https:// added, while the catalog may say http://.
function pageKey(url: URL): string {
  return `${url.host}${url.pathname.replace(/\/$/, '')}${url.search}`;
}

function ownAddresses(project: Project): string[] {
  const addresses = [project.homepage, project.repo && `https://github.com/${project.repo}`, project.url];
  return addresses.flatMap((address) => {
    const href = safeHref(address || undefined);
    return href ? [pageKey(new URL(href))] : [];
  });
}
