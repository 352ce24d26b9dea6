// Favourites as a Markdown awesome list grouped by category, ready to paste
// into a README. Names, notes and tags are escaped so they render as text
// (no accidental links, emphasis or HTML); links are http(s) only.
import type { FavouriteRecord } from '../store/schema';
import type { Catalog, Project } from '../types';
import { projectLink } from './project-link';

/** Escapes CommonMark's ASCII punctuation that can start inline syntax or HTML, and folds newlines. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_{}[\]()<>#+\-.!|~&]/g, (c) => `\\${c}`);
}

/** A URL inside `(...)`: parentheses and spaces would end or break the destination. */
function escapeDestination(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function item(fav: FavouriteRecord, project: Project | undefined): string {
  const name = escapeMarkdown(project?.name ?? fav.name);
  const url = project ? projectLink(project) : undefined;
  const parts = [url ? `[${name}](${escapeDestination(url)})` : name];
  const summary = project?.summary.en;
  if (summary) parts.push(`- ${escapeMarkdown(summary)}`);
  if (fav.note) parts.push(`_${escapeMarkdown(fav.note)}_`);
  if (fav.tags.length > 0) parts.push(`(${fav.tags.map(escapeMarkdown).join(', ')})`);
  if (!project) parts.push('(no longer in the catalog)');
  return `- ${parts.join(' ')}`;
}

export function exportMarkdown(favourites: readonly FavouriteRecord[], catalog: Catalog | null, now: number): string {
  const projects = new Map(catalog?.projects.map((p) => [p.id, p]) ?? []);
  const sections = new Map<string, string[]>();
  const other: string[] = [];
  const sorted = [...favourites].sort((a, b) =>
    (projects.get(a.id)?.name ?? a.name).localeCompare(projects.get(b.id)?.name ?? b.name, 'en'),
  );
  for (const fav of sorted) {
    const project = projects.get(fav.id);
    const category = project?.categories[0];
    const line = item(fav, project);
    if (category && catalog?.categories.some((c) => c.id === category)) {
      sections.set(category, [...(sections.get(category) ?? []), line]);
    } else {
      other.push(line);
    }
  }
  const out = [
    '# My distributed-architecture favourites',
    '',
    `Exported from Archscout on ${new Date(now).toISOString().slice(0, 10)}.`,
    '',
  ];
  for (const category of catalog?.categories ?? []) {
    const lines = sections.get(category.id);
    if (lines) out.push(`## ${escapeMarkdown(category.name)}`, '', ...lines, '');
  }
  if (other.length > 0) out.push('## Other', '', ...other, '');
  return out.join('\n');
}
