// The IndexedDB schema (issue #4): record shapes and the idb DBSchema.
// The catalog stores (projects, categories, meta) are replaceable; favourites,
// visits and dismissed are user data that catalog installs never touch.
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Category, Project } from '../types';

export const DB_NAME = 'archscout';
/** Bump only when stores or indexes change; catalog updates are data, not schema versions. */
export const DB_VERSION = 3;

export interface FavouriteRecord {
  id: string; // project id (follows renames)
  name: string; // snapshot of the project's name so an orphan still shows
  addedAt: number; // ms since epoch
  updatedAt: number; // last change to tags/note/name (drives sync last-writer-wins)
  tags: string[]; // trimmed, distinct, lower case
  note?: string;
}

export type DismissScope = 'annotation' | 'recommendation';

export interface DismissedRecord {
  id: string;
  scope: DismissScope;
  at: number;
}

export interface VisitRecord {
  seq?: number; // auto-increment key
  id: string; // project id
  at: number;
}

/** A local deletion, kept so sync can tell other browsers (and not re-add it from a stale copy). */
export interface TombstoneRecord {
  id: string;
  deletedAt: number;
}

export interface CatalogMeta {
  key: 'catalog';
  version: number;
  hash: string;
  installedAt: number;
}

export interface InstallMeta {
  key: 'install';
  firstInstalledAt: number;
}

export type MetaRecord = CatalogMeta | InstallMeta;

export interface ArchscoutSchema extends DBSchema {
  projects: { key: string; value: Project & { order: number } }; // order: position in the catalog
  categories: { key: string; value: Category & { order: number } };
  meta: { key: MetaRecord['key']; value: MetaRecord };
  favourites: { key: string; value: FavouriteRecord; indexes: { 'by-tag': string; 'by-added': number } };
  visits: { key: number; value: VisitRecord; indexes: { 'by-at': number; 'by-project': string } };
  dismissed: { key: [DismissScope, string]; value: DismissedRecord };
  tombstones: { key: string; value: TombstoneRecord };
}

export type ArchscoutDb = IDBPDatabase<ArchscoutSchema>;

/** Visits kept: the newest ones; older ones are pruned on write. */
export const MAX_VISITS = 500;
