/**
 * Scrolls the active option and its details into view, the option first in line: "nearest"
 * moves the list no more than needed, and the details come into view as far as they fit.
 * An option taller than the room it has (a large font at a high zoom, where the popup's sticky
 * header and search box leave little) would, by "nearest", show its end with its name hidden
 * under them (CSSOM View: a box larger than the scrollport aligns its far edge); then its start
 * is aligned instead, below the search box (the popup's scroll-padding-top).
 */
export function revealOption(option: HTMLElement | null, details: HTMLElement | null): void {
  details?.scrollIntoView({ block: 'nearest' });
  if (!option) return;
  option.scrollIntoView({ block: 'nearest' });
  if (!showsItsTop(option)) option.scrollIntoView({ block: 'start' });
}

/** Whether what is painted just inside the element's top edge is the element (not a header over it, not outside the window). */
function showsItsTop(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 1);
  return hit !== null && element.contains(hit);
}
