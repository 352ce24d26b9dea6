// Which listed project each tab shows, as its content script reports it (`pageMatch`, with
// the tab id taken from the message sender, never from the payload). Kept in
// storage.session: in memory for the browser session, readable by extension pages but not by
// content scripts (its default access level, TRUSTED_CONTEXTS), and it outlives the service
// worker being stopped. The popup reads its window's active tab from here, so neither needs
// the `tabs` permission (issue #5).
import { browser } from 'wxt/browser';

const PREFIX = 'tabMatch:';
const keyOf = (tabId: number) => `${PREFIX}${tabId}`;

/**
 * Records what the tab shows, and forgets the tabs closed since the last record was added. Not on
 * tabs.onRemoved: a listener there made every tab closed anywhere in the browser start the
 * stopped service worker (and its start-up work) to delete one small key. Records of closed
 * tabs are harmless meanwhile: tab ids are not reused within a browser session, and
 * storage.session is emptied when it ends.
 */
export async function recordTabMatch(tabId: number, projectId: string | null): Promise<void> {
  if (projectId === null) {
    await browser.storage.session.remove(keyOf(tabId));
    return; // only a new record makes the records more: no need to look for closed tabs
  }
  await browser.storage.session.set({ [keyOf(tabId)]: projectId });
  await forgetClosedTabs(tabId);
}

/** Removes the records of tabs no longer open; never the reporting tab's (a prerendered page may be in no list). */
async function forgetClosedTabs(reporting: number): Promise<void> {
  const [open, recorded] = await Promise.all([browser.tabs.query({}), readTabMatches()]);
  const openIds = new Set(open.map((tab) => tab.id));
  const closed = [...recorded.keys()].filter((tabId) => tabId !== reporting && !openIds.has(tabId)).map(keyOf);
  if (closed.length > 0) await browser.storage.session.remove(closed);
}

/** The project id the tab showed when its content script last reported, or null. */
export async function readTabMatch(tabId: number): Promise<string | null> {
  const key = keyOf(tabId);
  const stored = await browser.storage.session.get(key);
  const value = stored[key];
  return typeof value === 'string' ? value : null;
}

/** Every recorded tab and its project id (corrupt records left out). */
export async function readTabMatches(): Promise<Map<number, string>> {
  const stored = await browser.storage.session.get(null);
  const matches = new Map<number, string>();
  for (const [key, value] of Object.entries(stored)) {
    const tabId = key.startsWith(PREFIX) ? key.slice(PREFIX.length) : '';
    if (/^\d+$/.test(tabId) && typeof value === 'string') matches.set(Number(tabId), value);
  }
  return matches;
}

/**
 * The project the tab shows now. A record can outlive its page: when the tab loads another
 * site no content script runs there to report null, and without the `tabs` permission the
 * background cannot see the new URL (tabs.onUpdated's "loading" also fires for GitHub's
 * pushState navigations, after the script's report, so it cannot clear the record either).
 * The toolbar badge can tell: the `pageMatch` handler sets it for a listed page, and browsers
 * drop a tab's badge when it loads a new document (MDN action.setBadgeText: "reset when the
 * user navigates this tab to a new page"; Chrome likewise). No badge, no current project.
 */
export async function readCurrentTabMatch(tabId: number): Promise<string | null> {
  const [projectId, badge] = await Promise.all([
    readTabMatch(tabId),
    browser.action.getBadgeText({ tabId }).catch(() => ''),
  ]);
  return projectId !== null && badge !== '' ? projectId : null;
}
