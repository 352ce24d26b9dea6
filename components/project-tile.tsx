import type { ComponentChildren } from 'preact';
import type { Category, Project } from '@/catalog/types';
import { DescriptionToggle } from './description-toggle';
import { FavouriteButton } from './favourite-button';
import { CategoryBadges, StatusBadge, useSummary } from './project-badges';
import { ProjectNameLink } from './project-name-link';
import { useSettings } from './use-settings';

interface Props {
  project: Project;
  categories: readonly Category[];
  isFavourite: boolean;
  onFavourite: (id: string, on: boolean) => void;
  /** Extra lines under the summary: a reason, actions. */
  children?: ComponentChildren;
  class?: string;
  /** Show the seed description with the other language one click away, instead of the one-line summary. */
  full?: boolean;
}

/** One project as a card: its name (opening homepage or repository per the setting), categories, status, summary. */
export function ProjectTile({
  project,
  categories,
  isFavourite,
  onFavourite,
  children,
  class: className,
  full,
}: Props) {
  const { openTarget } = useSettings();
  const summary = useSummary(project);
  return (
    <article class={`tile${className ? ` ${className}` : ''}`} data-project-id={project.id}>
      <div class="tile__head">
        <h3 class="tile__name">
          <ProjectNameLink project={project} openTarget={openTarget} />
        </h3>
        <FavouriteButton name={project.name} pressed={isFavourite} onToggle={(on) => onFavourite(project.id, on)} />
      </div>
      <p class="tile__badges">
        <CategoryBadges project={project} categories={categories} />
        <StatusBadge project={project} />
      </p>
      {full ? <DescriptionToggle project={project} class="tile__summary" /> : <p class="tile__summary">{summary}</p>}
      {children}
    </article>
  );
}
