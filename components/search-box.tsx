import './search-box.css';
import type { Ref } from 'preact';

export interface SearchBoxProps {
  value: string;
  onInput: (value: string) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  /** Accessible name; also the placeholder when none is given. */
  label: string;
  placeholder?: string;
  listboxId: string;
  /** Whether the listbox shows options (aria-expanded). */
  expanded: boolean;
  /** DOM id of the active option, for aria-activedescendant (focus stays in the input). */
  activeOptionId?: string;
  /** DOM id of text that qualifies the results (aria-describedby), e.g. that they only mention the query. */
  describedBy?: string;
  autoFocus?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  class?: string;
}

/**
 * The search input as an ARIA combobox (WAI-ARIA APG, "list autocomplete"): focus never leaves
 * it; arrow keys move aria-activedescendant through the listbox it controls (DESIGN.md contract).
 */
export function SearchBox({
  value,
  onInput,
  onKeyDown,
  label,
  placeholder,
  listboxId,
  expanded,
  activeOptionId,
  describedBy,
  autoFocus,
  inputRef,
  class: className,
}: SearchBoxProps) {
  return (
    <div class={`search-box${className ? ` ${className}` : ''}`}>
      <svg class="search-box__icon" viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" stroke-width="2" />
        <path d="m13 13 4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
      </svg>
      <input
        ref={inputRef}
        class="search-box__input"
        type="text"
        role="combobox"
        enterKeyHint="search"
        aria-label={label}
        aria-autocomplete="list"
        aria-controls={listboxId}
        aria-expanded={expanded}
        aria-activedescendant={activeOptionId}
        aria-describedby={describedBy}
        placeholder={placeholder ?? label}
        autocomplete="off"
        autocapitalize="off"
        spellcheck={false}
        // biome-ignore lint/a11y/noAutofocus: the popup exists to be typed into (issue #5: opens with focus in the search box)
        autoFocus={autoFocus}
        value={value}
        onInput={(event) => onInput(event.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
