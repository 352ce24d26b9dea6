// Favourites and settings as the versioned JSON file (see export-format.ts).
import type { Settings } from '../settings';
import type { FavouriteRecord } from '../store/schema';
import type { Catalog } from '../types';
import { EXPORT_FORMAT, EXPORT_VERSION, type ExportedFavourite, type ExportFileV1 } from './export-format';
import { projectLink } from './project-link';

export function buildExport(
  favourites: readonly FavouriteRecord[],
  settings: Settings,
  catalog: Catalog | null,
  now: number,
): ExportFileV1 {
  const projects = new Map(catalog?.projects.map((p) => [p.id, p]) ?? []);
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: new Date(now).toISOString(),
    favourites: favourites.map((f) => {
      const project = projects.get(f.id);
      const url = project ? projectLink(project) : undefined;
      const out: ExportedFavourite = {
        id: f.id,
        name: project?.name ?? f.name,
        ...(url ? { url } : {}),
        addedAt: new Date(f.addedAt).toISOString(),
        updatedAt: new Date(f.updatedAt).toISOString(),
      };
      if (f.tags.length > 0) out.tags = [...f.tags];
      if (f.note) out.note = f.note;
      return out;
    }),
    settings: { ...settings },
  };
}

export function exportJson(...args: Parameters<typeof buildExport>): string {
  return `${JSON.stringify(buildExport(...args), null, 2)}\n`;
}
