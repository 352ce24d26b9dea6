import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage, watchFavouriteIds, watchUserData } from '@/services/client';
import type { DismissedItem, FavouriteView, RecentVisit } from '@/services/protocol';

export interface UserData {
  favourites: FavouriteView[];
  visits: RecentVisit[];
  dismissed: DismissedItem[];
  loaded: boolean; // false until the first answer, so regions can keep their place instead of flashing "empty"
  error?: string;
}

const empty: UserData = { favourites: [], visits: [], dismissed: [], loaded: false };

/**
 * The user's favourites, recent visits and dismissals from the background, kept live: a
 * favourite toggled in the popup or on GitHub, or a tag edited in another tab, shows at once
 * (services/client.ts watchers), and visits made elsewhere show when the tab is looked at again.
 */
export function useUserData(visitLimit = 8): UserData & { refresh: () => void } {
  const [data, setData] = useState<UserData>(empty);
  const latest = useRef(0); // answers can arrive out of order: only the newest request's answer is shown

  const refresh = useCallback(() => {
    const request = ++latest.current;
    Promise.all([
      sendMessage({ type: 'favourites.list' }),
      sendMessage({ type: 'visits.recent', limit: visitLimit }),
      sendMessage({ type: 'dismissed.list' }),
    ]).then(
      ([favourites, visits, dismissed]) => {
        if (request === latest.current) setData({ favourites, visits, dismissed, loaded: true });
      },
      (error: unknown) => {
        if (request === latest.current) setData((previous) => ({ ...previous, loaded: true, error: String(error) }));
      },
    );
  }, [visitLimit]);

  useEffect(() => {
    refresh();
    const unwatchData = watchUserData(refresh);
    const unwatchIds = watchFavouriteIds(refresh);
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      unwatchData();
      unwatchIds();
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [refresh]);

  return { ...data, refresh };
}
