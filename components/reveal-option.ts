/**
 * Scrolls the active option and its details into view, the option first in line: "nearest"
 * moves the list no more than needed, and the details come into view as far as they fit.
 * An option taller than the room it has (a large font at a high zoom, where the popup's sticky
 * header and search box leave little) would, by "nearest", show its end with its name hidden
 * under them (CSSOM View: a box larger than the scrollport aligns its far edge); then its start
 * is aligned instead, below the search box (the popup's scroll-padding-top). The first option
 * of a labelled group brings the group's label with it ("Favourites" above it), as long as the
 * option's own top stays shown: without it the popup at a high zoom opened with that heading
 * under the search box.
 */
export function revealOption(option: HTMLElement | null, details: HTMLElement | null): void {
  details?.scrollIntoView({ block: 'nearest' });
  if (!option) return;
  option.scrollIntoView({ block: 'nearest' });
  if (!showsItsTop(option)) option.scrollIntoView({ block: 'start' });
  const label = firstOptionsLabel(option);
  if (!label) return;
  label.scrollIntoView({ block: 'nearest' });
  if (!showsItsTop(option)) option.scrollIntoView({ block: 'start' });
}

/** The label of the group (role="group", aria-labelledby) whose first option this is. */
function firstOptionsLabel(option: HTMLElement): HTMLElement | null {
  const group = option.closest('[role="group"]');
  if (!group || group.querySelector('[role="option"]') !== option) return null;
  const labelId = group.getAttribute('aria-labelledby');
  return labelId ? document.getElementById(labelId) : null;
}

/** Whether what is painted just inside the element's top edge is the element (not a header over it, not outside the window). */
function showsItsTop(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const hit = document.elementFromPoint(box.left + box.width / 2, box.top + 1);
  return hit !== null && element.contains(hit);
}
