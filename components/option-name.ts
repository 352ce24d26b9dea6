import type { Category, Lang, Project } from '@/catalog/types';

/**
 * A result's accessible name: the project name first (DESIGN.md contract: names start with it,
 * so "R" then "RabbitMQ" reads well in a screen reader), then its categories in the UI
 * language, the summary and, when not active, its status.
 */
export function optionAccessibleName(
  project: Project,
  categories: readonly Category[],
  lang: Lang,
  summary: string,
  statusLabel?: string,
): string {
  const byId = new Map(categories.map((category) => [category.id, category]));
  const categoryNames = project.categories
    .map((id) => byId.get(id))
    .filter((category): category is Category => category !== undefined)
    .map((category) => (lang === 'zh' ? category.nameZh : category.name));
  return [project.name, ...categoryNames, summary, statusLabel].filter(Boolean).join(', ');
}
