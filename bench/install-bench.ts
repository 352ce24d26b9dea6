// Installing the catalog into IndexedDB (issue #8) in Node, with fake-indexeddb: the store code
// the background runs (catalog/store/install-catalog.ts), first install into an empty database.
// idb's wrap() checks `instanceof IDBRequest`: the fake's globals must exist, not just its factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { installCatalog } from '../catalog/store/install-catalog';
import { openArchscoutDb } from '../catalog/store/open-db';
import type { Catalog } from '../catalog/types';
import { median } from './stats';

export interface InstallResult {
  label: string;
  projects: number;
  runs: number;
  medianMs: number;
  minMs: number;
}

/** Median over `runs` first installs, each into a fresh database; opening it is not timed. */
export async function benchInstallNode(label: string, catalog: Catalog, runs: number): Promise<InstallResult> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const db = await openArchscoutDb(new IDBFactory());
    const start = performance.now();
    const report = await installCatalog(db, catalog, 1);
    times.push(performance.now() - start);
    db.close();
    if (!report.installed) throw new Error(`${label}: installCatalog did not install into an empty database`);
  }
  return { label, projects: catalog.projects.length, runs, medianMs: median(times), minMs: Math.min(...times) };
}
