// Where in a project a query word was found, and what that is worth. The tiers follow
// issue #5: exact or prefix name, then alias, then category, then description.
// Scores are points on one scale (about 200-1000) so routes and words can be compared.

export const Field = {
  NameFull: 1, // the whole name without spaces: "rabbitmq", "capnproto"
  NameWord: 2, // one word of the name: "zookeeper" in "Apache Zookeeper"
  Alias: 4, // curated keywords and repository names: "protobuf", "zk", "0mq"
  Category: 8, // the primary category's English/Chinese name and seed heading
  Category2: 16, // a further category (Nginx is also a Reverse Proxy)
  Text: 32, // summaries (en, zh), seed description, repository owner
} as const;

export const FIELD_BITS = 6;
export const SHORT_FIELDS = Field.NameFull | Field.NameWord | Field.Alias | Field.Category | Field.Category2;
export const CATEGORY_FIELDS = Field.Category | Field.Category2;
export const ALL_FIELDS = [Field.NameFull, Field.NameWord, Field.Alias, Field.Category, Field.Category2, Field.Text];

export type MatchKind = 'exact' | 'prefix' | 'fuzzy';

// [exact, prefix base, prefix span, fuzzy base, fuzzy span]: prefix scores grow with how much
// of the term the query covers and never reach the exact score of the same field. A typo
// scores from 250 (barely similar: below an exact description word) up to just under the
// field's prefix scores (one slip in a long word), so a clean typo of a name still beats
// everything but names and aliases, and a far-fetched one does not.
const POINTS: Record<number, [number, number, number, number, number]> = {
  [Field.NameFull]: [1000, 900, 80, 250, 450],
  [Field.NameWord]: [880, 820, 50, 250, 440],
  [Field.Alias]: [760, 700, 50, 250, 410],
  [Field.Category]: [560, 480, 60, 250, 220],
  [Field.Category2]: [540, 460, 60, 250, 210],
  [Field.Text]: [350, 280, 60, 180, 90],
};

export interface FieldScore {
  score: number;
  field: number; // the one Field bit that gave the score
}

/** Points for a match of `kind` with quality 0..1 (1 for exact) in one field. */
export function fieldPoints(field: number, kind: MatchKind, quality: number): number {
  const points = POINTS[field];
  if (kind === 'exact') return points[0];
  return kind === 'prefix' ? points[1] + points[2] * quality : points[3] + points[4] * quality;
}

/** Best score over the fields in `mask`. */
export function fieldScore(mask: number, kind: MatchKind, quality: number): FieldScore {
  let best: FieldScore = { score: 0, field: 0 };
  for (const field of ALL_FIELDS) {
    if (!(mask & field)) continue;
    const score = fieldPoints(field, kind, quality);
    if (score > best.score) best = { score, field };
  }
  return best;
}

/** The public name of a field for `SearchHit.matched`. */
export function matchedName(field: number): 'name' | 'alias' | 'category' | 'description' {
  if (field & (Field.NameFull | Field.NameWord)) return 'name';
  if (field & Field.Alias) return 'alias';
  if (field & (Field.Category | Field.Category2)) return 'category';
  return 'description';
}
