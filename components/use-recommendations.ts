import { useMemo } from 'preact/hooks';
import { reasonText, recommend } from '@/catalog/recommend';
import type { Catalog, Lang } from '@/catalog/types';
import type { FavouriteView, RecentVisit } from '@/services/protocol';
import { dayAsDate } from './page-date';
import type { RecommendationItem } from './recommendation-list';

export const RECOMMENDATION_COUNT = 9; // issue #7 asks for 6 to 12; nine fills a 3-column grid
const NONE: readonly string[] = []; // one object, so the memo below is not recomputed for a fresh []

interface Input {
  catalog: Catalog;
  favourites: readonly FavouriteView[]; // with addedAt: older favourites weigh a little less
  visits: readonly RecentVisit[];
  dismissedIds: readonly string[];
  /** Projects the page already shows elsewhere (the project of the day): not shown twice. */
  shownElsewhere?: readonly string[];
  day: string; // 'YYYY-MM-DD'
  lang: Lang;
}

/** The engine's ranked picks with their reasons worded in the UI language; recomputed only when an input changes. */
export function useRecommendations({
  catalog,
  favourites,
  visits,
  dismissedIds,
  shownElsewhere = NONE,
  day,
  lang,
}: Input): RecommendationItem[] {
  const ranked = useMemo(
    () =>
      recommend({
        catalog,
        favourites,
        visits,
        dismissed: [...dismissedIds, ...shownElsewhere],
        date: dayAsDate(day),
        limit: RECOMMENDATION_COUNT,
      }),
    [catalog, favourites, visits, dismissedIds, shownElsewhere, day],
  );
  return useMemo(
    () => ranked.map((item) => ({ project: item.project, reason: reasonText(item.reason, lang) })),
    [ranked, lang],
  );
}
