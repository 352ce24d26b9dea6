// Ranked recommendations with reasons for the new tab (issue #7). Pure and
// deterministic: the same catalog, favourites, visits, dismissals and date give the
// same list. Personal picks (alternatives to favourites, neighbours of visited
// projects) come first; a third of the slots go to categories the user has not
// explored; with no history it is a round-robin of well-known projects per category.

import { utcDayNumber } from './project-of-the-day';
import { categoryAffinity, type FavouriteInput, type Interest, interests, type VisitInput } from './recommend-interest';
import { categoryRef, projectRef, type Reason } from './recommend-reason';
import type { Catalog, Category, Project, ProjectStatus } from './types';

export { projectOfTheDay } from './project-of-the-day';
export type { FavouriteInput, VisitInput } from './recommend-interest';
export { type CategoryRef, type ProjectRef, type Reason, reasonText } from './recommend-reason';

export interface RecommendInput {
  catalog: Catalog;
  favourites: readonly FavouriteInput[];
  visits: readonly VisitInput[];
  dismissed: Iterable<string>;
  date: Date;
  limit?: number; // 6 to 12, default 9
}

export interface Recommendation {
  project: Project;
  reason: Reason;
}

const DEFAULT_LIMIT = 9;
const MIN_LIMIT = 6;
const MAX_LIMIT = 12;

// Prefer live projects: a retired one is recommended only when it is by far the closest match.
const STATUS_FACTOR: Record<ProjectStatus, number> = { active: 1, maintenance: 0.85, archived: 0.4, 'dead-link': 0.3 };
const STATUS_RANK: Record<ProjectStatus, number> = { active: 0, maintenance: 1, archived: 2, 'dead-link': 3 };

export function recommend(input: RecommendInput): Recommendation[] {
  const { catalog, date } = input;
  const limit = Math.min(MAX_LIMIT, Math.max(MIN_LIMIT, Math.floor(input.limit ?? DEFAULT_LIMIT)));
  const projects = new Map(catalog.projects.map((p) => [p.id, p]));
  const categories = new Map(catalog.categories.map((c) => [c.id, c]));
  // An invalid date must not turn every weight into NaN: treat it as the epoch.
  const now = Number.isFinite(date.getTime()) ? date.getTime() : 0;
  const signals = interests(projects, input.favourites, input.visits, now);
  const excluded = new Set(input.dismissed);
  for (const signal of signals) if (signal.source === 'favourite') excluded.add(signal.project.id);

  const picked: Recommendation[] = [];
  const taken = new Set<string>();
  const take = (project: Project, reason: Reason) => {
    picked.push({ project, reason });
    taken.add(project.id);
  };
  const prominent = byProminence(catalog);
  // Rotate the category order by day, so the exploring slots are not the same categories forever.
  const rotated = rotate(catalog.categories, utcDayNumber(new Date(now)));

  const personal = rankPersonal(catalog, signals, excluded, categories);
  const explored = new Set(signals.flatMap((signal) => signal.project.categories));
  // With no history at all every category is unexplored; "popular" says more then.
  const unexplored = signals.length === 0 ? [] : rotated.filter((category) => !explored.has(category.id));
  const exploringSlots = personal.length === 0 ? 0 : Math.min(unexplored.length, Math.floor(limit / 3));

  for (const item of personal.slice(0, limit - exploringSlots)) take(item.project, item.reason);
  for (const category of unexplored) {
    if (picked.length >= limit) break;
    const project = prominent.find((p) => p.categories[0] === category.id && !excluded.has(p.id) && !taken.has(p.id));
    if (project) take(project, { kind: 'unexplored-category', category: categoryRef(category) });
  }
  for (const item of personal)
    if (picked.length < limit && !taken.has(item.project.id)) take(item.project, item.reason);
  roundRobin(rotated, prominent, limit, excluded, taken, take);
  return picked;
}

interface Ranked extends Recommendation {
  score: number;
  prominence: number;
}

/** Projects near what the user saved or visited, scored by the sum of those signals. */
function rankPersonal(
  catalog: Catalog,
  signals: Interest[],
  excluded: Set<string>,
  categories: Map<string, Category>,
): Ranked[] {
  const ranked: Ranked[] = [];
  catalog.projects.forEach((project, order) => {
    if (excluded.has(project.id)) return;
    let score = 0;
    let strongest: { signal: Interest; weight: number } | null = null;
    for (const signal of signals) {
      if (signal.project.id === project.id || isFamily(project, signal.project)) continue;
      const weight = signal.weight * categoryAffinity(project, signal.project);
      if (weight === 0) continue;
      score += weight;
      if (!strongest || stronger(signal, weight, strongest.signal, strongest.weight)) strongest = { signal, weight };
    }
    if (!strongest) return;
    const shared = strongest.signal.project.categories.find((id) => project.categories.includes(id)) as string;
    const category = categoryRef(categories.get(shared) ?? fallbackCategory(shared));
    const ref = projectRef(strongest.signal.project);
    const reason: Reason =
      strongest.signal.source === 'favourite'
        ? { kind: 'alternative-to-favourite', ref, category }
        : { kind: 'same-category-as-visited', ref, category };
    ranked.push({ project, reason, score: score * STATUS_FACTOR[project.status], prominence: order });
  });
  return ranked.sort((a, b) => b.score - a.score || a.prominence - b.prominence);
}

function stronger(a: Interest, weightA: number, b: Interest, weightB: number): boolean {
  if (weightA !== weightB) return weightA > weightB;
  if (a.source !== b.source) return a.source === 'favourite';
  if (a.at !== b.at) return a.at > b.at;
  return a.project.id < b.project.id;
}

/** A project's documentation or plugin (RabbitMQ Internals) is not an alternative to it. */
function isFamily(a: Project, b: Project): boolean {
  return a.parent === b.id || b.parent === a.id;
}

/** Catalog projects, best known first: live before retired, top-level before nested, then seed order. */
function byProminence(catalog: Catalog): Project[] {
  return catalog.projects
    .map((project, order) => ({ project, order }))
    .sort(
      (a, b) =>
        STATUS_RANK[a.project.status] - STATUS_RANK[b.project.status] ||
        Number(Boolean(a.project.parent)) - Number(Boolean(b.project.parent)) ||
        a.order - b.order,
    )
    .map(({ project }) => project);
}

/** Fill up with the best-known project of each category in turn. */
function roundRobin(
  categories: Category[],
  prominent: Project[],
  limit: number,
  excluded: Set<string>,
  taken: Set<string>,
  take: (project: Project, reason: Reason) => void,
) {
  let added = true;
  while (added && taken.size < limit) {
    added = false;
    for (const category of categories) {
      if (taken.size >= limit) return;
      const project = prominent.find((p) => p.categories[0] === category.id && !excluded.has(p.id) && !taken.has(p.id));
      if (!project) continue;
      take(project, { kind: 'popular-in-category', category: categoryRef(category) });
      added = true;
    }
  }
}

function rotate<T>(items: readonly T[], by: number): T[] {
  if (items.length === 0) return [];
  const start = ((by % items.length) + items.length) % items.length;
  return [...items.slice(start), ...items.slice(0, start)];
}

function fallbackCategory(id: string): Category {
  return { id, name: id, nameZh: id, heading: id };
}
