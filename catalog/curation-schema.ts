// The shape of catalog/data/curation.json (issue #3): data only, checked here so a
// typo fails the build with the path of the bad field instead of shipping.
import * as v from 'valibot';

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const kebabId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case id'));
const oneLine = v.pipe(nonEmpty, v.regex(/^[^\r\n]*$/, 'must be one line'));

export const curationCategorySchema = v.strictObject({
  heading: nonEmpty, // the seed heading verbatim
  id: kebabId,
  name: nonEmpty,
  nameZh: nonEmpty,
  keywords: v.array(nonEmpty),
});

export const curationProjectSchema = v.strictObject({
  id: kebabId,
  seed: nonEmpty, // the seed list's link for this project: ties the curation to the list item
  name: v.optional(nonEmpty), // display name when the seed's is wrong or inconsistent
  categories: v.optional(v.pipe(v.array(kebabId), v.minLength(1))), // overrides the seed headings
  parent: v.optional(kebabId), // overrides the seed nesting
  formerIds: v.optional(v.array(kebabId)),
  homepage: v.optional(nonEmpty),
  repo: v.optional(nonEmpty),
  repoAliases: v.optional(v.array(nonEmpty)),
  docs: v.optional(v.array(nonEmpty)), // URLs: host + path prefix where the annotation runs
  summary: v.strictObject({ en: oneLine, zh: v.optional(oneLine) }),
  keywords: v.array(nonEmpty),
  language: v.optional(nonEmpty),
  status: v.picklist(['active', 'maintenance', 'archived', 'dead-link']),
  examples: v.array(nonEmpty),
});

export const curationSchema = v.strictObject({
  $comment: v.optional(v.string()),
  categories: v.array(curationCategorySchema),
  projects: v.array(curationProjectSchema),
  // Hosts of path-scoped docs sites that are one single-page app across their paths
  // (developer.hashicorp.com/vault/ -> /consul/ without a reload): the docs content script runs
  // on the whole host, so it sees a page move into the listed prefix; detection stays path-scoped.
  singlePageAppHosts: v.optional(v.array(nonEmpty)),
});

export type Curation = v.InferOutput<typeof curationSchema>;
export type CurationCategory = v.InferOutput<typeof curationCategorySchema>;
export type CurationProject = v.InferOutput<typeof curationProjectSchema>;

/** Valibot's verdict on the curation file, as "path: message" lines; empty when it is well formed. */
export function checkCurationShape(json: unknown): { curation?: Curation; problems: string[] } {
  const result = v.safeParse(curationSchema, json);
  if (result.success) return { curation: result.output, problems: [] };
  return {
    problems: result.issues.map((issue) => `curation.json ${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`),
  };
}
