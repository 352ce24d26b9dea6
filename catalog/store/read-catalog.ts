// Reads the installed catalog back (extension pages may read it straight from
// IndexedDB; writes go through the background).
import type { Catalog, Category, Project } from '../types';
import type { ArchscoutDb, CatalogMeta } from './schema';

/** The installed catalog, categories in their original order, or null before the first install. */
export async function readCatalog(db: ArchscoutDb): Promise<Catalog | null> {
  const tx = db.transaction(['projects', 'categories', 'meta'], 'readonly');
  const [meta, projects, categories] = await Promise.all([
    tx.objectStore('meta').get('catalog') as Promise<CatalogMeta | undefined>,
    tx.objectStore('projects').getAll(),
    tx.objectStore('categories').getAll(),
  ]);
  await tx.done;
  if (!meta) return null;
  const ordered: Category[] = categories
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...category }) => category);
  const orderedProjects: Project[] = projects
    .sort((a, b) => a.order - b.order)
    .map(({ order: _order, ...project }) => project);
  return { version: meta.version, hash: meta.hash, categories: ordered, projects: orderedProjects };
}

export async function getProject(db: ArchscoutDb, id: string): Promise<Project | undefined> {
  const record = await db.get('projects', id);
  if (!record) return undefined;
  const { order: _order, ...project } = record;
  return project;
}

export async function getCatalogMeta(db: ArchscoutDb): Promise<CatalogMeta | undefined> {
  return (await db.get('meta', 'catalog')) as CatalogMeta | undefined;
}
