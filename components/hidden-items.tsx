import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { projectNames } from '@/catalog/project-names';
import type { DismissScope } from '@/services/protocol';
import { type HiddenGroup, type HiddenItem, hiddenGroups } from './hidden-groups';
import type { MessageKey } from './i18n';
import type { InstalledCatalog } from './installed-catalog';
import { useLocale } from './locale-context';
import { useCatalog } from './use-catalog';
import { useDismissed } from './use-dismissed';

const headingKeys: Record<DismissScope, MessageKey> = {
  annotation: 'optionsHiddenAnnotations',
  recommendation: 'optionsHiddenRecommendations',
};

const shownKeys: Record<DismissScope, MessageKey> = {
  annotation: 'optionsHiddenShownAnnotation',
  recommendation: 'optionsHiddenShownRecommendation',
};

/**
 * The options page's "Hidden projects": every on-page card the user closed and every
 * recommendation marked "not interested", each with "Show again" (the annotation's Undo only
 * lasts a few seconds, so this is the way back). Names come from the installed catalog.
 */
export function HiddenItems({ catalog: source }: { catalog: InstalledCatalog }) {
  const catalog = useCatalog(source);
  const dismissed = useDismissed();
  const groups = useMemo(
    () => hiddenGroups(dismissed.items, catalog ? projectNames(catalog) : () => undefined),
    [catalog, dismissed.items],
  );
  return (
    <HiddenItemsView
      groups={groups}
      loaded={catalog !== null && dismissed.loaded}
      onShowAgain={(item) => dismissed.undismiss(item.id, item.scope)}
    />
  );
}

export interface HiddenItemsViewProps {
  groups: readonly HiddenGroup[];
  loaded: boolean;
  onShowAgain: (item: HiddenItem) => Promise<void>;
}

export function HiddenItemsView({ groups, loaded, onShowAgain }: HiddenItemsViewProps) {
  const { t } = useLocale();
  const [announcement, setAnnouncement] = useState('');
  const section = useRef<HTMLElement>(null);
  // After a row leaves, focus goes to the row that took its place (or the one before, or the
  // heading), never to <body>, so a keyboard user can show several again in a row.
  const refocus = useRef<number | null>(null);

  // A layout effect: focus moves in the same task as the row leaves, before anything else can re-render.
  useLayoutEffect(() => {
    const index = refocus.current;
    if (index === null || !section.current) return;
    refocus.current = null;
    const buttons = section.current.querySelectorAll<HTMLButtonElement>('.hidden-item button');
    (buttons[Math.min(index, buttons.length - 1)] ?? section.current.querySelector<HTMLElement>('h2'))?.focus();
  }, [groups]);

  async function showAgain(item: HiddenItem, index: number) {
    refocus.current = index;
    try {
      await onShowAgain(item);
      setAnnouncement(t(shownKeys[item.scope], item.name));
    } catch (error) {
      refocus.current = null; // the row stays (or comes back): focus stays on its button
      setAnnouncement(t('optionsHiddenFailed', item.name, error instanceof Error ? error.message : String(error)));
    }
  }

  let index = 0; // buttons across groups, in Tab order
  return (
    <section class="card hidden-items" aria-labelledby="hidden-heading" ref={section}>
      <h2 id="hidden-heading" tabIndex={-1}>
        {t('optionsHiddenHeading')}
      </h2>
      <p class="hint">{t('optionsHiddenIntro')}</p>
      {loaded && groups.length === 0 && <p>{t('optionsHiddenEmpty')}</p>}
      {groups.map((group) => (
        <div key={group.scope} class="hidden-items__group">
          <h3 id={`hidden-${group.scope}`}>{t(headingKeys[group.scope])}</h3>
          <ul class="hidden-items__list" aria-labelledby={`hidden-${group.scope}`}>
            {group.items.map((item) => {
              const at = index++;
              return (
                <li key={item.id} class="hidden-item">
                  <span class="hidden-item__name name-clamp" title={item.name}>
                    {item.name}
                  </span>
                  <button
                    type="button"
                    class="button"
                    aria-label={t('optionsHiddenShowAgainFor', item.name)}
                    onClick={() => showAgain(item, at)}
                  >
                    {t('optionsHiddenShowAgain')}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      <p class="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
