// The link an export shows for a project: homepage, else its GitHub
// repository, else the seed link; only ever http(s).
import { isHttpUrl } from '../http-url';
import type { Project } from '../types';

export function projectLink(project: Project): string | undefined {
  const candidates = [project.homepage, project.repo ? `https://github.com/${project.repo}` : undefined, project.url];
  return candidates.find((url): url is string => !!url && isHttpUrl(url));
}
