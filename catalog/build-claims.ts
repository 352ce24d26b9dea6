import { type MatchIndex, matchIndexed } from './match-url';
import type { Project } from './types';

/** Two projects may never claim one repository (or alias) or one docs host + prefix. */
export function checkClaims(projects: readonly Project[], problems: string[]): void {
  const repos = new Map<string, string>();
  const docs = new Map<string, string>();
  const claim = (owners: Map<string, string>, key: string, id: string, what: string) => {
    const owner = owners.get(key);
    if (owner !== undefined && owner !== id) {
      problems.push(`${what} '${key}' is claimed by both '${owner}' and '${id}': keep it on one of them`);
    } else if (owner === id) {
      problems.push(`${what} '${key}' is listed twice for '${id}': drop the duplicate`);
    }
    owners.set(key, id);
  };
  for (const project of projects) {
    for (const slug of [project.repo, ...(project.repoAliases ?? [])]) {
      if (slug) claim(repos, slug.toLowerCase(), project.id, 'repository');
    }
    for (const site of project.docs ?? [])
      claim(docs, `${site.host}${site.pathPrefix}`, project.id, 'documentation prefix');
  }
}

/** Every example URL must match its own project and no other (github-url-detection style). */
export function checkExamples(projects: readonly Project[], index: MatchIndex, problems: string[]): void {
  for (const project of projects) {
    if (project.examples.length === 0 && (project.repo || project.docs?.length)) {
      problems.push(
        `project '${project.id}' has a repository or docs site but no examples: add 2-4 URLs that must match it`,
      );
    }
    for (const example of project.examples) {
      let url: URL;
      try {
        url = new URL(example);
      } catch {
        continue; // reported as a non-http(s) URL already
      }
      const found = matchIndexed(index, url);
      if (found === project.id) continue;
      problems.push(
        found === null
          ? `example '${example}' of '${project.id}' matches no project: fix the example or add its repository or docs site to '${project.id}'`
          : `example '${example}' of '${project.id}' matches '${found}' instead: fix the example, or move the repository or docs prefix it hits`,
      );
    }
  }
}
