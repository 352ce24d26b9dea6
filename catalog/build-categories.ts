import type { CurationCategory } from './curation-schema';
import type { Category } from './types';

const WHERE = 'catalog/data/curation.json';

/** Seed headings + curated categories -> catalog categories in seed order, and heading -> id. */
export function buildCategories(
  headings: readonly string[],
  curated: readonly CurationCategory[],
  problems: string[],
): { categories: Category[]; idByHeading: Map<string, string> } {
  const byHeading = new Map<string, CurationCategory>();
  const seenIds = new Set<string>();
  for (const category of curated) {
    if (seenIds.has(category.id)) problems.push(`category id '${category.id}' is used twice in ${WHERE}`);
    seenIds.add(category.id);
    if (byHeading.has(category.heading))
      problems.push(`seed heading '${category.heading}' is curated twice in ${WHERE}`);
    byHeading.set(category.heading, category);
    if (!headings.includes(category.heading)) {
      problems.push(
        `curated category '${category.id}' names heading '${category.heading}', which is not a heading of the seed list: fix "heading" or remove it`,
      );
    }
  }
  const categories: Category[] = [];
  const idByHeading = new Map<string, string>();
  for (const heading of headings) {
    const category = byHeading.get(heading);
    if (!category) {
      problems.push(
        `seed heading '${heading}' has no curated category: add { "heading": ${JSON.stringify(heading)}, "id", "name", "nameZh", "keywords" } to "categories" in ${WHERE}`,
      );
      continue;
    }
    idByHeading.set(heading, category.id);
    categories.push({
      id: category.id,
      name: category.name,
      nameZh: category.nameZh,
      heading,
      keywords: dedupe(category.keywords),
    });
  }
  return { categories, idByHeading };
}

/** Trimmed, lower-cased, first spelling kept. */
export function dedupe(words: readonly string[]): string[] {
  return [...new Set(words.map((word) => word.trim().toLowerCase()))];
}
