// Import end to end for the background: parse and validate everything first,
// then write favourites in one transaction. The settings in the file are
// returned (already validated) for the caller to store.
import type { SettingsPatch } from '../settings';
import type { ArchscoutDb } from '../store/schema';
import { applyImport } from './apply-import';
import { parseImport } from './parse-import';

export type ImportOutcome =
  | { ok: true; added: number; updated: number; settings?: SettingsPatch }
  | { ok: false; errors: string[] };

export async function importFile(
  db: ArchscoutDb,
  text: string,
  nameOf: (id: string) => string | undefined,
  now: number,
): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  try {
    const counts = await applyImport(db, parsed.file, nameOf, now);
    return { ok: true, ...counts, ...(parsed.file.settings ? { settings: parsed.file.settings } : {}) };
  } catch (error) {
    return { ok: false, errors: [`Could not save the favourites; nothing was changed (${String(error)}).`] };
  }
}
