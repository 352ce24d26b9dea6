// The link an export shows for a project: homepage, else its GitHub
// repository, else the seed link; only ever http(s).
import type { Project } from '../types';

export function isHttpLink(raw: string): boolean {
  try {
    const { protocol } = new URL(raw);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export function projectLink(project: Project): string | undefined {
  const candidates = [project.homepage, project.repo ? `https://github.com/${project.repo}` : undefined, project.url];
  return candidates.find((url): url is string => !!url && isHttpLink(url));
}
