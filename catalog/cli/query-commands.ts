// match and search: the same modules the extension uses, on the bundled catalog.
import { alternativesOf } from '../alternatives';
import { bundledCatalog } from '../bundled';
import { matchUrl } from '../match-url';
import { createSearchIndex, search as searchCatalog } from '../search';
import type { Catalog, Project } from '../types';
import { parseSearchArgs, single } from './args';
import type { Command } from './result';
import { UsageError } from './usage-error';

const categoryNames = (catalog: Catalog, project: Project): string[] =>
  project.categories.map((id) => catalog.categories.find((category) => category.id === id)?.name ?? id);

export const match: Command = (args) => {
  const raw = single('match', 'url', args);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`not a URL: '${raw}' (give an absolute URL such as https://github.com/etcd-io/etcd)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`not an http(s) URL: '${raw}'`);
  }
  const project = matchUrl(bundledCatalog, url);
  if (!project) return { output: null };
  return {
    output: {
      id: project.id,
      name: project.name,
      categories: categoryNames(bundledCatalog, project),
      alternatives: alternativesOf(bundledCatalog, project.id).map((other) => other.name),
    },
  };
};

export const search: Command = (args) => {
  const { query, limit } = parseSearchArgs(args);
  const hits = searchCatalog(createSearchIndex(bundledCatalog), query, limit === undefined ? {} : { limit });
  return {
    output: hits.map(({ project, score }) => ({
      id: project.id,
      name: project.name,
      categories: categoryNames(bundledCatalog, project),
      score,
    })),
  };
};
