import { useEffect, useRef } from 'preact/hooks';
import type { Category, Project } from '@/catalog/types';
import { focusWasLost } from './focus-lost';
import { useLocale } from './locale-context';
import { ProjectTile } from './project-tile';

export interface RecommendationItem {
  project: Project;
  reason: string; // one line, already in the UI language
}

interface Props {
  items: readonly RecommendationItem[];
  categories: readonly Category[];
  favouriteIds: ReadonlySet<string>;
  onFavourite: (id: string, on: boolean) => void;
  onNotInterested: (project: Project) => void;
  /** A project brought back by Undo: its card gets the focus once it is listed again (then `onRestored`). */
  restoredId?: string | null;
  onRestored?: () => void;
}

/** Recommended projects, each with why it is recommended and a "Not interested" button that dismisses it for good. */
export function RecommendationList({
  items,
  categories,
  favouriteIds,
  onFavourite,
  onNotInterested,
  restoredId,
  onRestored,
}: Props) {
  const { t } = useLocale();
  const list = useRef<HTMLUListElement>(null);
  // After a dismissal the focused button is gone: put focus on the card that took its place
  // (or the last one), so keyboard users keep their position instead of landing on <body>.
  const refocusAt = useRef<number | null>(null);
  useEffect(() => {
    const index = refocusAt.current;
    if (index === null || !list.current) return;
    refocusAt.current = null;
    const buttons = list.current.querySelectorAll<HTMLButtonElement>('.rec__dismiss');
    const target = buttons[Math.min(index, buttons.length - 1)];
    if (target) target.focus();
    else document.getElementById('recommended-heading')?.focus();
  }, [items]);
  // Undo took the focused button away (the notice empties): focus the card it brought back.
  useEffect(() => {
    if (!restoredId || !list.current) return;
    const card = list.current.querySelector(`[data-project-id="${CSS.escape(restoredId)}"]`);
    if (!card) return; // not listed again yet: this runs again when the items change
    // Only focus that was lost with the Undo button: a user who has moved on keeps their place.
    if (focusWasLost()) {
      card.querySelector<HTMLButtonElement>('.rec__dismiss')?.focus();
    }
    onRestored?.();
  }, [items, restoredId, onRestored]);

  if (items.length === 0) return <p class="empty">{t('newtabRecommendedEmpty')}</p>;
  return (
    <ul class="tile-grid rec-list" ref={list}>
      {items.map(({ project, reason }, index) => (
        <li key={project.id}>
          <ProjectTile
            project={project}
            categories={categories}
            isFavourite={favouriteIds.has(project.id)}
            onFavourite={onFavourite}
            class="rec"
          >
            <p class="rec__reason">{reason}</p>
            <div class="tile__actions">
              <button
                type="button"
                class="button button--quiet rec__dismiss"
                aria-label={t('newtabNotInterestedIn', project.name)}
                onClick={() => {
                  refocusAt.current = index;
                  onNotInterested(project);
                }}
              >
                {t('newtabNotInterested')}
              </button>
            </div>
          </ProjectTile>
        </li>
      ))}
    </ul>
  );
}
