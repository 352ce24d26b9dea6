import type { Catalog } from './types';

/** A project's display name by id, or undefined for an id the catalog does not list (an orphan). */
export function projectNames(catalog: Catalog): (id: string) => string | undefined {
  const names = new Map(catalog.projects.map((project) => [project.id, project.name]));
  return (id) => names.get(id);
}
