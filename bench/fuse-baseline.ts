// The baseline the issue asks for: a plain `new Fuse(projects, { keys })` with Fuse's defaults,
// over the same data and fields Archscout's index reads (catalog/search-index.ts): name,
// keywords, repository names, category names (English, Chinese, seed heading), summaries,
// description. Categories are ids on a project, so their names are copied onto each record.

import Fuse from 'fuse.js';
import type { Catalog, Project } from '../catalog/types';

export interface FuseRecord {
  project: Project;
  name: string;
  keywords: string[];
  repos: string[];
  categories: string[];
  summary: { en: string; zh?: string };
  description: string;
}

export const FUSE_KEYS = ['name', 'keywords', 'repos', 'categories', 'summary.en', 'summary.zh', 'description'];

export function fuseRecords(catalog: Catalog): FuseRecord[] {
  const names = new Map(catalog.categories.map((c) => [c.id, [c.name, c.nameZh, c.heading]]));
  return catalog.projects.map((project) => ({
    project,
    name: project.name,
    keywords: project.keywords,
    repos: [project.repo, ...(project.repoAliases ?? [])].filter((r): r is string => !!r),
    categories: project.categories.flatMap((id) => names.get(id) ?? []),
    summary: project.summary,
    description: project.description,
  }));
}

export function createFuseBaseline(catalog: Catalog): Fuse<FuseRecord> {
  return new Fuse(fuseRecords(catalog), { keys: FUSE_KEYS });
}

/** The ids of the best `limit` records, best first. */
export function fuseSearch(fuse: Fuse<FuseRecord>, query: string, limit: number): string[] {
  return fuse.search(query, { limit }).map((result) => result.item.project.id);
}
