import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Catalog, Project } from '@/catalog/types';
import { CategoryBrowser } from '@/components/category-browser';
import { DismissNotice } from '@/components/dismiss-notice';
import type { FavouriteChange } from '@/components/favourite-card';
import { FavouritesGrid } from '@/components/favourites-grid';
import { useLocale } from '@/components/locale-context';
import { ProjectOfTheDay } from '@/components/project-of-the-day';
import { RecentlySeen } from '@/components/recently-seen';
import { RecommendationList } from '@/components/recommendation-list';
import { Region } from '@/components/region';
import { SkipLink } from '@/components/skip-link';
import { useAfterFirstPaint } from '@/components/use-after-first-paint';
import { usePageDay } from '@/components/use-page-day';
import { usePickOfTheDay } from '@/components/use-pick-of-the-day';
import { useRecommendations } from '@/components/use-recommendations';
import { useSettings } from '@/components/use-settings';
import { useTheme } from '@/components/use-theme';
import { useUserData } from '@/components/use-user-data';
import { sendMessage } from '@/services/client';
import type { FavouriteView } from '@/services/protocol';
import { NEWTAB_RECENT_VISITS } from './recent-visits';
import { NewTabSearch } from './search';

interface Props {
  catalog: Catalog;
}

/** The new tab: search, then (unless the minimal setting is on) recommendations, today's pick, recent visits, favourites and the category browser. */
export function App({ catalog }: Props) {
  useTheme();
  const day = usePageDay(); // 'YYYY-MM-DD': today, or the ?date= test override
  const { minimalNewTab } = useSettings();
  const { t, lang } = useLocale();
  const user = useUserData(NEWTAB_RECENT_VISITS);
  // Below the recommendations, the favourite cards and the category lists come with the second
  // frame (their regions and headings are there from the first); the minimal new tab shows
  // favourites only, at once.
  const belowTheFold = useAfterFirstPaint() || minimalNewTab;
  const [justDismissed, setJustDismissed] = useState<Project | null>(null);
  const [hidden, setHidden] = useState<ReadonlySet<string>>(new Set()); // dismissed here, before the background confirms
  const [restoredId, setRestoredId] = useState<string | null>(null); // brought back by Undo, to focus
  // Starred or unstarred on a recommendation card of this page: the recommendations go on as if
  // not (the card stays, its star filled or not, and keeps the focus) until the next new tab or
  // day; the favourites region follows at once. Only grows, so starring twice keeps the card too.
  const [savedHere, setSavedHere] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => setSavedHere(new Set()), [day]); // a new day recommends afresh

  useEffect(() => {
    document.title = t('newtabTitle');
  }, [t]);

  const projects = useMemo(() => new Map(catalog.projects.map((p) => [p.id, p])), [catalog]);
  const favouriteIds = useMemo(() => user.favourites.map((f) => f.id), [user.favourites]);
  const favouriteSet = useMemo(() => new Set(favouriteIds), [favouriteIds]);
  // A dismissal the background has confirmed needs no local copy: dropping it lets "Show again"
  // in the options bring the project back to this open page too.
  useEffect(() => {
    const confirmed = new Set(user.dismissed.filter((item) => item.scope === 'recommendation').map((item) => item.id));
    setHidden((previous) => {
      const pending = [...previous].filter((id) => !confirmed.has(id));
      return pending.length === previous.size ? previous : new Set(pending);
    });
  }, [user.dismissed]);
  const dismissedIds = useMemo(
    () => [...new Set([...user.dismissed.filter((d) => d.scope === 'recommendation').map((d) => d.id), ...hidden])],
    [user.dismissed, hidden],
  );
  const pick = usePickOfTheDay({ catalog, day, favouriteIds, dismissedIds, loaded: user.loaded && !user.error });
  // The day's pick has its own card: the recommendations fill their slots with others. (The pick
  // keeps its daily rotation; the recommendations have plenty to choose from.)
  const pickIds = useMemo(() => (pick ? [pick.id] : []), [pick]);
  const favouritesBefore = useMemo(
    () => (savedHere.size === 0 ? user.favourites : user.favourites.filter((f) => !savedHere.has(f.id))),
    [user.favourites, savedHere],
  );
  const recommendations = useRecommendations({
    catalog,
    favourites: favouritesBefore,
    visits: user.visits,
    dismissedIds,
    shownElsewhere: pickIds,
    day,
    lang,
  });

  const setFavourite = (id: string, on: boolean) => {
    sendMessage({ type: 'favourites.set', id, on }).then(user.refresh, user.refresh);
  };
  const setFavouriteFromRecommendation = (id: string, on: boolean) => {
    setSavedHere((previous) => (previous.has(id) ? previous : new Set(previous).add(id)));
    setFavourite(id, on);
  };
  // Resolves once stored, rejects when refused (the tag editor then shows the stored tags again).
  const changeFavourite = (id: string, change: FavouriteChange): Promise<unknown> =>
    sendMessage({ type: 'favourites.update', id, ...change }).finally(user.refresh);
  const removeFavourite = (favourite: FavouriteView) => setFavourite(favourite.id, false);
  const notInterested = (project: Project) => {
    setHidden((previous) => new Set(previous).add(project.id));
    setJustDismissed(project);
    sendMessage({ type: 'dismiss', id: project.id, scope: 'recommendation' }).then(user.refresh, user.refresh);
  };
  const undo = () => {
    if (!justDismissed) return;
    const { id } = justDismissed;
    setJustDismissed(null);
    setHidden((previous) => new Set([...previous].filter((other) => other !== id)));
    setRestoredId(id);
    sendMessage({ type: 'undismiss', id, scope: 'recommendation' }).then(user.refresh, () => {
      setRestoredId(null); // not brought back: nothing to focus later
      user.refresh();
    });
  };

  const clearRestored = useCallback(() => setRestoredId(null), []);

  const favourites = (
    <Region
      id="favourites"
      title={t('newtabFavourites')}
      class="area-favourites"
      // 48 cards of a few controls each (more behind "Show more") and the tag filter: one press
      // past them all, to the next region, or the settings link on the minimal new tab.
      aside={
        user.favourites.length > 0 && (
          <SkipLink target={minimalNewTab ? 'settings-link' : 'browse-heading'}>{t('newtabSkipFavourites')}</SkipLink>
        )
      }
    >
      {user.error && (
        <p class="error" role="alert">
          {t('newtabLoadError')}
        </p>
      )}
      {user.loaded && belowTheFold && (
        <FavouritesGrid
          favourites={user.favourites}
          projects={projects}
          categories={catalog.categories}
          onChange={changeFavourite}
          onRemove={removeFavourite}
        />
      )}
    </Region>
  );

  return (
    <div class={`page${minimalNewTab ? ' page--minimal' : ''}`}>
      <header class="masthead">
        <h1 class="masthead__title">
          <img src="/icon/48.png" alt="" width={28} height={28} />
          {t('extName')}
        </h1>
        <NewTabSearch catalog={catalog} favouriteIds={favouriteSet} onFavourite={setFavourite} />
      </header>
      <main class="layout">
        {!minimalNewTab && (
          <Region id="recommended" title={t('newtabRecommended')} class="area-recommended">
            {user.loaded && (
              <RecommendationList
                items={recommendations}
                categories={catalog.categories}
                favouriteIds={favouriteSet}
                onFavourite={setFavouriteFromRecommendation}
                onNotInterested={notInterested}
                restoredId={restoredId}
                onRestored={clearRestored}
              />
            )}
            <DismissNotice name={justDismissed?.name ?? null} onUndo={undo} />
          </Region>
        )}
        {!minimalNewTab && (
          <div class="area-side">
            <Region id="project-of-the-day" title={t('newtabProjectOfTheDay')}>
              {user.loaded && (
                <ProjectOfTheDay
                  project={pick}
                  day={day}
                  categories={catalog.categories}
                  isFavourite={pick ? favouriteSet.has(pick.id) : false}
                  onFavourite={setFavourite}
                />
              )}
            </Region>
            <Region id="recently-seen" title={t('newtabRecentlySeen')}>
              {user.loaded && <RecentlySeen visits={user.visits} projects={projects} now={Date.now()} />}
            </Region>
          </div>
        )}
        {favourites}
        {!minimalNewTab && (
          <Region id="browse" title={t('newtabBrowse')} class="area-browse">
            {belowTheFold && <CategoryBrowser catalog={catalog} />}
          </Region>
        )}
      </main>
      <footer class="footer">
        <a id="settings-link" href="/options.html">
          {t('newtabSettings')}
        </a>
      </footer>
    </div>
  );
}
