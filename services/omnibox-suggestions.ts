// What the `arch` omnibox keyword suggests and opens (issue #5). Pure: the same search as the
// popup (catalog/search.ts), so "arch rabitmq" finds RabbitMQ as the popup does.

import { safeHref } from '@/catalog/http-url';
import { type SearchIndex, search } from '@/catalog/search';
import { projectOfLink, queryLink } from '@/catalog/search-link';
import type { OpenTarget } from '@/catalog/settings';
import type { Catalog, Lang, Project } from '@/catalog/types';
import { projectUrl } from '@/components/project-url';

export interface OmniboxSuggestion {
  content: string; // what onInputEntered receives when the user picks this line: the URL to open
  description: string;
}

export interface OmniboxOptions {
  lang: Lang;
  openTarget: OpenTarget;
  /** Chrome renders <match>/<dim>/<url> XML in descriptions and needs the rest escaped; Firefox shows text as is. */
  markup: boolean;
  limit?: number;
}

/** Chrome parses descriptions as XML: an unescaped "&" or "<" in a summary would drop the line. */
export function escapeOmniboxXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

function describeProject(catalog: Catalog, project: Project, { lang, markup }: OmniboxOptions): string {
  const category = catalog.categories.find((c) => c.id === project.categories[0]);
  const categoryName = category ? (lang === 'zh' ? category.nameZh : category.name) : '';
  const summary = (lang === 'zh' ? project.summary.zh : undefined) ?? project.summary.en;
  const rest = [categoryName, summary].filter(Boolean).join(' · ');
  if (!markup) return rest ? `${project.name} — ${rest}` : project.name;
  const name = `<match>${escapeOmniboxXml(project.name)}</match>`;
  return rest ? `${name} <dim>— ${escapeOmniboxXml(rest)}</dim>` : name;
}

/** One line per matching project, best first; each line's content is the URL it opens (distinct, as Chrome requires). */
export function omniboxSuggestions(
  catalog: Catalog,
  index: SearchIndex,
  text: string,
  options: OmniboxOptions,
): OmniboxSuggestion[] {
  // A link is read as the popup reads one (catalog/search-link.ts): its words ("https", "github",
  // "apache") are never searched, they would suggest projects that Enter then would not open.
  const linked = projectOfLink(catalog, text);
  const projects =
    linked === undefined
      ? search(index, text, { lang: options.lang, limit: options.limit ?? 6 }).map((hit) => hit.project)
      : [linked].filter((project) => project !== null);
  const seen = new Set<string>();
  const suggestions: OmniboxSuggestion[] = [];
  for (const project of projects) {
    const url = safeHref(projectUrl(project, options.openTarget));
    if (!url || seen.has(url)) continue;
    seen.add(url);
    suggestions.push({ content: url, description: describeProject(catalog, project, options) });
  }
  return suggestions;
}

/** Whether `href` is the project's own homepage or repository URL (a picked suggestion's content). */
function isOwnUrl(project: Project, href: string): boolean {
  return (['homepage', 'repository'] as const).some((target) => safeHref(projectUrl(project, target)) === href);
}

/**
 * The URL to open for what the user entered. A picked suggestion's content is a listed
 * project's URL and opens as it is. Any other link is never opened as typed: if it is a listed
 * project's page (a GitHub repository, a docs site) that project opens, else nothing. Text
 * opens the best hit.
 */
export function omniboxTarget(
  catalog: Catalog,
  index: SearchIndex,
  text: string,
  { lang, openTarget }: Pick<OmniboxOptions, 'lang' | 'openTarget'>,
): string | undefined {
  const linked = projectOfLink(catalog, text);
  if (linked === null) return undefined;
  const project = linked ?? search(index, text, { lang, limit: 1 })[0]?.project;
  if (!project) return undefined;
  const typed = linked && queryLink(text)?.href;
  return typed && isOwnUrl(project, typed) ? typed : safeHref(projectUrl(project, openTarget));
}
