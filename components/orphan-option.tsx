import { useLocale } from './locale-context';
import type { OrphanItem } from './result-rows';

interface Props {
  id: string; // the option's DOM id (aria-activedescendant)
  item: OrphanItem;
  active: boolean;
  /** The pointer is over its row (its option or its star: use-row-hover.ts). */
  hovered?: boolean;
  gridRow: number;
  onActivate: () => void;
}

/**
 * A favourite gone from the catalog, in the popup's results: its saved name and why it cannot
 * open (the new tab shows it the same way). Its star beside it (result-actions.tsx) removes it.
 */
export function OrphanOption({ id, item, active, hovered, gridRow, onActivate }: Props) {
  const { t } = useLocale();
  const note = t('popupOrphaned');
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: keyboard users reach options from the combobox (arrow keys): APG combobox pattern
    // biome-ignore lint/a11y/useFocusableInteractive: options are never focused; the combobox points at them with aria-activedescendant
    <div
      id={id}
      role="option"
      aria-selected={active}
      aria-label={`${item.orphan.name}, ${note}`} // starts with the name, like every option (DESIGN.md)
      class={`results__option results__option--orphaned${active ? ' is-active' : ''}${hovered ? ' is-hovered' : ''}`}
      style={{ gridRow }}
      data-project-id={item.orphan.id}
      data-row-key={item.key}
      // Keep focus (and the caret) in the combobox when the option is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onActivate}
    >
      <div class="results__line">
        <span class="results__name name-clamp" title={item.orphan.name}>
          {item.orphan.name}
        </span>
        <span class="badge badge--status">{note}</span>
      </div>
    </div>
  );
}
