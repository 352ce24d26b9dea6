import type { Catalog, Project } from './types';

/**
 * The other projects that do the same job as `id`, best first (issue #3):
 * projects sharing its primary category before those sharing a later one;
 * within a category its parent and children first; archived and dead-link
 * projects after every live one; otherwise catalog order.
 */
export function alternativesOf(catalog: Catalog, id: string): Project[] {
  const project = catalog.projects.find((candidate) => candidate.id === id);
  if (!project) return [];
  const ranked = catalog.projects.flatMap((other, order) => {
    if (other.id === id) return [];
    const categoryRank = project.categories.findIndex((category) => other.categories.includes(category));
    if (categoryRank < 0) return [];
    const family = other.id === project.parent || other.parent === id ? 0 : 1;
    const retired = other.status === 'archived' || other.status === 'dead-link' ? 1 : 0;
    return [{ other, key: [retired, categoryRank, family, order] }];
  });
  ranked.sort((a, b) => compareKeys(a.key, b.key));
  return ranked.map(({ other }) => other);
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
