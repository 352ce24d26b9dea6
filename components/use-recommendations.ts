import { useMemo } from 'preact/hooks';
import { reasonText, recommend } from '@/catalog/recommend';
import type { Catalog, Lang } from '@/catalog/types';
import type { FavouriteView, RecentVisit } from '@/services/protocol';
import { dayAsDate } from './page-date';
import type { RecommendationItem } from './recommendation-list';

export const RECOMMENDATION_COUNT = 9; // issue #7 asks for 6 to 12; nine fills a 3-column grid

interface Input {
  catalog: Catalog;
  favourites: readonly FavouriteView[]; // with addedAt: older favourites weigh a little less
  visits: readonly RecentVisit[];
  dismissedIds: readonly string[];
  day: string; // 'YYYY-MM-DD'
  lang: Lang;
}

/** The engine's ranked picks with their reasons worded in the UI language; recomputed only when an input changes. */
export function useRecommendations({
  catalog,
  favourites,
  visits,
  dismissedIds,
  day,
  lang,
}: Input): RecommendationItem[] {
  const ranked = useMemo(
    () =>
      recommend({
        catalog,
        favourites,
        visits,
        dismissed: dismissedIds,
        date: dayAsDate(day),
        limit: RECOMMENDATION_COUNT,
      }),
    [catalog, favourites, visits, dismissedIds, day],
  );
  return useMemo(
    () => ranked.map((item) => ({ project: item.project, reason: reasonText(item.reason, lang) })),
    [ranked, lang],
  );
}
