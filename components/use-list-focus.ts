// Keyboard focus inside the results (a row's star, chevron or details links), which the search
// box's own keys (combobox-keys.ts) never see. Two things would otherwise strand a keyboard user:
// - Starring a row before typing moves it to another group, or unstarring a favourite takes it
//   off the list. Preact then re-inserts or removes the focused star, and the browser drops focus
//   to <body>, where no key does anything (HTML "focus fixup rule").
// - Escape did nothing there, although in the search box it clears and closes.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { focusWasLost } from './focus-lost';

export interface ListFocus {
  /** A row's star was pressed: if that drops focus, put it back after the list re-renders. */
  starToggled: (key: string) => void;
  /** On the list's container: Escape from any of its controls returns to the search box. */
  onKeyDown: (event: KeyboardEvent) => void;
}

/**
 * `starOf(key)` finds a row's star in the rendered list (null once the row is gone);
 * `toSearchBox` focuses the search box. Focus goes back to the same star when its project is
 * still listed (in whichever group), so Space can undo; otherwise to the search box, whose
 * selection has moved to the neighbouring row (activeIndexOf, result-rows.ts).
 */
export function useListFocus(starOf: (key: string) => HTMLElement | null, toSearchBox?: () => void): ListFocus {
  const pending = useRef<string | null>(null);

  useLayoutEffect(() => {
    const key = pending.current;
    if (key === null) return;
    pending.current = null;
    // Only focus that was lost: a mouse click on a star keeps focus in the search box.
    if (!focusWasLost()) return;
    const star = starOf(key);
    if (star) star.focus();
    else toSearchBox?.();
  });

  return {
    starToggled: (key) => {
      pending.current = key;
    },
    onKeyDown: (event) => {
      if (event.key !== 'Escape' || event.defaultPrevented || !toSearchBox) return;
      event.preventDefault(); // the search box's contract starts at its own next Escape (clear, then close)
      toSearchBox();
    },
  };
}
