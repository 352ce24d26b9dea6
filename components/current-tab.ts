import { browser } from 'wxt/browser';
import { readCurrentTabMatch } from '@/services/tab-match';

/**
 * TEST-ONLY: `popup.html?tab=<tabId>` makes the popup treat that tab as the current one.
 * Playwright cannot open the real toolbar popup, so e2e tests open popup.html in a tab of its
 * own, whose "active tab" would be itself. The parameter only picks which tab's recorded match
 * is read (the same lookup as in production); it grants nothing, and only extension pages can
 * open popup.html. Documented in README, "Testing".
 */
export function tabOverride(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tab');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return undefined;
  return Number(raw);
}

/**
 * The project the popup's window's active tab shows, as its content script reported it to the
 * background. tabs.query gives the active tab's id without the `tabs` permission (only its url
 * and title need it), and the id is all the lookup uses.
 */
export async function currentTabProjectId(search: string): Promise<string | null> {
  let tabId = tabOverride(search);
  if (tabId === undefined) {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = tab?.id;
  }
  return tabId === undefined ? null : readCurrentTabMatch(tabId);
}
