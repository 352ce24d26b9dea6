// A lazily opened database connection that reopens on next use after it
// stepped aside for a newer version (open-db.ts closes on versionchange).
import { openArchscoutDb } from '@/catalog/store/open-db';
import type { ArchscoutDb } from '@/catalog/store/schema';

export type DbGetter = () => Promise<ArchscoutDb>;

export function createDbConnection(factory: IDBFactory, name?: string): DbGetter {
  let pending: Promise<ArchscoutDb> | null = null;
  return () => {
    if (!pending) {
      pending = openArchscoutDb(factory, { name, onClosedForUpgrade: () => (pending = null) });
      pending.catch(() => (pending = null)); // a failed open is retried on next use
    }
    return pending;
  };
}
