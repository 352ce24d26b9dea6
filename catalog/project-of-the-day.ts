// Project of the day (issue #7): the same project all day, a different one the next,
// and over a cycle of N days (N = projects not excluded) every project once: day d shows
// entry d mod N of a permutation shuffled afresh for each cycle.

import { hashString, seededRandom, shuffled } from './seeded-random';
import type { Catalog, Project } from './types';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of the UTC calendar date of `date`. */
export function utcDayNumber(date: Date): number {
  return Math.floor(date.getTime() / DAY_MS);
}

/**
 * Today's project, skipping favourites and dismissed projects (`exclude`): the rotation runs
 * over the projects left, so over a cycle of as many days as there are of them, each shows
 * once, and no project shows two days running. Null when every project is excluded.
 */
export function projectOfTheDay(catalog: Catalog, date: Date, exclude: Iterable<string> = []): Project | null {
  const excluded = new Set(exclude);
  const eligible = sortedById(catalog.projects.filter((project) => !excluded.has(project.id)));
  const count = eligible.length;
  if (count === 0 || Number.isNaN(date.getTime())) return null;
  const day = utcDayNumber(date);
  const cycle = Math.floor(day / count);
  return cycleOrder(eligible, cycle)[day - cycle * count];
}

/**
 * The permutation for one cycle, shuffled with a seed per cycle. Its first entry is swapped
 * away when it equals the previous cycle's last, so the day a cycle turns over never repeats
 * yesterday's project (the swap never moves a last entry when there are 3 or more).
 */
function cycleOrder(eligible: Project[], cycle: number): Project[] {
  const order = permutation(eligible, cycle);
  if (order.length >= 3) {
    const previous = permutation(eligible, cycle - 1);
    if (order[0].id === previous[previous.length - 1].id) [order[0], order[1]] = [order[1], order[0]];
  }
  return order;
}

function permutation(eligible: Project[], cycle: number): Project[] {
  return shuffled(eligible, seededRandom(hashString(`project-of-the-day:${cycle}`)));
}

/** Catalog order must not matter: the same projects give the same rotation. */
function sortedById(projects: Project[]): Project[] {
  return projects.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
