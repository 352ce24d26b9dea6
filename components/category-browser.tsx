import { useMemo } from 'preact/hooks';
import type { OpenTarget } from '@/catalog/settings';
import type { Catalog, Project } from '@/catalog/types';
import { useLocale } from './locale-context';
import { StatusBadge, useSummary } from './project-badges';
import { ProjectNameLink } from './project-name-link';
import { useSettings } from './use-settings';

/** Every category with its count, and its projects behind a disclosure (native <details>: keyboard and screen readers for free). */
export function CategoryBrowser({ catalog }: { catalog: Catalog }) {
  const { t, lang } = useLocale();
  const { openTarget } = useSettings();
  const byCategory = useMemo(() => {
    const map = new Map<string, Project[]>(catalog.categories.map((c) => [c.id, []]));
    for (const project of catalog.projects) for (const id of project.categories) map.get(id)?.push(project);
    return map;
  }, [catalog]);
  return (
    <ul class="categories">
      {catalog.categories.map((category) => {
        const projects = byCategory.get(category.id) ?? [];
        return (
          <li key={category.id}>
            <details class="category">
              <summary class="category__summary">
                <span class="category__name">{lang === 'zh' ? category.nameZh : category.name}</span>
                <span class="category__count">
                  {projects.length === 1 ? t('newtabCategoryCountOne') : t('newtabCategoryCount', projects.length)}
                </span>
              </summary>
              <ul class="category__projects">
                {projects.map((project) => (
                  <CategoryProject key={project.id} project={project} openTarget={openTarget} />
                ))}
              </ul>
            </details>
          </li>
        );
      })}
    </ul>
  );
}

function CategoryProject({ project, openTarget }: { project: Project; openTarget: OpenTarget }) {
  const summary = useSummary(project);
  return (
    <li class="category__project">
      {/* Name and status side by side; the name clamps on its own box so its focus ring is never clipped (issue #9). */}
      <span class="category__project-head">
        <ProjectNameLink project={project} openTarget={openTarget} class="category__project-name" />
        <span class="category__project-status">
          <StatusBadge project={project} />
        </span>
      </span>
      <span class="category__project-summary">{summary}</span>
    </li>
  );
}
