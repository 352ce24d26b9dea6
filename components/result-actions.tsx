import { FavouriteButton } from './favourite-button';
import { useLocale } from './locale-context';
import { isProjectItem, type ResultItem } from './result-rows';

interface Props {
  id: string; // DOM id, so the list can find the star again after a re-render (use-list-focus.ts)
  detailsId: string; // DOM id of the item's details, for aria-controls
  item: ResultItem;
  line: number; // the item's row in the results grid
  active: boolean;
  /** Whether the active item shows its details (the list's setting). */
  detailsOpen: boolean;
  hovered: boolean;
  favourite: boolean;
  onFavourite: (on: boolean) => void;
  onDetails: (open: boolean) => void;
}

/**
 * A result's favourite and details buttons, in the results grid's second column beside its
 * option (result-list.tsx says why they are not inside it).
 */
export function ItemActions({ id, detailsId, item, line, active, detailsOpen, hovered, favourite, ...on }: Props) {
  const { t } = useLocale();
  const project = isProjectItem(item) ? item.project : undefined;
  const expanded = active && detailsOpen && project !== undefined;
  // Only the active row's buttons are in the Tab order; the arrow keys reach the other rows.
  const tabIndex = active ? 0 : -1;
  const name = isProjectItem(item) ? item.project.name : item.orphan.name;
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: not an interaction, it only stops a click moving focus off the combobox
    <div
      id={id}
      class={`results__item-actions${active ? ' is-active' : ''}${expanded ? ' has-details' : ''}${hovered ? ' is-hovered' : ''}`}
      style={{ gridRow: line }}
      data-row-key={item.key}
      // A click keeps focus (and typing) in the combobox; Tab still reaches the buttons.
      onMouseDown={(event) => event.preventDefault()}
    >
      <FavouriteButton name={name} pressed={favourite} onToggle={on.onFavourite} tabIndex={tabIndex} />
      {/* An orphan has no details to show; its star still removes it. */}
      {project && (
        <button
          type="button"
          class="icon-button results__details-toggle"
          aria-expanded={expanded}
          aria-controls={expanded ? detailsId : undefined}
          aria-label={t('popupDetailsOf', project.name)}
          title={t('popupDetailsOf', project.name)}
          tabIndex={tabIndex}
          onClick={() => on.onDetails(!expanded)}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" />
          </svg>
        </button>
      )}
    </div>
  );
}
