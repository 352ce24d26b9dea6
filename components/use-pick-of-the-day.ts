import { useEffect, useMemo } from 'preact/hooks';
import { projectOfTheDay } from '@/catalog/recommend';
import type { Catalog, Project } from '@/catalog/types';
import { type CacheStorage, readPageCache, writePageCache } from './page-cache';
import { type Day, dayAsDate } from './page-date';

// The project of the day is chosen once a day and then kept (issue #7: "the same project all
// day"). projectOfTheDay skips favourites and dismissed projects by rotating through the ones
// left, so any change to those sets (saving an unrelated project, "Not interested" on a
// recommendation, saving the pick itself) would pick another project at once; and saving the
// pick from its own card would swap the card under the user's pointer. So the first pick of a
// day, made once the user's data is known, is pinned in the page cache and shown all day, a
// favourite too (its star filled). Only dismissing it picks again. Losing the pin (cleared
// storage) costs nothing but a fresh pick by the same rules.

const PIN_KEY = 'pick-of-the-day';

interface Pin {
  day: Day;
  id: string;
}

function readPin(storage: CacheStorage | undefined): Pin | null {
  return readPageCache(
    PIN_KEY,
    (value) => {
      const pin = value as Partial<Pin> | null;
      return typeof pin?.day === 'string' && typeof pin.id === 'string' ? { day: pin.day, id: pin.id } : null;
    },
    storage,
  );
}

export interface PickInput {
  catalog: Catalog;
  day: Day;
  favouriteIds: readonly string[];
  dismissedIds: readonly string[];
  /** The user's data has been read (and the read did not fail): only then is a pick pinned (before, favourites look empty). */
  loaded: boolean;
  storage?: CacheStorage; // tests
}

/**
 * The day's pick: the pinned one while it is listed and not dismissed, else a new one, with
 * `pin` set when that one is to be kept (once the user's data is loaded).
 */
export function pickOfTheDay({ catalog, day, favouriteIds, dismissedIds, loaded, storage }: PickInput): {
  project: Project | null;
  pin: Pin | null;
} {
  const pinned = readPin(storage);
  if (pinned?.day === day && !dismissedIds.includes(pinned.id)) {
    const project = catalog.projects.find((candidate) => candidate.id === pinned.id);
    if (project) return { project, pin: null };
  }
  const project = projectOfTheDay(catalog, dayAsDate(day), [...favouriteIds, ...dismissedIds]);
  return { project, pin: loaded && project ? { day, id: project.id } : null };
}

export function usePickOfTheDay(input: PickInput): Project | null {
  const { catalog, day, favouriteIds, dismissedIds, loaded, storage } = input;
  const { project, pin } = useMemo(
    () => pickOfTheDay({ catalog, day, favouriteIds, dismissedIds, loaded, storage }),
    [catalog, day, favouriteIds, dismissedIds, loaded, storage],
  );
  useEffect(() => {
    if (pin) writePageCache(PIN_KEY, pin, storage);
  }, [pin, storage]);
  return project;
}
