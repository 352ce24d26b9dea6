// Dismissals: the user closed the annotation for a project, or does not want
// it recommended. Kept per scope so one never hides the other.
import type { ArchscoutDb, DismissedRecord, DismissScope } from './schema';

export async function dismiss(db: ArchscoutDb, id: string, scope: DismissScope, now = Date.now()): Promise<void> {
  await db.put('dismissed', { id, scope, at: now });
}

export async function undismiss(db: ArchscoutDb, id: string, scope: DismissScope): Promise<void> {
  await db.delete('dismissed', [scope, id]);
}

export async function isDismissed(db: ArchscoutDb, id: string, scope: DismissScope): Promise<boolean> {
  return (await db.getKey('dismissed', [scope, id])) !== undefined;
}

export async function listDismissed(db: ArchscoutDb): Promise<DismissedRecord[]> {
  return (await db.getAll('dismissed')).sort((a, b) => b.at - a.at);
}
