// Import end to end for the background: parse and validate everything first,
// then write favourites in one transaction. The settings in the file are
// returned (already validated) for the caller to store. `pause` lets the event
// loop run between the steps (see nextTask).
import { nextTask } from '../next-task';
import type { SettingsPatch } from '../settings';
import type { ArchscoutDb } from '../store/schema';
import { applyImport, type ImportCounts } from './apply-import';
import type { ImportProblem } from './import-problem';
import { parseImport } from './parse-import';

export type ImportOutcome =
  | ({ ok: true; settings?: SettingsPatch } & ImportCounts)
  | { ok: false; problems: ImportProblem[] };

export async function importFile(
  db: ArchscoutDb,
  text: string,
  nameOf: (id: string) => string | undefined,
  now: number,
  pause: () => Promise<void> = nextTask,
): Promise<ImportOutcome> {
  const parsed = await parseImport(text, pause);
  if (!parsed.ok) return parsed;
  try {
    const applied = await applyImport(db, parsed.file, nameOf, now, pause);
    if (!applied.ok) return { ok: false, problems: [applied.problem] };
    return { ok: true, ...applied.counts, ...(parsed.file.settings ? { settings: parsed.file.settings } : {}) };
  } catch (error) {
    // The transaction aborted, so the store is as it was.
    return { ok: false, problems: [{ code: 'save-failed', detail: String(error) }] };
  }
}
