// When to re-evaluate the page. GitHub navigates without reloads (Turbo frames and a React
// router), and docs sites are often single-page apps, so a content script sees many pages per
// load. WXT's wxt:locationchange reports URL changes (at navigation start); GitHub's own events
// report that the new DOM is in place (reference notes §1.4: turbo:render, turbo:frame-load,
// soft-nav:end, soft-nav:react-done). popstate covers back/forward where the others are silent.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const DOCUMENT_EVENTS = ['turbo:render', 'turbo:frame-load', 'soft-nav:end', 'soft-nav:react-done'] as const;

/** Whether the Navigation API is there (Chromium; Firefox from 147). */
export const hasNavigationApi = (): boolean => typeof (globalThis as { navigation?: unknown }).navigation === 'object';

/**
 * Calls `onNavigate` after every soft navigation; listeners go away with the context.
 * wxt:locationchange comes from the Navigation API's `navigate` event, which fires before
 * `location` changes (a pushState is still in progress), so it passes the new URL along.
 * Without the Navigation API WXT would poll `location` every second instead: no polling here
 * (issue #6); the render watch compares the URL after each DOM change instead.
 */
export function watchNavigation(ctx: ContentScriptContext, onNavigate: (href?: string) => void): void {
  if (hasNavigationApi()) ctx.addEventListener(window, 'wxt:locationchange', (event) => onNavigate(event.newUrl.href));
  ctx.addEventListener(window, 'popstate', () => onNavigate());
  for (const type of DOCUMENT_EVENTS) {
    // turbo:frame-load fires on the <turbo-frame> and bubbles; capture so no page handler can hide it.
    ctx.addEventListener(document, type as keyof DocumentEventMap, () => onNavigate(), { capture: true });
  }
}
