import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { getFavouriteIds, sendMessage, watchFavouriteIds } from '@/services/client';

export interface FavouriteIds {
  ids: readonly string[]; // newest first, as the background's storage.local mirror keeps them
  set: ReadonlySet<string>;
  loaded: boolean;
  /** Optimistic: the star flips at once and flips back if the background refuses. */
  setFavourite: (id: string, on: boolean) => void;
}

/**
 * Favourite ids from the storage.local mirror (no background round trip, so the popup paints
 * its stars at once), live across surfaces, and changed through the one background API (issue #4).
 */
export function useFavouriteIds(): FavouriteIds {
  const [ids, setIds] = useState<readonly string[]>([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    let alive = true;
    getFavouriteIds().then((stored) => {
      if (!alive) return;
      setIds(stored);
      setLoaded(true);
    });
    const unwatch = watchFavouriteIds(setIds);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);

  const setFavourite = useCallback((id: string, on: boolean) => {
    const apply = (want: boolean) =>
      setIds((current) =>
        want ? (current.includes(id) ? current : [id, ...current]) : current.filter((x) => x !== id),
      );
    apply(on);
    sendMessage({ type: 'favourites.set', id, on }).catch((error: unknown) => {
      console.error('Archscout: could not change the favourite', error);
      apply(!on);
    });
  }, []);

  const set = useMemo(() => new Set(ids), [ids]);
  return { ids, set, loaded, setFavourite };
}
