// Whether keyboard focus was lost: the focused control was removed or hidden, and the browser
// moved focus to <body> (HTML's "focus fixup rule"). Code that puts focus back after its own
// change checks this first, so a user who has moved on elsewhere keeps their place.
export function focusWasLost(doc: Document = document): boolean {
  return doc.activeElement === null || doc.activeElement === doc.body;
}
