// The inverted index behind catalog/search.ts. Built once per catalog so that a keystroke
// touches only the projects that share a word, a word prefix or a trigram with the query,
// instead of running Fuse over every project (issue #8: 50,000 projects in < 16 ms).

import { FIELD_BITS, Field, SHORT_FIELDS } from './search-fields';
import { type ScoresSnapshot, WordCache, WordScoresPool } from './search-word-scores';
import { cjkGrams, isCjk, normalizeText, tokenize, trigrams } from './text-normalize';
import type { Catalog, Project, ProjectStatus } from './types';

/** What the search keeps of one project: normalised fields for checks that the index cannot answer. */
export interface IndexedProject {
  project: Project;
  name: string; // normalised, words separated by single spaces
  aliases: string[]; // normalised keywords and repository names
  text: string; // normalised summaries, description and repository owner
  statusPenalty: number;
}

/**
 * Category words are indexed once per category, not once per project: at 50,000 projects a
 * word like "service" would otherwise carry tens of thousands of postings.
 */
export interface IndexedCategory {
  labels: string[]; // normalised English name, Chinese name, seed heading, curated keywords
  primaryDocs: Int32Array; // projects whose first category this is
  secondaryDocs: Int32Array; // projects that list it further down
}

export interface SearchIndex {
  readonly docs: IndexedProject[];
  readonly categories: IndexedCategory[];
  readonly termIds: Map<string, number>;
  readonly terms: string[];
  /** Per term: packed `doc << FIELD_BITS | fields` entries (names, aliases, descriptions). */
  readonly postings: Int32Array[];
  /** Per term: indexes into `categories` whose labels hold the term. */
  readonly categoryPostings: Int32Array[];
  /** Latin terms found in names, aliases or categories, sorted (prefix lookups for 1-2 letters). */
  readonly shortVocab: Vocabulary;
  /** Latin terms of every field, sorted. */
  readonly allVocab: Vocabulary;
  /** Trigram -> ids of Latin terms of 3+ letters containing it (typo candidates). */
  readonly gramTerms: Map<string, Int32Array>;
  /** Per term: how many distinct trigrams it has. */
  readonly gramCounts: Uint8Array;
  /** Per term: 1 when it occurs in a name, alias or category. */
  readonly isShort: Uint8Array;
  /** Scratch space for searches over this index. */
  readonly pool: WordScoresPool;
  readonly cache: WordCache;
  /** Per term: trigrams shared with the current typo; left all zero between uses. */
  readonly sharedGrams: Uint8Array;
  /** One-letter words, worked out when the index is built (catalog/search-match.ts). */
  readonly initials: Map<string, ScoresSnapshot>;
}

/** Sorted terms with their ids side by side, for prefix ranges found by binary search. */
export interface Vocabulary {
  terms: string[];
  ids: Int32Array;
}

// Archived and dead projects rank below active ones of the same tier (issue #5), but an
// exact name still beats a mere prefix, so the penalty stays smaller than the tier gaps.
const STATUS_PENALTY: Record<ProjectStatus, number> = { active: 0, maintenance: 8, archived: 45, 'dead-link': 45 };

const EMPTY = new Int32Array(0);

class TermTable {
  readonly ids = new Map<string, number>();
  readonly terms: string[] = [];
  readonly docLists: number[][] = [];
  readonly categoryLists = new Map<number, number[]>();
  readonly short: number[] = []; // 1 when the term occurs in a name, alias or category

  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
      this.docLists.push([]);
      this.short.push(0);
    }
    return id;
  }

  addDoc(term: string, doc: number, mask: number) {
    const id = this.id(term);
    this.docLists[id].push((doc << FIELD_BITS) | mask);
    if (mask & SHORT_FIELDS) this.short[id] = 1;
  }

  addCategory(term: string, category: number) {
    const id = this.id(term);
    const list = this.categoryLists.get(id);
    if (list) list.push(category);
    else this.categoryLists.set(id, [category]);
    this.short[id] = 1;
  }
}

