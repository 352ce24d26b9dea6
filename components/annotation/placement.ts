// Where the annotation goes on a GitHub page. The About sidebar's markup has changed several
// times (DESIGN.md, reference notes §1.3), so anchors are tried newest first, matched by
// attribute substrings rather than hashed class names; no anchor means a floating badge.
// The host is kept a sibling of GitHub's sections, never inside them, so React re-rendering a
// section does not take our element with it (and the observer puts it back if a re-render does).

export type PlacementKind = 'sidebar' | 'floating';

export interface Placement {
  kind: PlacementKind;
  /** Which anchor of the chain matched (for tests and debugging); "body" for the floating badge. */
  anchor: string;
  /** True when the host already sits where this placement puts it. */
  holds(host: Element): boolean;
  /** Moves (or first inserts) the host into place. */
  place(host: Element): void;
}

/** Insert right after `element` (same parent). */
function after(anchor: string, element: Element): Placement {
  return {
    kind: 'sidebar',
    anchor,
    holds: (host) =>
      host.parentNode === element.parentNode &&
      !!(element.compareDocumentPosition(host) & Node.DOCUMENT_POSITION_FOLLOWING),
    place: (host) => element.after(host),
  };
}

/** In a BorderGrid: after its first row (the About row), or first when it has no rows yet. */
function inBorderGrid(anchor: string, grid: Element): Placement {
  const firstRow = Array.from(grid.children).find((child) => child.classList.contains('BorderGrid-row'));
  if (firstRow) return after(anchor, firstRow);
  return {
    kind: 'sidebar',
    anchor,
    holds: (host) => host.parentNode === grid,
    place: (host) => grid.prepend(host),
  };
}

export const SIDEBAR_ANCHORS = [
  '[class*="SidebarSection-module__sidebarSection"]', // React sidebar (2026)
  '[class*="PageLayout-Pane"] .BorderGrid', // PageLayout transition markup
  '.Layout-sidebar .BorderGrid', // classic server-rendered sidebar
] as const;

export function sidebarPlacement(doc: Document, host?: Element): Placement | undefined {
  const [react, pane, classic] = SIDEBAR_ANCHORS;
  // The first section is About; skip our own host should a page ever wrap it in such a class.
  const section = Array.from(doc.querySelectorAll(react)).find((s) => s !== host && !host?.contains(s));
  if (section) return after(react, section);
  const grid = doc.querySelector(pane) ?? doc.querySelector(classic);
  if (grid) return inBorderGrid(grid.matches(pane) ? pane : classic, grid);
  return undefined;
}

export function floatingPlacement(doc: Document): Placement {
  return {
    kind: 'floating',
    anchor: 'body',
    holds: (host) => host.parentNode === doc.body,
    place: (host) => doc.body.append(host),
  };
}

/** GitHub: the sidebar when there is one, else the floating badge. Docs sites always float. */
export function findPlacement(doc: Document, surface: 'github' | 'docs', host?: Element): Placement {
  return (surface === 'github' ? sidebarPlacement(doc, host) : undefined) ?? floatingPlacement(doc);
}
