// @vitest-environment happy-dom
import { cleanup, renderHook } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledCatalog } from '@/catalog/bundled';
import { projectOfTheDay } from '@/catalog/recommend';
import { dayAsDate } from './page-date';
import { RECOMMENDATION_COUNT, useRecommendations } from './use-recommendations';

afterEach(cleanup);

const recommendedIds = (day: string, shownElsewhere?: string[]) =>
  renderHook(() =>
    useRecommendations({
      catalog: bundledCatalog,
      favourites: [],
      visits: [],
      dismissedIds: [],
      shownElsewhere,
      day,
      lang: 'en',
    }),
  ).result.current.map((item) => item.project.id);

describe('useRecommendations', () => {
  it('never repeats a project the page shows elsewhere, and still fills every slot', () => {
    // A month of days: on some, the day's pick is one of the cold-start recommendations.
    let collisions = 0;
    for (let date = 1; date <= 30; date++) {
      const day = `2026-11-${String(date).padStart(2, '0')}`;
      const pick = projectOfTheDay(bundledCatalog, dayAsDate(day));
      if (!pick) throw new Error('the bundled catalog always has a pick');
      if (recommendedIds(day).includes(pick.id)) collisions++;
      const ids = recommendedIds(day, [pick.id]);
      expect(ids).not.toContain(pick.id);
      expect(ids).toHaveLength(RECOMMENDATION_COUNT);
    }
    expect(collisions).toBeGreaterThan(0); // the month does exercise the exclusion
  });
});