export function createIndex(catalog: Catalog): SearchIndex {
  const table = new TermTable();
  const categoryIndex = new Map(catalog.categories.map((c, i) => [c.id, i]));
  const primary: number[][] = catalog.categories.map(() => []);
  const secondary: number[][] = catalog.categories.map(() => []);

  const categories = catalog.categories.map((category, i): IndexedCategory => {
    // Curated category keywords ("服务发现", "熔断") count as category labels, so such queries rank by category.
    const labels = [category.name, category.nameZh, category.heading, ...(category.keywords ?? [])].map(normalizeText);
    const found = new Map<string, number>();
    for (const label of labels) collectWords(found, label, 1, true);
    for (const term of found.keys()) table.addCategory(term, i);
    return { labels, primaryDocs: EMPTY, secondaryDocs: EMPTY };
  });

  const docs = catalog.projects.map((project, docIndex) => {
    const doc = indexedProject(project);
    for (const [term, mask] of projectTerms(doc)) table.addDoc(term, docIndex, mask);
    project.categories.forEach((id, position) => {
      const i = categoryIndex.get(id);
      if (i !== undefined) (position === 0 ? primary : secondary)[i].push(docIndex);
    });
    return doc;
  });
  categories.forEach((category, i) => {
    category.primaryDocs = Int32Array.from(primary[i]);
    category.secondaryDocs = Int32Array.from(secondary[i]);
  });

  const { terms } = table;
  const categoryPostings = terms.map((_, id) => {
    const list = table.categoryLists.get(id);
    return list ? Int32Array.from(list) : EMPTY;
  });
  const isShort = Uint8Array.from(table.short);
  // Default sort: native UTF-16 order, the same order lowerBound() compares in.
  const latin = terms.filter((term) => !isCjk(term)).sort();
  const idsOf = (list: string[]) => Int32Array.from(list, (term) => table.ids.get(term) as number);
  return createIndexFrom({
    docs,
    categories,
    terms,
    postings: table.docLists.map((list) => Int32Array.from(list)),
    categoryPostings,
    isShort,
    shortVocab: idsOf(latin.filter((term) => isShort[table.ids.get(term) as number])),
    allVocab: idsOf(latin),
    ...buildTrigrams(terms),
  });
}

/** What building an index works out, before the lookups and scratch space made from it. */
export interface IndexParts {
  docs: IndexedProject[];
  categories: IndexedCategory[];
  terms: string[];
  postings: Int32Array[];
  categoryPostings: Int32Array[];
  isShort: Uint8Array;
  shortVocab: Int32Array; // term ids in sorted term order
  allVocab: Int32Array;
  gramTerms: Map<string, Int32Array>;
  gramCounts: Uint8Array;
}

/** The index from its parts: freshly built, or restored from a snapshot (search-index-snapshot.ts). */
export function createIndexFrom(parts: IndexParts): SearchIndex {
  const { docs, terms, shortVocab, allVocab } = parts;
  const termIds = new Map(terms.map((term, id) => [term, id]));
  const vocabulary = (ids: Int32Array): Vocabulary => ({ terms: Array.from(ids, (id) => terms[id]), ids });
  const pool = new WordScoresPool(docs.length);
  return {
    ...parts,
    termIds,
    shortVocab: vocabulary(shortVocab),
    allVocab: vocabulary(allVocab),
    pool,
    cache: new WordCache(pool),
    initials: new Map(),
    sharedGrams: new Uint8Array(terms.length),
  };
}

function indexedProject(project: Project): IndexedProject {
  const repoNames = [project.repo, ...(project.repoAliases ?? [])].flatMap((repo) =>
    repo ? [repo.split('/')[1]] : [],
  );
  const owner = project.repo?.split('/')[0] ?? '';
  const text = [project.summary.en, project.summary.zh ?? '', project.description, owner].map(normalizeText).join(' ');
  return {
    project,
    name: normalizeText(project.name),
    // The implementation language counts as an alias: "c#" or "go" lists the projects written in it.
    aliases: [...project.keywords, ...repoNames, project.language ?? ''].map(normalizeText).filter(Boolean),
    text,
    statusPenalty: STATUS_PENALTY[project.status] ?? 0,
  };
}

/** Words of a normalised string (CJK as n-grams), plus the whole string glued when `glued`. */
function collectWords(found: Map<string, number>, normalized: string, field: number, glued: boolean) {
  const add = (term: string) => {
    if (term) found.set(term, (found.get(term) ?? 0) | field);
  };
  for (const token of tokenize(normalized)) {
    if (isCjk(token)) for (const gram of cjkGrams(token)) add(gram);
    else add(token);
  }
  if (glued) add(normalized.replace(/ /g, ''));
}

/** Every term of a project with the fields it occurs in. */
function projectTerms(doc: IndexedProject): Map<string, number> {
  const found = new Map<string, number>();
  collectWords(found, doc.name, Field.NameWord, false);
  const glued = doc.name.replace(/ /g, '');
  if (glued) found.set(glued, (found.get(glued) ?? 0) | Field.NameFull);
  for (const alias of doc.aliases) {
    collectWords(found, alias, Field.Alias, true);
    // "ØMQ" folds to "omq": let it find the "0mq" spelling too.
    if (/0/.test(alias) && /[a-z]/.test(alias)) collectWords(found, alias.replace(/0/g, 'o'), Field.Alias, true);
  }
  collectWords(found, doc.text, Field.Text, false);
  return found;
}

function buildTrigrams(terms: string[]) {
  const lists = new Map<string, number[]>();
  const gramCounts = new Uint8Array(terms.length);
  terms.forEach((term, id) => {
    if (term.length < 3 || isCjk(term)) return;
    const grams = trigrams(term);
    gramCounts[id] = Math.min(255, grams.length);
    for (const gram of grams) {
      const list = lists.get(gram);
      if (list) list.push(id);
      else lists.set(gram, [id]);
    }
  });
  const gramTerms = new Map<string, Int32Array>();
  for (const [gram, list] of lists) gramTerms.set(gram, Int32Array.from(list));
  return { gramTerms, gramCounts };
}
