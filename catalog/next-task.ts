/**
 * Resolves in a later task, so whatever the event loop has waiting runs first: in Firefox the
 * background page shares its thread with the extension's open pages, which get to paint a frame
 * between the steps of a long job (an import). setTimeout, not a microtask: promise callbacks
 * run before the browser may render.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
