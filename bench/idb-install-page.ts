// Runs inside an extension page (bundled by idb-install-bench.ts, evaluated through Playwright):
// the background's own store code installing a catalog into Chromium's real IndexedDB, in a
// database of its own so the extension's data is never touched.
import { bundledCatalog } from '../catalog/bundled';
import { installCatalog } from '../catalog/store/install-catalog';
import { openArchscoutDb } from '../catalog/store/open-db';
import { syntheticCatalog } from '../catalog/synthetic-catalog';

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error(`deleting ${name} is blocked`));
  });
}

/** Milliseconds of one first install of `size` projects (0: the bundled catalog); opening is not timed. */
async function install(size: number, name: string): Promise<number> {
  const catalog = size <= 0 ? bundledCatalog : syntheticCatalog(bundledCatalog, size, 1);
  await deleteDatabase(name);
  const db = await openArchscoutDb(indexedDB, { name });
  try {
    const start = performance.now();
    const report = await installCatalog(db, catalog, 1);
    const elapsed = performance.now() - start;
    if (!report.installed) throw new Error('installCatalog did not install into an empty database');
    return elapsed;
  } finally {
    db.close();
    await deleteDatabase(name);
  }
}

(globalThis as unknown as { archscoutInstallBench: unknown }).archscoutInstallBench = { install };
