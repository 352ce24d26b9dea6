// Which listed project each tab shows, as its content script reports it (`pageMatch`, with
// the tab id taken from the message sender, never from the payload). Kept in
// storage.session: in memory for the browser session, readable by extension pages but not by
// content scripts (its default access level, TRUSTED_CONTEXTS), and it outlives the service
// worker being stopped. The popup reads its window's active tab from here, so neither needs
// the `tabs` permission (issue #5).
import { browser } from 'wxt/browser';

const PREFIX = 'tabMatch:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

export async function recordTabMatch(tabId: number, projectId: string | null): Promise<void> {
  if (projectId === null) await browser.storage.session.remove(keyOf(tabId));
  else await browser.storage.session.set({ [keyOf(tabId)]: projectId });
}

/** The project id the tab showed when its content script last reported, or null. */
export async function readTabMatch(tabId: number): Promise<string | null> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const value = stored[key];
  return typeof value === 'string' ? value : null;
}

/**
 * Forgets a tab's record when the tab closes or starts loading another document. A document
 * that is a listed project reports again once its content script runs (after "loading");
 * GitHub's own in-page navigations do not load a document and are reported by the script.
 * tabs.onUpdated and onRemoved need no permission (only url/title fields do).
 */
export function registerTabMatchCleanup(): void {
  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(keyOf(tabId));
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void browser.storage.session.remove(keyOf(tabId));
  });
}
