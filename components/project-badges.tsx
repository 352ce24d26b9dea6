import type { Category, Project } from '@/catalog/types';
import type { MessageKey } from './i18n';
import { useLocale } from './locale-context';

/** The category names of a project in the UI language, primary first. */
export function CategoryBadges({ project, categories }: { project: Project; categories: readonly Category[] }) {
  const { lang } = useLocale();
  const byId = new Map(categories.map((c) => [c.id, c]));
  return (
    <>
      {project.categories.map((id) => {
        const category = byId.get(id);
        if (!category) return null;
        return (
          <span key={id} class="badge">
            {lang === 'zh' ? category.nameZh : category.name}
          </span>
        );
      })}
    </>
  );
}

const statusKeys: Record<Exclude<Project['status'], 'active'>, MessageKey> = {
  maintenance: 'statusMaintenance',
  archived: 'statusArchived',
  'dead-link': 'statusDeadLink',
};

/** Shown only when the project is not active. */
export function StatusBadge({ project }: { project: Project }) {
  const { t } = useLocale();
  if (project.status === 'active') return null;
  return <span class="badge badge--status">{t(statusKeys[project.status])}</span>;
}

/** The one-line summary in the UI language, falling back to English. */
export function useSummary(project: Project): string {
  const { lang } = useLocale();
  return (lang === 'zh' ? project.summary.zh : undefined) ?? project.summary.en;
}
