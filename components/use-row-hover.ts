// Which result row the pointer is over. A row is two cells that are not DOM siblings (the option
// in the listbox, its star and chevron in the actions column: result-list.tsx says why), so no
// CSS selector can light one up from the other's :hover; both cells carry data-row-key instead.
import { useState } from 'preact/hooks';

export interface RowHover {
  /** The hovered row's key, or null. */
  hovered: string | null;
  /** For the list's container (delegated: one listener for every row). */
  onPointerOver: (event: PointerEvent) => void;
  onPointerLeave: () => void;
}

export function useRowHover(): RowHover {
  const [hovered, setHovered] = useState<string | null>(null);
  return {
    hovered,
    // Setting the same key again does not re-render (Preact compares the state).
    onPointerOver: (event) => {
      const row = event.target instanceof Element ? event.target.closest('[data-row-key]') : null;
      setHovered(row?.getAttribute('data-row-key') ?? null);
    },
    onPointerLeave: () => setHovered(null),
  };
}
