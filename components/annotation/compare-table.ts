// The compare view: the project side by side with its alternatives, one column each, one row
// per fact (category, language, status, homepage, repository). Scrolls sideways in the narrow
// sidebar; the row labels stay put.

import type { Project } from '@/catalog/types';
import type { MatchCard } from '@/services/protocol';
import { type Child, el } from './element';
import { externalAnchor } from './external-anchor';
import { categoryNames, homepageUrl, linkText, repositoryUrl } from './project-text';
import { type AnnotationStrings, fill } from './strings';

export function statusText(project: Project, s: AnnotationStrings): string {
  switch (project.status) {
    case 'maintenance':
      return s.statusMaintenance;
    case 'archived':
      return s.statusArchived;
    case 'dead-link':
      return s.statusDeadLink;
    default:
      return s.statusActive;
  }
}

/** Catalog text in a cell: a few lines at most (issue #9: a broken catalog can carry 10 KB), all of it in the title. */
const clamped = (text: string): Child => el('span', { class: 'clamp', title: text }, text);

export function compareTable(card: MatchCard, s: AnnotationStrings): HTMLElement {
  const projects = [card.project, ...card.alternatives];
  // The link itself is the clamped box, so its focus ring is never clipped.
  const link = (href: string | undefined): Child =>
    href ? externalAnchor(href, linkText(href), { class: 'clamp' }) : s.none;
  const rows: [string, (p: Project) => Child][] = [
    [s.category, (p) => clamped(categoryNames(p, card.categories, s.lang).join(', ') || s.unknown)],
    [s.language, (p) => clamped(p.language || s.unknown)],
    [s.status, (p) => statusText(p, s)],
    [s.homepage, (p) => link(homepageUrl(p))],
    [s.repository, (p) => link(repositoryUrl(p))],
  ];
  const table = el(
    'table',
    {},
    el('caption', { class: 'visually-hidden' }, fill(s.compareCaption, card.project.name)),
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', { scope: 'col' }, el('span', { class: 'visually-hidden' }, s.project)),
        ...projects.map((p, i) => el('th', { scope: 'col', class: i === 0 ? 'current' : undefined }, clamped(p.name))),
      ),
    ),
    el(
      'tbody',
      {},
      ...rows.map(([label, cell]) =>
        el(
          'tr',
          {},
          el('th', { scope: 'row' }, label),
          ...projects.map((p, i) => el('td', { class: i === 0 ? 'current' : undefined }, cell(p))),
        ),
      ),
    ),
  );
  // A scrollable region must be reachable by keyboard (axe: scrollable-region-focusable).
  return el('div', { class: 'compare-scroll', tabindex: '0', role: 'region', 'aria-label': s.compareShow }, table);
}
