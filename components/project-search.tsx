import './project-search.css';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { alternativesOf } from '@/catalog/alternatives';
import { onlyMentions } from '@/catalog/search-mentions';
import type { Catalog, Project } from '@/catalog/types';
import { comboboxAction } from './combobox-keys';
import { sentenceGap } from './i18n';
import { useLocale } from './locale-context';
import { openProject } from './open-project';
import { ProjectDetails } from './project-details';
import { optionId, ResultList } from './result-list';
import { activeIndexOf, flatItems, isProjectItem, type ResultGroup } from './result-rows';
import { revealOption } from './reveal-option';
import { SearchBox } from './search-box';
import { useSearch } from './use-search';
import { useSettings } from './use-settings';
import { useTakeOver } from './use-take-over';

export interface ProjectSearchProps {
  catalog: Catalog;
  favouriteIds: ReadonlySet<string>;
  onFavourite: (id: string, on: boolean) => void;
  /** The catalog is still being read: take typing, but do not say "no results" yet. */
  loading?: boolean;
  /** Prefix of the DOM ids, unique on the page. */
  idPrefix?: string;
  label: string;
  placeholder?: string;
  autoFocus?: boolean;
  initialQuery?: string;
  limit?: number;
  /** What the list shows while the query is empty (the popup: this page, favourites, recent). */
  idleGroups?: readonly ResultGroup[];
  /** `idleGroups` are still being gathered: an empty list is not known to be empty yet. */
  idleLoading?: boolean;
  /** The listbox's accessible name while the query is empty (defaults to `label`). */
  idleLabel?: string;
  /** Shown under the list while the query is empty (an introduction, suggestions). */
  idleContent?: ComponentChildren;
  /** Escape on an empty query (the popup closes itself). */
  onEscapeEmpty?: () => void;
  /** How many alternatives an expanded result lists. */
  alternativesLimit?: number;
  /** Lets a parent put text in the box (e.g. "try" suggestions); called once with a setter. */
  queryRef?: { current: ((query: string) => void) | null };
  /** A plain field that took typing before this rendered (popup.html): its text, caret and focus move here. */
  takeOver?: HTMLInputElement | null;
}

/**
 * Search box plus results, keyboard-first (issue #5): the results follow every keystroke,
 * arrows move, Enter opens, Ctrl/Cmd+Enter opens in a background tab, Escape clears.
 * Used by the popup and by the new tab's search.
 */
