import { useLocale } from './locale-context';

interface Props {
  name: string; // the project's display name, for the accessible label
  pressed: boolean;
  onToggle: (on: boolean) => void;
  disabled?: boolean;
  /** -1 keeps it out of the Tab order (lists with one tabbable row, e.g. the popup's results). */
  tabIndex?: number;
}

/** The favourite toggle every surface shows: a button with aria-pressed whose name contains "favourite" (DESIGN.md contract). */
export function FavouriteButton({ name, pressed, onToggle, disabled, tabIndex }: Props) {
  const { t } = useLocale();
  const label = pressed ? t('favouriteRemove', name) : t('favouriteAdd', name);
  return (
    <button
      type="button"
      class="fav-button"
      aria-pressed={pressed}
      aria-label={label}
      title={label}
      disabled={disabled}
      tabIndex={tabIndex}
      onClick={(event) => {
        event.stopPropagation();
        onToggle(!pressed);
      }}
    >
      <span aria-hidden="true">{pressed ? '★' : '☆'}</span>
    </button>
  );
}
