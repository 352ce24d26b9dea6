// How much each project the user saved or visited says about what they want next
// (issue #7): favourites weigh more than visits, recent visits more than old ones.

import type { Project } from './types';

export type FavouriteInput = string | { id: string; addedAt?: number };
export interface VisitInput {
  id: string;
  at: number; // ms since epoch
  count?: number; // visits folded into this entry, when the caller aggregates
}

export interface Interest {
  project: Project;
  source: 'favourite' | 'visit';
  weight: number;
  at: number; // when it was saved or last visited, for tie-breaking
}

const DAY_MS = 86_400_000;
// A favourite counts fully however old (at least 0.8 of it); a visit halves every two weeks.
const FAVOURITE_WEIGHT = 3;
const FAVOURITE_HALF_LIFE_DAYS = 90;
const VISIT_HALF_LIFE_DAYS = 14;
// Any number of visits to one project still weighs less than saving it.
const VISIT_WEIGHT_CAP = 2;

function decay(ageMs: number, halfLifeDays: number): number {
  return 0.5 ** (Math.max(0, ageMs) / (halfLifeDays * DAY_MS));
}

export function interests(
  projects: ReadonlyMap<string, Project>,
  favourites: readonly FavouriteInput[],
  visits: readonly VisitInput[],
  now: number,
): Interest[] {
  const out: Interest[] = [];
  const saved = new Set<string>();
  for (const favourite of favourites) {
    const { id, addedAt } = typeof favourite === 'string' ? { id: favourite, addedAt: undefined } : favourite;
    const project = projects.get(id);
    if (!project || saved.has(id)) continue;
    saved.add(id);
    const freshness = addedAt === undefined ? 1 : 0.8 + 0.2 * decay(now - addedAt, FAVOURITE_HALF_LIFE_DAYS);
    out.push({ project, source: 'favourite', weight: FAVOURITE_WEIGHT * freshness, at: addedAt ?? now });
  }

  const visited = new Map<string, { weight: number; at: number }>();
  for (const visit of visits) {
    const project = projects.get(visit.id);
    // A visit to a saved project adds nothing its favourite does not already say.
    if (!project || saved.has(visit.id) || !Number.isFinite(visit.at)) continue;
    const count = Math.max(1, visit.count ?? 1);
    const weight = decay(now - visit.at, VISIT_HALF_LIFE_DAYS) * (1 + Math.log2(count));
    const previous = visited.get(visit.id);
    visited.set(visit.id, {
      weight: (previous?.weight ?? 0) + weight,
      at: Math.max(previous?.at ?? Number.NEGATIVE_INFINITY, visit.at),
    });
  }
  for (const [id, { weight, at }] of visited) {
    const project = projects.get(id) as Project;
    out.push({ project, source: 'visit', weight: Math.min(VISIT_WEIGHT_CAP, weight), at });
  }
  return out;
}

/**
 * How closely two projects do the same job: same primary category 1; one's primary among
 * the other's categories 0.7; some other shared category 0.5; none 0.
 */
export function categoryAffinity(a: Project, b: Project): number {
  if (a.categories[0] === b.categories[0]) return 1;
  if (b.categories.includes(a.categories[0]) || a.categories.includes(b.categories[0])) return 0.7;
  return a.categories.some((id) => b.categories.includes(id)) ? 0.5 : 0;
}
