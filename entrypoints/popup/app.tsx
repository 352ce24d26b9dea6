import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { Catalog } from '@/catalog/types';
import { currentTabProjectId } from '@/components/current-tab';
import { HOME_FAVOURITES_LIMIT, homeGroups } from '@/components/home-groups';
import type { InstalledCatalog } from '@/components/installed-catalog';
import { useLocale } from '@/components/locale-context';
import { ProjectSearch } from '@/components/project-search';
import { readRecentVisits } from '@/components/read-user-data';
import { useCatalog } from '@/components/use-catalog';
import { useFavouriteIds } from '@/components/use-favourite-ids';
import { useOrphanNames } from '@/components/use-orphan-names';
import { useTheme } from '@/components/use-theme';
import { sendMessage } from '@/services/client';
import { KeyboardHints } from './keyboard-hints';
import { PopupIntro } from './popup-intro';

// While the installed catalog is read (a few milliseconds) the popup shows its frame and takes typing.
const LOADING: Catalog = { version: 0, hash: '', categories: [], projects: [] };
const NO_IDS: string[] = [];
const RECENT_LIMIT = 12;

/** popup.html's plain header and search field, shown and typed into until the app renders. */
export interface BootField {
  container: HTMLElement;
  field: HTMLInputElement;
}

/** The toolbar popup (issue #5): search first; before typing, this page, favourites and recent visits. */
export function App({ catalog: source, boot }: { catalog: InstalledCatalog; boot?: BootField }) {
  useTheme();
  // The search box has taken over the boot field's text and focus (a child's layout effect runs first).
  useLayoutEffect(() => boot?.container.remove(), [boot]);
  const loaded = useCatalog(source);
  const catalog = loaded ?? LOADING;
  const { t } = useLocale();
  const favourites = useFavouriteIds();
  // undefined until known: the home is not known to be empty before (components/project-search.tsx).
  const [currentId, setCurrentId] = useState<string | null>();
  const [recentIds, setRecentIds] = useState<string[]>();
  const setQuery = useRef<((query: string) => void) | null>(null);

  useEffect(() => {
    currentTabProjectId(location.search).then(setCurrentId, () => setCurrentId(null));
    // Read from IndexedDB by the page itself, as the new tab does, so that opening the popup does
    // not start a stopped service worker (components/read-user-data.ts); the background only if that fails.
    readRecentVisits(RECENT_LIMIT)
      .catch(() => sendMessage({ type: 'visits.recent', limit: RECENT_LIMIT }))
      .then(
        (visits) => setRecentIds(visits.map((visit) => visit.id)),
        () => setRecentIds([]), // no answer must not break searching
      );
  }, []);

  const projects = useMemo(() => new Map(catalog.projects.map((p) => [p.id, p])), [catalog]);
  const orphanNames = useOrphanNames(favourites.ids, (id) => projects.has(id), loaded !== null);
  const groups = useMemo(
    () =>
      homeGroups({
        projects,
        currentId: currentId ?? null,
        favouriteIds: favourites.ids,
        recentIds: recentIds ?? NO_IDS,
        orphanNames,
        labels: {
          page: t('popupThisPage'),
          favourites:
            favourites.ids.length > HOME_FAVOURITES_LIMIT
              ? t('popupFavouritesNewest', HOME_FAVOURITES_LIMIT, favourites.ids.length)
              : t('popupFavourites'),
          recent: t('popupRecent'),
        },
      }),
    [projects, currentId, favourites.ids, recentIds, orphanNames, t],
  );
  // Until all of these are known the home may still get rows: no introduction for a new user
  // yet (it flashed before a returning user's favourites came), and Enter stays in the legend.
  const homeLoading = !loaded || !favourites.loaded || currentId === undefined || recentIds === undefined;

  return (
    <main class="popup">
      <header class="popup__header">
        <img class="popup__logo" src="/icon/32.png" alt="" width="20" height="20" />
        <h1 class="popup__title">{t('extName')}</h1>
        <button
          type="button"
          class="icon-button popup__settings"
          aria-label={t('popupSettings')}
          title={t('popupSettings')}
          onClick={() => browser.runtime.openOptionsPage()}
        >
          <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
            <path
              fill="currentColor"
              d="M11.3 1.5l.4 2.2c.6.2 1.1.5 1.6.9l2.1-.8 1.3 2.3-1.7 1.4c.1.6.1 1.2 0 1.9l1.7 1.4-1.3 2.3-2.1-.8c-.5.4-1 .7-1.6.9l-.4 2.2H8.7l-.4-2.2c-.6-.2-1.1-.5-1.6-.9l-2.1.8-1.3-2.3L5 9.3c-.1-.6-.1-1.2 0-1.9L3.3 6.1l1.3-2.3 2.1.8c.5-.4 1-.7 1.6-.9l.4-2.2h2.6zM10 7a3 3 0 100 6 3 3 0 000-6z"
            />
          </svg>
        </button>
      </header>
      <ProjectSearch
        catalog={catalog}
        favouriteIds={favourites.set}
        onFavourite={favourites.setFavourite}
        idPrefix="popup"
        label={t('popupSearchLabel')}
        placeholder={t('popupSearchPlaceholder')}
        autoFocus
        loading={!loaded}
        idleGroups={groups}
        idleLoading={homeLoading}
        idleLabel={t('popupHomeLabel')}
        idleContent={
          !homeLoading && groups.length === 0 ? (
            <PopupIntro catalog={catalog} onTry={(q) => setQuery.current?.(q)} />
          ) : undefined
        }
        onEscapeEmpty={() => window.close()}
        queryRef={setQuery}
        takeOver={boot?.field}
      />
      <KeyboardHints />
    </main>
  );
}
