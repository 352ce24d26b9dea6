// The background's part of the popup's features (issue #5), registered in one call from
// entrypoints/background.ts: the `arch` omnibox keyword, forgetting a tab's recorded
// project (services/tab-match.ts) when it closes, and the toolbar title following the language.
import type { Catalog } from '@/catalog/types';
import { registerActionTitleUpdates } from './action-title';
import { registerOmnibox } from './omnibox';
import { registerTabMatchCleanup } from './tab-match';

export function registerPopupServices(catalog: Catalog): void {
  registerOmnibox(catalog);
  registerTabMatchCleanup();
  registerActionTitleUpdates(catalog);
}
