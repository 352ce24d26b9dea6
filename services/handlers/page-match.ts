// The toolbar badge and title for the tab that sent `pageMatch` (sender.tab.id:
// no `tabs` permission needed). Cleared when the page is not a listed project.
import { browser } from 'wxt/browser';
import { actionTitle, titleLang } from '../action-title';
import { recordTabMatch } from '../tab-match';
import type { Handler } from './types';

export const BADGE_TEXT = '★';

export const handlePageMatch: Handler<'pageMatch'> = async (ctx, { id }, sender) => {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return null;
  const project = id === null ? undefined : ctx.catalog.projects.find((p) => p.id === id);
  // The icon first, then the record the popup reads ("On this page", issue #5): whoever sees
  // the record can rely on the badge and title being set already.
  if (!project) {
    // Chrome documents no "reset" for a tab's title, so set the extension's own name back.
    const name = browser.i18n.getMessage('extName') || 'Archscout';
    await Promise.all([
      browser.action.setBadgeText({ tabId, text: '' }),
      browser.action.setTitle({ tabId, title: name }),
    ]);
    await recordTabMatch(tabId, null);
    return null;
  }
  const title = actionTitle(ctx.catalog, project, await titleLang());
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: BADGE_TEXT }),
    browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4f' }),
    browser.action.setTitle({ tabId, title }),
  ]);
  await recordTabMatch(tabId, project.id);
  return null;
};
