// Installs a catalog into the replaceable stores (issue #4): in ONE readwrite
// transaction, only when its hash differs from the installed one. User data is
// never cleared: favourites of a renamed project follow it (formerIds, or the
// GitHub repo / its aliases), favourites of a removed project stay and are
// reported as orphaned ("no longer in the catalog").
import type { Catalog, Project } from '../types';
import type { ArchscoutDb, CatalogMeta, FavouriteRecord } from './schema';

export interface InstallReport {
  installed: boolean; // false: the same hash was already installed
  renamed: { from: string; to: string }[]; // favourites moved to a project's new id
  orphaned: string[]; // favourite ids with no project in the catalog
}

const repoKeys = (p: Pick<Project, 'repo' | 'repoAliases'>): string[] =>
  [p.repo, ...(p.repoAliases ?? [])].filter((r): r is string => !!r).map((r) => r.toLowerCase());

/** Finds the new id of a project that is no longer under `oldId`, using the old catalog's record when known. */
export function findSuccessor(catalog: Catalog, oldId: string, oldProject: Project | undefined): Project | undefined {
  const byFormerId = catalog.projects.find((p) => p.formerIds?.includes(oldId));
  if (byFormerId) return byFormerId;
  if (!oldProject) return undefined;
  const oldRepos = new Set(repoKeys(oldProject));
  if (oldRepos.size === 0) return undefined;
  return catalog.projects.find((p) => repoKeys(p).some((r) => oldRepos.has(r)));
}

/** Two favourites for the same project (a rename onto an existing favourite): keep both users' data. */
function mergeFavourites(a: FavouriteRecord, b: FavouriteRecord, name: string, id: string): FavouriteRecord {
  const newer = a.updatedAt >= b.updatedAt ? a : b;
  const older = newer === a ? b : a;
  const merged: FavouriteRecord = {
    id,
    name,
    addedAt: Math.min(a.addedAt, b.addedAt),
    updatedAt: Math.max(a.updatedAt, b.updatedAt),
    tags: [...new Set([...newer.tags, ...older.tags])],
  };
  const note = newer.note ?? older.note;
  if (note !== undefined) merged.note = note;
  return merged;
}

export async function installCatalog(db: ArchscoutDb, catalog: Catalog, now = Date.now()): Promise<InstallReport> {
  const report: InstallReport = { installed: false, renamed: [], orphaned: [] };
  const tx = db.transaction(['projects', 'categories', 'meta', 'favourites', 'tombstones'], 'readwrite');
  const meta = (await tx.objectStore('meta').get('catalog')) as CatalogMeta | undefined;
  const favourites = await tx.objectStore('favourites').getAll();
  const byId = new Map(catalog.projects.map((p) => [p.id, p]));

  if (meta?.hash === catalog.hash) {
    report.orphaned = favourites.filter((f) => !byId.has(f.id)).map((f) => f.id);
    await tx.done;
    return report;
  }

  const previous = new Map((await tx.objectStore('projects').getAll()).map((p) => [p.id, p]));
  const favStore = tx.objectStore('favourites');
  const current = new Map(favourites.map((f) => [f.id, f]));
  for (const fav of favourites) {
    const project = byId.get(fav.id);
    if (project) {
      if (project.name !== fav.name) await favStore.put({ ...(current.get(fav.id) ?? fav), name: project.name });
      continue;
    }
    const successor = findSuccessor(catalog, fav.id, previous.get(fav.id));
    if (!successor) {
      report.orphaned.push(fav.id);
      continue;
    }
    const moved: FavouriteRecord = { ...fav, id: successor.id, name: successor.name };
    const existing = current.get(successor.id);
    const record = existing ? mergeFavourites(existing, moved, successor.name, successor.id) : moved;
    record.updatedAt = now; // a new record for sync to carry to the user's other browsers
    current.set(successor.id, record);
    current.delete(fav.id);
    await favStore.delete(fav.id);
    await favStore.put(record);
    // The old id's tombstone tells sync to retire `fav:<old id>` instead of re-adding it from another browser.
    await tx.objectStore('tombstones').put({ id: fav.id, deletedAt: now });
    await tx.objectStore('tombstones').delete(successor.id);
    report.renamed.push({ from: fav.id, to: successor.id });
  }

  const projects = tx.objectStore('projects');
  const categories = tx.objectStore('categories');
  await projects.clear();
  await categories.clear();
  // Queue every put without awaiting each one: one transaction, no round trips in between.
  const writes: Promise<unknown>[] = [
    ...catalog.projects.map((p, order) => projects.put({ ...p, order })),
    ...catalog.categories.map((c, order) => categories.put({ ...c, order })),
  ];
  writes.push(
    tx.objectStore('meta').put({ key: 'catalog', version: catalog.version, hash: catalog.hash, installedAt: now }),
  );
  if (!(await tx.objectStore('meta').get('install'))) {
    writes.push(tx.objectStore('meta').put({ key: 'install', firstInstalledAt: now }));
  }
  await Promise.all(writes);
  await tx.done;
  report.installed = true;
  return report;
}
