// The message protocol between surfaces (popup, new tab, options, content
// scripts) and the background, which owns all user data (issue #4).
//
// Every request is a discriminated union on `type`; `ResponseFor<T>` gives the
// result type of each. On the wire the background answers with an envelope
// (`{ ok: true, result }` or `{ ok: false, error }`); `sendMessage` in
// services/client.ts unwraps it and throws `MessageError` on failure.
// Requests are validated with valibot in services/request-schema.ts; the sender
// is checked in services/sender.ts (content scripts may only send the
// `ContentScriptRequest` subset).

import type { Settings, SettingsPatch } from '@/catalog/settings';
import type { DismissScope, FavouriteRecord } from '@/catalog/store/schema';
import type { NotSyncedGroup } from '@/catalog/sync/not-synced-groups';
import type { ImportProblem } from '@/catalog/transfer/import-problem';
import type { Category, Project } from '@/catalog/types';

export type { DismissScope, ImportProblem, Settings, SettingsPatch };

/** A favourite as every surface shows it. `orphaned`: its project is no longer in the catalog. */
export interface FavouriteView extends FavouriteRecord {
  orphaned: boolean;
}

/** What the annotation (and the popup for the current tab) shows for a matched page. */
export interface MatchCard {
  project: Project;
  categories: Category[]; // the project's categories, primary first
  alternatives: Project[]; // 3-6 projects doing the same job, best first (fewer if the category is small)
  isFavourite: boolean;
  dismissed: boolean; // the user closed the annotation for this project
}

export interface RecentVisit {
  id: string;
  at: number; // last visit, ms since epoch
  count: number; // visits among the kept history
}

export interface DismissedItem {
  id: string;
  scope: DismissScope;
  at: number;
}

export type ExportFormat = 'json' | 'markdown';

export interface ExportFile {
  filename: string; // e.g. "archscout-favourites-2026-01-31.json"
  mime: string;
  text: string;
}

/**
 * A refused file answers `ok: false` with every problem as data (catalog/transfer/import-problem.ts),
 * never as English text: the page words them in its own language. Pages read `problems` defensively
 * (components/import-problem-text.ts), since a newer background may send codes they do not know.
 */
export type ImportResult =
  | {
      ok: true;
      added: number;
      updated: number;
      kept: string[]; // names of favourites changed here after the file's copy was saved: left as they are
      unknown: string[]; // names of favourites this catalog does not list (imported all the same)
      settings: boolean; // the file's settings were applied
    }
  | { ok: false; problems: ImportProblem[] };

export type SyncState = 'ok' | 'pending' | 'quota-exceeded' | 'error' | 'unavailable';

/** Mirrored to storage.local `syncStatus`; the options page shows it. */
export interface SyncStatus {
  state: SyncState;
  message?: string; // in English, set when state is not ok (for logs: pages word the state from the fields below)
  detail?: string; // the browser's own error text, shown as it is
  notSyncedCount?: number; // favourites kept on this device only (quota)
  notSynced?: NotSyncedGroup[]; // which ones, per quota (catalog/sync/not-synced-groups.ts)
  retries?: number; // consecutive passes that ended waiting for a retry (the retry alarm backs off)
  at: number; // when this status was recorded
  lastSyncedAt?: number;
}

/** Requests a content script may send (sender origin must be one we inject into). */
export type ContentScriptRequest =
  | { type: 'match'; url: string }
  | { type: 'visit'; id: string }
  | { type: 'pageMatch'; id: string | null }
  | { type: 'favourites.set'; id: string; on: boolean }
  | { type: 'dismiss'; id: string; scope: DismissScope }
  | { type: 'undismiss'; id: string; scope: DismissScope }
  | { type: 'settings.get' };

/** Requests only extension pages (popup, new tab, options) may send. */
export type PageOnlyRequest =
  | { type: 'favourites.list' }
  | { type: 'favourites.update'; id: string; tags?: string[]; note?: string | null } // null clears the note
  | { type: 'favourites.clear' } // removes every favourite (the options page's reset)
  | { type: 'dismissed.list' }
  | { type: 'visits.recent'; limit?: number }
  | { type: 'export'; format: ExportFormat }
  /** A file chosen on the page, as a blob: URL of the page's own: read by the background, not sent (see handlers/transfer.ts). */
  | { type: 'import.file'; url: string }
  | { type: 'settings.set'; patch: SettingsPatch }
  | { type: 'sync.status' };

export type Request = ContentScriptRequest | PageOnlyRequest;
export type RequestType = Request['type'];
export type RequestOf<T extends RequestType> = Extract<Request, { type: T }>;

export interface ResponseMap {
  match: MatchCard | null;
  visit: null;
  pageMatch: null;
  'favourites.list': FavouriteView[];
  'favourites.set': FavouriteView | null; // the favourite, or null once removed
  'favourites.update': FavouriteView;
  'favourites.clear': number; // how many were removed
  dismiss: null;
  undismiss: null;
  'dismissed.list': DismissedItem[];
  'visits.recent': RecentVisit[];
  export: ExportFile;
  'import.file': ImportResult;
  'settings.get': Settings;
  'settings.set': Settings;
  'sync.status': SyncStatus;
}

export type ResponseFor<T extends RequestType> = ResponseMap[T];

/** What travels back over runtime messaging. */
export type Envelope<T = unknown> = { ok: true; result: T } | { ok: false; error: string };

export const CONTENT_SCRIPT_TYPES: ReadonlySet<RequestType> = new Set<ContentScriptRequest['type']>([
  'match',
  'visit',
  'pageMatch',
  'favourites.set',
  'dismiss',
  'undismiss',
  'settings.get',
]);

/**
 * Keys the background mirrors into browser.storage.local so every surface sees
 * changes without reload: watch them with `browser.storage.onChanged` (area
 * 'local') or WXT's `storage.watch('local:<key>')`. Only the background writes them.
 */
export const LOCAL_KEYS = {
  /** string[]: ids of current favourites (for quick "is favourite" checks). */
  favouriteIds: 'favouriteIds',
  /** Settings: the user's settings (read with normaliseSettings). */
  settings: 'settings',
  /** SyncStatus */
  syncStatus: 'syncStatus',
  /** number: bumped on every user-data change (favourites, tags, notes, dismissals, imports). */
  userDataRev: 'userDataRev',
} as const;
