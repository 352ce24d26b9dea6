// Visits: which listed projects' pages were seen and when; the newest
// MAX_VISITS are kept so the history stays small.
import { type ArchscoutDb, MAX_VISITS } from './schema';

export interface VisitSummary {
  id: string;
  at: number; // latest visit
  count: number;
}

export async function recordVisit(db: ArchscoutDb, id: string, now = Date.now(), cap = MAX_VISITS): Promise<void> {
  const tx = db.transaction('visits', 'readwrite');
  await tx.store.add({ id, at: now });
  let excess = (await tx.store.count()) - cap;
  if (excess > 0) {
    // Keys are auto-incremented, so key order is insertion order: delete from the oldest.
    let cursor = await tx.store.openCursor();
    while (cursor && excess > 0) {
      await cursor.delete();
      excess--;
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}

/** Distinct projects, most recently visited first. */
export async function recentVisits(db: ArchscoutDb, limit = 20): Promise<VisitSummary[]> {
  const byProject = new Map<string, VisitSummary>();
  let cursor = await db.transaction('visits').store.index('by-at').openCursor(null, 'prev');
  while (cursor) {
    const { id, at } = cursor.value;
    const seen = byProject.get(id);
    if (seen) seen.count++;
    else byProject.set(id, { id, at, count: 1 });
    cursor = await cursor.continue();
  }
  return [...byProject.values()].slice(0, Math.max(0, limit));
}
