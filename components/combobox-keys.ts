// What a key pressed in the search combobox does (WAI-ARIA APG "Combobox" pattern, list
// autocomplete with manual selection). Pure, so every key is unit-tested without a DOM.

export type ComboboxAction =
  | { kind: 'move'; index: number }
  | { kind: 'open'; background: boolean }
  | { kind: 'clear' }
  | { kind: 'close' }
  | { kind: 'none' };

export interface ComboboxKey {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
  /** An IME (Chinese pinyin, Japanese kana) is composing: its Enter and arrows belong to the IME. */
  isComposing: boolean;
}

export interface ComboboxState {
  count: number; // options in the listbox
  active: number; // index of the active option, -1 for none
  query: string;
}

const PAGE = 5;

export function comboboxAction(event: ComboboxKey, { count, active, query }: ComboboxState): ComboboxAction {
  if (event.isComposing || event.altKey) return { kind: 'none' };
  switch (event.key) {
    case 'ArrowDown':
      if (count === 0) return { kind: 'none' };
      return { kind: 'move', index: active < 0 || active >= count - 1 ? 0 : active + 1 };
    case 'ArrowUp':
      if (count === 0) return { kind: 'none' };
      return { kind: 'move', index: active <= 0 ? count - 1 : active - 1 };
    case 'PageDown':
      if (count === 0) return { kind: 'none' };
      return { kind: 'move', index: Math.min(count - 1, Math.max(0, active) + PAGE) };
    case 'PageUp':
      if (count === 0) return { kind: 'none' };
      return { kind: 'move', index: Math.max(0, active - PAGE) };
    case 'Enter':
      if (active < 0 || active >= count) return { kind: 'none' };
      // Ctrl on Windows/Linux, Cmd on macOS: the browsers' own "open in background tab" chord.
      return { kind: 'open', background: event.ctrlKey || event.metaKey };
    case 'Escape':
      return query === '' ? { kind: 'close' } : { kind: 'clear' };
    default:
      return { kind: 'none' };
  }
}
