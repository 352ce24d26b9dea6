// The background's part of the popup's features (issue #5), registered in one call from
// entrypoints/background.ts: the `arch` omnibox keyword and the toolbar title following the
// language. (A closed tab's recorded project is forgotten at the next record, services/tab-match.ts.)
import type { Catalog } from '@/catalog/types';
import { registerActionTitleUpdates } from './action-title';
import { registerOmnibox } from './omnibox';

export function registerPopupServices(catalog: Catalog): void {
  registerOmnibox(catalog);
  registerActionTitleUpdates(catalog);
}
