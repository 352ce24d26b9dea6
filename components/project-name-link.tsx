import type { OpenTarget } from '@/catalog/settings';
import type { Project } from '@/catalog/types';
import { ExternalLink } from './external-link';
import { projectUrl } from './project-url';

/**
 * A project's name as a link to it (homepage or repository, per the setting), clamped to a few
 * lines by `.name-clamp` (theme.css) with the whole name in its tooltip: a hostile catalog's
 * 10 KB name cannot push the rest of a card or list out of sight (issue #9).
 */
export function ProjectNameLink({
  project,
  openTarget,
  class: className,
}: {
  project: Project;
  openTarget: OpenTarget;
  class?: string;
}) {
  return (
    <ExternalLink
      href={projectUrl(project, openTarget)}
      class={className ? `${className} name-clamp` : 'name-clamp'}
      title={project.name}
    >
      {project.name}
    </ExternalLink>
  );
}
