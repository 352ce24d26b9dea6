// Seed + curation -> the catalog the extension bundles (issue #3). Pure: the
// caller reads the files (build-files.ts), so tests can feed broken inputs.
import { buildCategories } from './build-categories';
import { checkClaims, checkExamples } from './build-claims';
import { contentHash } from './build-content-hash';
import { CatalogBuildError } from './build-error';
import { buildProject, type CurationContext } from './build-project';
import { mergeSeedEntries, seedKey } from './build-seed-projects';
import { type CurationProject, checkCurationShape } from './curation-schema';
import { isHttpUrl } from './http-url';
import { buildMatchIndex, type MatchIndex } from './match-url';
import { type DroppedItem, parseAwesomeList } from './parse-awesome-list';
import type { Catalog, Project } from './types';

/** Schema version of catalog.json; bump when the shape in types.ts changes. */
export const CATALOG_VERSION = 1;

export interface BuildInput {
  seed: string; // the awesome-list markdown
  curation: unknown; // parsed curation.json, checked here
  reservedNames: readonly string[]; // github-reserved-names
}

export interface BuildOutput {
  catalog: Catalog;
  matchIndex: MatchIndex;
  docsMatches: string[]; // content-script match patterns for the docs sites
  dropped: DroppedItem[]; // seed links the parser refused (reported, never kept)
}

/** Throws CatalogBuildError listing every problem; never returns a half-checked catalog. */
export function buildCatalog(input: BuildInput): BuildOutput {
  const { curation, problems: shapeProblems } = checkCurationShape(input.curation);
  if (!curation) throw new CatalogBuildError(shapeProblems);
  const problems: string[] = [];
  const parsed = parseAwesomeList(input.seed);
  const seedProjects = mergeSeedEntries(parsed.entries);
  const { categories, idByHeading } = buildCategories(parsed.categories, curation.categories, problems);

  const curationByKey = new Map<string, CurationProject>();
  const projectIds = new Set<string>();
  for (const entry of curation.projects) {
    if (projectIds.has(entry.id)) problems.push(`project id '${entry.id}' is curated twice: ids must be unique`);
    projectIds.add(entry.id);
    if (!isHttpUrl(entry.seed)) {
      problems.push(`project '${entry.id}': seed '${entry.seed}' is not an http(s) URL`);
      continue;
    }
    const key = seedKey(entry.seed);
    const other = curationByKey.get(key);
    if (other) problems.push(`seed link '${entry.seed}' is curated twice, by '${other.id}' and '${entry.id}'`);
    else curationByKey.set(key, entry);
  }
  const seedKeys = new Set(seedProjects.map((seed) => seed.key));
  for (const [key, entry] of curationByKey) {
    if (!seedKeys.has(key)) {
      problems.push(
        `project '${entry.id}' names seed link '${entry.seed}', which no item of the seed list links to: fix "seed" or remove the entry`,
      );
    }
  }

  const idBySeedKey = new Map<string, string>();
  for (const seed of seedProjects) {
    const entry = curationByKey.get(seed.key);
    if (entry) idBySeedKey.set(seed.key, entry.id);
    else {
      problems.push(
        `seed project '${seed.names[0]}' (${seed.url}, line ${seed.lines.join(', ')}) has no curation: add a project with "seed": ${JSON.stringify(seed.url)} to catalog/data/curation.json`,
      );
    }
  }

  const context: CurationContext = {
    categoryIds: new Set(curation.categories.map((category) => category.id)),
    idByHeading,
    idBySeedKey,
    projectIds,
    reservedOwners: new Set(input.reservedNames.map((name) => name.toLowerCase())),
  };
  const projects: Project[] = seedProjects.flatMap((seed) => {
    const entry = curationByKey.get(seed.key);
    return entry ? [buildProject(seed, entry, context, problems)] : [];
  });

  checkClaims(projects, problems);
  const appHosts = curation.singlePageAppHosts ?? [];
  checkSinglePageAppHosts(projects, appHosts, problems);
  const body = { categories, projects };
  const matchIndex = buildMatchIndex({ version: CATALOG_VERSION, hash: '', ...body });
  checkExamples(projects, matchIndex, problems);
  if (problems.length > 0) throw new CatalogBuildError(problems);

  const catalog: Catalog = { version: CATALOG_VERSION, hash: contentHash(JSON.stringify(body)), ...body };
  return { catalog, matchIndex, docsMatches: docsMatchPatterns(projects, appHosts), dropped: parsed.dropped };
}

/**
 * "https://etcd.io/*", "https://developers.google.com/protocol-buffers*": where the docs content
 * script runs. A path prefix ends without its "/", so the prefix's own page runs it too with or
 * without a query ("particular.net/nservicebus?utm_source=x", NServiceBus's homepage): a pattern
 * path is matched against the path and query (MDN, Match patterns), and Firefox does not take
 * "/nservicebus/*" to cover "/nservicebus". Detection then keeps only the listed prefix. On a
 * single-page app's host, the whole host: a content script is injected only by a page load,
 * and developer.hashicorp.com reaches /consul/ from /vault/ without one.
 */
export function docsMatchPatterns(projects: readonly Project[], singlePageAppHosts: readonly string[] = []): string[] {
  const wholeHosts = new Set(singlePageAppHosts);
  const patterns = projects.flatMap((project) =>
    (project.docs ?? []).map((site) => {
      const path = wholeHosts.has(site.host) || site.pathPrefix === '/' ? '/' : site.pathPrefix.slice(0, -1);
      return `https://${site.host}${path}*`;
    }),
  );
  return [...new Set(patterns)].sort();
}

/** A single-page app's host must be a path-scoped docs site's: anything else would widen nothing or everything. */
function checkSinglePageAppHosts(projects: readonly Project[], hosts: readonly string[], problems: string[]): void {
  const scoped = new Set(
    projects.flatMap((project) => (project.docs ?? []).filter((site) => site.pathPrefix !== '/').map((s) => s.host)),
  );
  for (const host of hosts) {
    if (!scoped.has(host)) {
      problems.push(
        `singlePageAppHosts: '${host}' is no project's path-scoped docs host: list only hosts whose docs URLs have a path`,
      );
    }
  }
}
