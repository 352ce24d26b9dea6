// The links a project's details show (issue #5: homepage, repository, documentation), each
// http(s) only and shown once even when the catalog gives the same site twice.

import { safeHref } from '@/catalog/http-url';
import type { Project } from '@/catalog/types';

export type ProjectLinkKind = 'homepage' | 'repository' | 'documentation';

export interface ProjectLink {
  kind: ProjectLinkKind;
  href: string;
}

/** Same site regardless of a trailing slash or "www.", so a docs prefix "/" equal to the homepage is not repeated. */
function sameTarget(a: string, b: string): boolean {
  const key = (href: string) => {
    const url = new URL(href);
    return `${url.host.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  };
  return key(a) === key(b);
}

export function projectLinks(project: Project): ProjectLink[] {
  const candidates: { kind: ProjectLinkKind; raw: string | undefined }[] = [
    { kind: 'homepage', raw: project.homepage ?? (project.repo ? undefined : project.url) },
    { kind: 'repository', raw: project.repo ? `https://github.com/${project.repo}` : undefined },
    ...(project.docs ?? []).map((site) => ({
      kind: 'documentation' as const,
      raw: `https://${site.host}${site.pathPrefix}`,
    })),
  ];
  const links: ProjectLink[] = [];
  for (const { kind, raw } of candidates) {
    const href = safeHref(raw);
    if (!href || links.some((link) => sameTarget(link.href, href))) continue;
    // One documentation link is enough in a compact list; the first docs site is the main one.
    if (kind === 'documentation' && links.some((link) => link.kind === 'documentation')) continue;
    links.push({ kind, href });
  }
  return links;
}
