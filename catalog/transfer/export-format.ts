// The versioned export file (issue #4). Version 1:
// { format: 'archscout', version: 1, exportedAt: ISO date,
//   favourites: [{ id, name, url?, addedAt: ISO, updatedAt?: ISO, tags?, note? }],
//   settings?: { ...Settings } }
import type { Settings } from '../settings';

export const EXPORT_FORMAT = 'archscout';
export const EXPORT_VERSION = 1;

export interface ExportedFavourite {
  id: string;
  name: string;
  url?: string; // http(s) only: the project's homepage or repository, for people reading the file
  addedAt: string; // ISO 8601
  updatedAt?: string;
  tags?: string[];
  note?: string;
}

export interface ExportFileV1 {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  favourites: ExportedFavourite[];
  settings?: Partial<Settings>;
}
