// The background's table of contents for messages: one handler per request type.
import { handleDismiss, handleDismissedList, handleUndismiss } from './dismissed';
import { handleFavouritesClear, handleFavouritesList, handleFavouritesSet, handleFavouritesUpdate } from './favourites';
import { handleMatch } from './match';
import { handlePageMatch } from './page-match';
import { handleSettingsGet, handleSettingsSet, handleSyncStatus } from './settings';
import { handleExport, handleImportFile } from './transfer';
import type { HandlerTable } from './types';
import { handleVisit, handleVisitsRecent } from './visits';

export const handlers: HandlerTable = {
  match: handleMatch,
  visit: handleVisit,
  pageMatch: handlePageMatch,
  'favourites.list': handleFavouritesList,
  'favourites.set': handleFavouritesSet,
  'favourites.update': handleFavouritesUpdate,
  'favourites.clear': handleFavouritesClear,
  dismiss: handleDismiss,
  undismiss: handleUndismiss,
  'dismissed.list': handleDismissedList,
  'visits.recent': handleVisitsRecent,
  export: handleExport,
  'import.file': handleImportFile,
  'settings.get': handleSettingsGet,
  'settings.set': handleSettingsSet,
  'sync.status': handleSyncStatus,
};
