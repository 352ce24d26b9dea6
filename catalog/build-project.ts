import { dedupe } from './build-categories';
import type { SeedProject } from './build-seed-projects';
import type { CurationProject } from './curation-schema';
import { parseRepoSlug } from './github-repo';
import { isHttpUrl } from './http-url';
import type { DocsSite, Project } from './types';

/** What a project's curation may refer to. */
export interface CurationContext {
  categoryIds: ReadonlySet<string>;
  idByHeading: ReadonlyMap<string, string>;
  idBySeedKey: ReadonlyMap<string, string>;
  projectIds: ReadonlySet<string>;
  reservedOwners: ReadonlySet<string>; // lower case
}

/** One seed project + its curation -> a catalog project; every problem goes to `problems`. */
export function buildProject(
  seed: SeedProject,
  curation: CurationProject,
  context: CurationContext,
  problems: string[],
): Project {
  const { id } = curation;
  const problem = (text: string) => problems.push(`project '${id}': ${text}`);

  const categories = curation.categories ?? seed.headings.flatMap((heading) => context.idByHeading.get(heading) ?? []);
  for (const category of curation.categories ?? []) {
    if (!context.categoryIds.has(category)) {
      problem(`names unknown category id '${category}' (known: ${[...context.categoryIds].join(', ')})`);
    }
  }

  const seedParent = seed.parentKey ? context.idBySeedKey.get(seed.parentKey) : undefined;
  const parent = curation.parent ?? seedParent;
  if (curation.parent !== undefined && !context.projectIds.has(curation.parent)) {
    problem(`names unknown parent id '${curation.parent}'`);
  }
  if (parent === id) problem('is its own parent');

  const urls: [string, string][] = [
    ...(curation.homepage ? [['homepage', curation.homepage] as [string, string]] : []),
    ...(curation.docs ?? []).map((url, i): [string, string] => [`docs[${i}]`, url]),
    ...curation.examples.map((url, i): [string, string] => [`examples[${i}]`, url]),
  ];
  for (const [field, url] of urls) {
    if (!isHttpUrl(url)) problem(`${field} '${url}' is not an http(s) URL`);
  }

  for (const [field, slug] of repoSlugs(curation)) {
    const parsed = parseRepoSlug(slug);
    if (!parsed) problem(`${field} '${slug}' is not a GitHub "owner/name"`);
    else if (context.reservedOwners.has(parsed.owner.toLowerCase())) {
      problem(
        `${field} '${slug}': '${parsed.owner}' is a GitHub reserved name (github-reserved-names), so github.com/${parsed.owner}/... is never a repository page`,
      );
    }
  }
  for (const alias of curation.repoAliases ?? []) {
    if (curation.repo && alias.toLowerCase() === curation.repo.toLowerCase()) {
      problem(`repoAliases '${alias}' only differs from repo '${curation.repo}' in case; GitHub ignores case, drop it`);
    }
  }
  for (const former of curation.formerIds ?? []) {
    if (context.projectIds.has(former)) problem(`formerIds '${former}' is the id of a current project`);
  }

  const docs = (curation.docs ?? []).flatMap((url) => docsSite(url, problem));
  const project: Project = {
    id,
    name: curation.name ?? seed.names[0],
    categories,
    ...(parent ? { parent } : {}),
    url: seed.url,
    ...(curation.homepage ? { homepage: curation.homepage } : {}),
    ...(curation.repo ? { repo: curation.repo } : {}),
    ...(curation.repoAliases?.length ? { repoAliases: curation.repoAliases } : {}),
    ...(curation.formerIds?.length ? { formerIds: curation.formerIds } : {}),
    ...(docs.length ? { docs } : {}),
    description: seed.description,
    descriptionLang: seed.descriptionLang,
    summary: curation.summary.zh ? { en: curation.summary.en, zh: curation.summary.zh } : { en: curation.summary.en },
    keywords: dedupe(curation.keywords),
    ...(curation.language ? { language: curation.language } : {}),
    status: curation.status,
    examples: curation.examples,
  };
  return project;
}

function repoSlugs(curation: CurationProject): [string, string][] {
  return [
    ...(curation.repo ? [['repo', curation.repo] as [string, string]] : []),
    ...(curation.repoAliases ?? []).map((slug, i): [string, string] => [`repoAliases[${i}]`, slug]),
  ];
}

/** "https://developers.google.com/protocol-buffers" -> { host, pathPrefix: "/protocol-buffers/" }. */
function docsSite(url: string, problem: (text: string) => void): DocsSite[] {
  if (!isHttpUrl(url)) return [];
  const parsed = new URL(url);
  if (parsed.port || parsed.search || parsed.hash || parsed.username) {
    problem(`docs '${url}' must be a plain host + path (no port, query, fragment or credentials)`);
    return [];
  }
  const path = parsed.pathname.toLowerCase();
  return [{ host: parsed.hostname, pathPrefix: path.endsWith('/') ? path : `${path}/` }];
}
