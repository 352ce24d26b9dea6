import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, watchFavouriteIds, watchUserData } from '@/services/client';
import type { DismissedItem, FavouriteView, RecentVisit } from '@/services/protocol';
import { takeEarlyUserData } from './early-user-data';
import { readUserRecords, userDataAnswer } from './read-user-data';

export interface UserData {
  favourites: FavouriteView[];
  visits: RecentVisit[];
  dismissed: DismissedItem[];
  loaded: boolean; // false until the first answer, so regions can keep their place instead of flashing "empty"
  error?: string;
}

const empty: UserData = { favourites: [], visits: [], dismissed: [], loaded: false };

type Answer = Pick<UserData, 'favourites' | 'visits' | 'dismissed'>;

function askBackground(visitLimit: number): Promise<Answer> {
  return Promise.all([
    sendMessage({ type: 'favourites.list' }),
    sendMessage({ type: 'visits.recent', limit: visitLimit }),
    sendMessage({ type: 'dismissed.list' }),
  ]).then(([favourites, visits, dismissed]) => ({ favourites, visits, dismissed }));
}

/** The project names a page knows (from its catalog), for the favourites' current names. */
export type NamesSource = () => Promise<(id: string) => string | undefined>;
let namesSource: NamesSource | undefined;

/**
 * Read by the page itself when it has said where names come from (components/read-user-data.ts
 * says why), else asked of the background; a failed read asks the background too.
 */
function fetchUserData(visitLimit: number): Promise<Answer> {
  const names = namesSource;
  if (!names) return askBackground(visitLimit);
  // The read the new tab's boot script started, the first time (components/early-user-data.ts).
  const records = takeEarlyUserData(visitLimit) ?? readUserRecords(visitLimit);
  return Promise.all([records, names()])
    .then(([read, nameOf]) => userDataAnswer(read, nameOf))
    .catch((error: unknown) => {
      console.warn('Archscout: reading the user data failed; asking the background', error);
      return askBackground(visitLimit);
    });
}

interface Preload {
  visitLimit: number;
  answer: Promise<Answer>;
  value?: Answer; // once answered
  stale: boolean; // user data changed after the request went out
  stopWatching: () => void;
}
let preload: Preload | undefined;

/**
 * Asks the background for the user data before the first render, in parallel with the page's
 * catalog and settings reads (issue #8), instead of from an effect after the first frame.
 * useUserData starts from the answer if it is in, or waits for it instead of asking again.
 * With `names`, this and every later read of the page go to IndexedDB directly.
 * Resolves once answered (or failed); never rejects.
 */
export function preloadUserData(visitLimit = 8, names?: NamesSource): Promise<void> {
  if (names) namesSource = names;
  const markStale = () => {
    entry.stale = true;
  };
  // A change before useUserData watches would otherwise be missed: it then asks again.
  const unwatch = [watchUserData(markStale), watchFavouriteIds(markStale)];
  const entry: Preload = {
    visitLimit,
    answer: fetchUserData(visitLimit),
    stale: false,
    stopWatching: () => {
      for (const stop of unwatch) stop();
    },
  };
  preload?.stopWatching();
  preload = entry;
  return entry.answer.then(
    (value) => {
      entry.value = value;
    },
    () => {},
  );
}

/** The preload for `visitLimit`, taken once (a later render asks afresh). */
function takePreload(visitLimit: number): Preload | undefined {
  const entry = preload;
  preload = undefined;
  if (entry?.visitLimit === visitLimit && !entry.stale) return entry;
  entry?.stopWatching();
  return undefined;
}

/**
 * The user's favourites, recent visits and dismissals from the background, kept live: a
 * favourite toggled in the popup or on GitHub, or a tag edited in another tab, shows at once
 * (services/client.ts watchers), and visits made elsewhere show when the tab is looked at again.
 */
export function useUserData(visitLimit = 8): UserData & { refresh: () => void } {
  // The preload, and whether its answer was already in for the first render.
  const [first] = useState(() => {
    const entry = takePreload(visitLimit);
    return { entry, answer: entry?.value };
  });
  const [data, setData] = useState<UserData>(() => (first.answer ? { ...first.answer, loaded: true } : empty));
  const latest = useRef(0); // answers can arrive out of order: only the newest request's answer is shown

  const load = useCallback(
    (answer?: Promise<Answer>) => {
      const request = ++latest.current;
      (answer ?? fetchUserData(visitLimit)).then(
        (value) => {
          if (request === latest.current) setData({ ...value, loaded: true });
        },
        (error: unknown) => {
          if (request === latest.current) setData((previous) => ({ ...previous, loaded: true, error: String(error) }));
        },
      );
    },
    [visitLimit],
  );

  const refresh = useCallback(() => load(), [load]);

  useEffect(() => {
    const unwatchData = watchUserData(refresh);
    const unwatchIds = watchFavouriteIds(refresh);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    // The preloaded answer, unless something changed since it was asked for (then ask again).
    const { entry } = first;
    if (!entry || entry.stale) refresh();
    else if (!first.answer) load(entry.answer);
    entry?.stopWatching();
    return () => {
      unwatchData();
      unwatchIds();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh, load, first]);

  return { ...data, refresh };
}