export function ProjectSearch({
  catalog,
  favouriteIds,
  onFavourite,
  loading = false,
  idPrefix = 'search',
  label,
  placeholder,
  autoFocus,
  initialQuery = '',
  limit = 20,
  idleGroups = [],
  idleLoading = false,
  idleLabel,
  idleContent,
  onEscapeEmpty,
  alternativesLimit = 5,
  queryRef,
  takeOver,
}: ProjectSearchProps) {
  const { t, lang, locale } = useLocale();
  const { openTarget } = useSettings();
  const [query, setQuery] = useState(() => takeOver?.value || initialQuery);
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [detailsOpen, setDetailsOpen] = useState(true);
  const [announcement, setAnnouncement] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  const lastIndex = useRef(0); // where the active item was, for when it leaves the list
  const hits = useSearch(catalog, query, { lang, limit });
  const listboxId = `${idPrefix}-results`;

  if (queryRef) queryRef.current = (next) => changeQuery(next, true);
  useTakeOver(takeOver, inputRef, (text) => changeQuery(text), autoFocus === true);

  const searching = query.trim() !== '';
  const groups = useMemo<readonly ResultGroup[]>(
    () =>
      searching
        ? [{ id: 'hits', items: hits.map((hit) => ({ key: hit.project.id, project: hit.project })) }]
        : idleGroups,
    [searching, hits, idleGroups],
  );
  const items = flatItems(groups);
  // Only descriptions mention the query ("kafka"): say so above the list, and leave the first
  // row unchosen and closed, so that it does not look like the answer (Enter opens nothing
  // until the arrows choose a row).
  const mentions = searching && !loading && onlyMentions(hits);
  const mentionsText = mentions ? t('popupOnlyMentions', query.trim()) : '';
  const noteId = `${idPrefix}-mentions`;
  const activeIndex = mentions && activeKey === null ? -1 : activeIndexOf(items, activeKey, lastIndex.current);
  lastIndex.current = activeIndex;
  const active = activeIndex >= 0 ? items[activeIndex] : undefined;
  // Enter opens the chosen project. With none chosen (only mentions), a favourite no longer in
  // the catalog chosen, or nothing listed, it opens nothing, and the popup's key legend leaves
  // it out; the arrows too when nothing is listed. Not while the list is still coming: most often
  // it brings rows, and a legend that dropped them for those milliseconds would blink on every opening.
  const listKnown = !loading && (searching || !idleLoading);
  const opensNothing = active ? !isProjectItem(active) : items.length > 0 || listKnown;
  const movesNothing = items.length === 0 && listKnown;

  // The chosen item left the list (unstarred before typing): its neighbour is now the choice.
  useEffect(() => {
    if (activeKey !== null && active && active.key !== activeKey) setActiveKey(active.key);
  }, [activeKey, active?.key]);

  useEffect(() => {
    if (!active) return;
    const id = optionId(listboxId, active.key);
    revealOption(document.getElementById(id), document.getElementById(`${id}-details`));
  }, [active?.key, detailsOpen, listboxId]);

  useEffect(() => {
    // Cleared: the line said what the last query found, and a screen reader reading on still met it.
    if (!searching) setAnnouncement('');
    else if (!loading)
      setAnnouncement(
        hits.length === 0
          ? t('popupNoResults', query.trim())
          : // Joined as the language joins sentences: Chinese puts no space after its full-width colon.
            [mentionsText, hits.length === 1 ? t('popupResultCountOne') : t('popupResultCount', hits.length)]
              .filter(Boolean)
              .join(sentenceGap(locale)),
      );
  }, [hits, searching]);

  function changeQuery(next: string, focus = false) {
    setQuery(next);
    setActiveKey(null); // new results: the best hit becomes active
    if (focus) inputRef.current?.focus();
  }

  function open(project: Project, background: boolean) {
    openProject(project, openTarget, { background }).then((url) => {
      if (url && background) setAnnouncement(t('popupOpenedInBackground', project.name));
    });
  }

  function onKeyDown(event: KeyboardEvent) {
    const action = comboboxAction(event, { count: items.length, active: activeIndex, query });
    switch (action.kind) {
      case 'move':
        event.preventDefault(); // the caret stays where it is
        setActiveKey(items[action.index].key);
        break;
      case 'open':
        event.preventDefault();
        if (active && isProjectItem(active)) open(active.project, action.background); // an orphan has nothing to open
        break;
      case 'clear':
        event.preventDefault(); // our clear, not the search input's own (which fires no key we see twice)
        changeQuery('');
        break;
      case 'close':
        if (onEscapeEmpty) {
          event.preventDefault();
          onEscapeEmpty();
        }
        break;
    }
  }

  const alternatives = (project: Project) => alternativesOf(catalog, project.id).slice(0, alternativesLimit);

  return (
    // What the keys do now, for the popup's key legend (entrypoints/popup/style.css): Escape clears
    // a query (even blanks, as comboboxAction does) and on an empty one calls onEscapeEmpty.
    <div
      class="project-search"
      data-opens={opensNothing ? 'nothing' : undefined}
      data-moves={movesNothing ? 'nothing' : undefined}
      data-query={query === '' ? 'empty' : undefined}
    >
      <SearchBox
        value={query}
        onInput={(next) => changeQuery(next)}
        onKeyDown={onKeyDown}
        label={label}
        placeholder={placeholder}
        listboxId={listboxId}
        expanded={items.length > 0}
        activeOptionId={active ? optionId(listboxId, active.key) : undefined}
        describedBy={mentions ? noteId : undefined}
        autoFocus={autoFocus}
        inputRef={inputRef}
      />
      <div class="project-search__body">
        {mentions && (
          <p id={noteId} class="project-search__mentions">
            {mentionsText}
          </p>
        )}
        <ResultList
          id={listboxId}
          label={searching ? t('popupResultsLabel') : (idleLabel ?? label)}
          groups={groups}
          categories={catalog.categories}
          activeKey={active?.key ?? null}
          detailsOpen={detailsOpen}
          busy={loading}
          favourites={favouriteIds}
          onFavourite={onFavourite}
          onOpen={(project, { background }) => open(project, background)}
          onActivate={(key, { details }) => {
            setActiveKey(key);
            if (details !== undefined) setDetailsOpen(details);
          }}
          onLeave={() => inputRef.current?.focus()}
          renderDetails={(project) => (
            <ProjectDetails project={project} alternatives={alternatives(project)} openTarget={openTarget} />
          )}
        />
        {searching && !loading && hits.length === 0 && (
          <p class="project-search__empty">{t('popupNoResults', query.trim())}</p>
        )}
        {!searching && idleContent}
      </div>
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </div>
  );
}
