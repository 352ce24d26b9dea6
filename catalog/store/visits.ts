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

/**
 * Distinct projects, most recently visited first. All visits come in one request (getAll) and
 * are walked newest first here: a cursor costs a round trip to the browser's IndexedDB per
 * visit, and with the history at its cap of 500 the new tab waited tens of milliseconds for
 * its "recently seen" and recommendations (issue #8). Same order as a reverse cursor on
 * "by-at": newest first, and among equal times the later-recorded visit first.
 */
export async function recentVisits(db: ArchscoutDb, limit = 20): Promise<VisitSummary[]> {
  const visits = await db.getAllFromIndex('visits', 'by-at');
  const byProject = new Map<string, VisitSummary>();
  for (let i = visits.length - 1; i >= 0; i--) {
    const { id, at } = visits[i];
    const seen = byProject.get(id);
    if (seen) seen.count++;
    else byProject.set(id, { id, at, count: 1 });
  }
  return [...byProject.values()].slice(0, Math.max(0, limit));
}
