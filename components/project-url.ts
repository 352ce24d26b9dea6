import type { OpenTarget } from '@/catalog/settings';
import type { Project } from '@/catalog/types';

/**
 * Where opening a project goes, per the "what opening a project opens" setting (issue #10):
 * its homepage or its GitHub repository, each falling back to the other and then to the seed link.
 * Callers still pass the result through safeHref/ExternalLink.
 */
export function projectUrl(project: Project, target: OpenTarget): string {
  const repository = project.repo ? `https://github.com/${project.repo}` : undefined;
  const homepage = project.homepage;
  return (target === 'repository' ? (repository ?? homepage) : (homepage ?? repository)) ?? project.url;
}
