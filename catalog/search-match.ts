// One query word against the index: exact term, term prefix, typo (Fuse over trigram
// candidates) for Latin words; n-gram candidates checked by substring for CJK words.
// Returns, per matching project, the best score that word earns there.

import Fuse from 'fuse.js';
import { CATEGORY_FIELDS, FIELD_BITS, Field, fieldPoints, type MatchKind, SHORT_FIELDS } from './search-fields';
import type { IndexedProject, SearchIndex } from './search-index';
import { restore, snapshot, type WordScores } from './search-word-scores';
import { trigrams } from './text-normalize';

const DOC_MASK = (1 << FIELD_BITS) - 1;
// Typos are only looked for in words of 4+ letters: shorter ones match too much to mean anything.
const MIN_FUZZY_LENGTH = 4;
// Below 3 letters a description word or its prefix ("a", "s", "di") is noise: only names, aliases and categories.
const MIN_TEXT_PREFIX_LENGTH = 3;
const MAX_FUZZY_CANDIDATES = 48;
const MIN_TRIGRAM_DICE = 0.3;
// Fuse's own scale (0 = perfect). 0.4 is its default threshold; one slip in a word scores
// about 0.1-0.2, a transposition 0.2-0.3, unrelated words of similar letters 0.35+.
const FUSE_THRESHOLD = 0.4;
// Glued words ("netservicebus") are long and share letters with many things: ask for more.
const GLUED_FUSE_THRESHOLD = 0.3;

/** Best points per category for the current word, applied to the category's projects at the end. */
class CategoryPoints {
  readonly primary: Float32Array;
  readonly secondary: Float32Array;
  constructor(count: number) {
    this.primary = new Float32Array(count);
    this.secondary = new Float32Array(count);
  }
  add(category: number, kind: MatchKind, quality: number) {
    this.primary[category] = Math.max(this.primary[category], fieldPoints(Field.Category, kind, quality));
    this.secondary[category] = Math.max(this.secondary[category], fieldPoints(Field.Category2, kind, quality));
  }
  applyTo(index: SearchIndex, out: WordScores) {
    index.categories.forEach((category, i) => {
      if (this.primary[i] > 0)
        for (const doc of category.primaryDocs) out.add(doc, this.primary[i], Field.Category, Field.Category);
      if (this.secondary[i] > 0) {
        for (const doc of category.secondaryDocs) out.add(doc, this.secondary[i], Field.Category2, Field.Category2);
      }
    });
  }
}

/** Where a word may match: everywhere, or only names, aliases and categories. */
export type Scope = 'all' | 'short';

export function matchLatinWord(index: SearchIndex, word: string, scope: Scope = 'all'): WordScores {
  return index.cache.get(`${scope}:${word}`, () => {
    const initial = scope === 'all' && word.length === 1 ? index.initials.get(word) : undefined;
    return initial ? restore(initial, index.pool.take()) : computeLatinWord(index, word, scope);
  });
}

/**
 * Every query starts with one letter, and one letter is the costliest word: a prefix of
 * thousands of names at 50,000 projects. Work those out once, when the index is built.
 */
export function precomputeInitials(index: SearchIndex): void {
  const letters = new Set(index.shortVocab.terms.map((term) => term[0]));
  for (const letter of letters) {
    index.initials.set(letter, snapshot(computeLatinWord(index, letter, 'all')));
    index.pool.releaseAll();
  }
}

function computeLatinWord(index: SearchIndex, word: string, scope: Scope): WordScores {
  const out = index.pool.take();
  const categories = new CategoryPoints(index.categories.length);
  // One or two letters alone ("a", "of") say nothing in a description: names, aliases, categories only.
  const allowed = scope === 'short' || word.length < MIN_TEXT_PREFIX_LENGTH ? SHORT_FIELDS : -1;
  const exactId = index.termIds.get(word);
  if (exactId !== undefined) addTerm(index, out, categories, exactId, 'exact', 1, allowed);

  const textPrefix = scope === 'all' && word.length >= MIN_TEXT_PREFIX_LENGTH;
  const vocab = textPrefix ? index.allVocab : index.shortVocab;
  const prefixAllowed = textPrefix ? -1 : SHORT_FIELDS;
  for (let i = lowerBound(vocab.terms, word); i < vocab.terms.length && vocab.terms[i].startsWith(word); i++) {
    const length = vocab.terms[i].length;
    if (length > word.length)
      addTerm(index, out, categories, vocab.ids[i], 'prefix', word.length / length, prefixAllowed);
  }

  if (word.length >= MIN_FUZZY_LENGTH) {
    for (const { id, quality } of fuzzyTerms(index, word, scope)) {
      addTerm(index, out, categories, id, 'fuzzy', quality, allowed);
    }
  }
  categories.applyTo(index, out);
  return out;
}

function addTerm(
  index: SearchIndex,
  out: WordScores,
  categories: CategoryPoints,
  id: number,
  kind: MatchKind,
  quality: number,
  allowed: number,
) {
  const full = fieldPoints(Field.NameFull, kind, quality);
  const nameWord = fieldPoints(Field.NameWord, kind, quality);
  const alias = fieldPoints(Field.Alias, kind, quality);
  const text = fieldPoints(Field.Text, kind, quality);
  const list = index.postings[id];
  for (let i = 0; i < list.length; i++) {
    const mask = list[i] & DOC_MASK & allowed;
    if (!mask) continue;
    // Points fall in this order of fields for every kind of match (search-fields.ts).
    const doc = list[i] >> FIELD_BITS;
    if (mask & Field.NameFull) out.add(doc, full, Field.NameFull, mask);
    else if (mask & Field.NameWord) out.add(doc, nameWord, Field.NameWord, mask);
    else if (mask & Field.Alias) out.add(doc, alias, Field.Alias, mask);
    else out.add(doc, text, Field.Text, mask);
  }
  const categoryList = index.categoryPostings[id];
  if (allowed & CATEGORY_FIELDS)
    for (let i = 0; i < categoryList.length; i++) categories.add(categoryList[i], kind, quality);
}

/** CJK has no word boundaries: candidates share every n-gram of the query, then a substring check decides. */
export function matchCjkWord(index: SearchIndex, word: string): WordScores {
  return index.cache.get(`cjk:${word}`, () => computeCjkWord(index, word));
}

function computeCjkWord(index: SearchIndex, word: string): WordScores {
  const out = index.pool.take();
  const categories = new CategoryPoints(index.categories.length);
  index.categories.forEach((category, i) => {
    for (const label of category.labels) {
      if (label === word) categories.add(i, 'exact', 1);
      else if (label.includes(word)) categories.add(i, 'prefix', word.length / label.replace(/ /g, '').length);
    }
  });
  for (const doc of cjkCandidates(index, word)) cjkDocHit(out, doc, index.docs[doc], word);
  categories.applyTo(index, out);
  return out;
}

function cjkCandidates(index: SearchIndex, word: string): number[] {
  const chars = Array.from(word);
  const grams = chars.length === 1 ? chars : chars.slice(1).map((ch, i) => chars[i] + ch);
  const lists: Int32Array[] = [];
  for (const gram of new Set(grams)) {
    const id = index.termIds.get(gram);
    if (id === undefined || index.postings[id].length === 0) return [];
    lists.push(index.postings[id]);
  }
  lists.sort((a, b) => a.length - b.length);
  // seen[doc] counts the lists a project was in so far; each list holds a project once.
  const seen = index.pool.counter;
  lists.forEach((list, round) => {
    for (let i = 0; i < list.length; i++) {
      const doc = list[i] >> FIELD_BITS;
      if (seen[doc] === round) seen[doc] = round + 1;
    }
  });
  const out: number[] = [];
  const first = lists[0];
  for (let i = 0; i < first.length; i++)
    if (seen[first[i] >> FIELD_BITS] === lists.length) out.push(first[i] >> FIELD_BITS);
  for (const list of lists) for (let i = 0; i < list.length; i++) seen[list[i] >> FIELD_BITS] = 0;
  return out;
}

function cjkDocHit(out: WordScores, docIndex: number, doc: IndexedProject, word: string) {
  const consider = (field: number, kind: MatchKind, quality: number) =>
    out.add(docIndex, fieldPoints(field, kind, quality), field, field);
  const compactName = doc.name.replace(/ /g, '');
  if (compactName === word) consider(Field.NameFull, 'exact', 1);
  else if (doc.name.includes(word)) consider(Field.NameWord, 'prefix', word.length / compactName.length);
  for (const alias of doc.aliases) {
    if (alias === word) consider(Field.Alias, 'exact', 1);
    else if (alias.includes(word)) consider(Field.Alias, 'prefix', word.length / alias.length);
  }
  let occurrences = 0;
  for (let at = doc.text.indexOf(word); at >= 0 && occurrences < 3; at = doc.text.indexOf(word, at + word.length)) {
    occurrences++;
  }
  // A word repeated in a description says more than a passing mention ("淘宝" in Taobao File System).
  if (occurrences > 0) consider(Field.Text, 'prefix', Math.min(1, 0.4 + 0.2 * occurrences));
}

/**
 * Terms within a typo of `word`: the trigram index proposes the terms sharing the most
 * trigrams, Fuse's Bitap scores them. Prefix extensions are left to the prefix lookup.
 */
function fuzzyTerms(index: SearchIndex, word: string, scope: Scope): { id: number; quality: number }[] {
  const grams = trigrams(word);
  const shared = new Map<number, number>();
  for (const gram of grams) {
    const ids = index.gramTerms.get(gram);
    if (!ids) continue;
    for (const id of ids) shared.set(id, (shared.get(id) ?? 0) + 1);
  }
  const proposed: { id: number; dice: number }[] = [];
  for (const [id, count] of shared) {
    const dice = (2 * count) / (grams.length + index.gramCounts[id]);
    if (dice < MIN_TRIGRAM_DICE || (scope === 'short' && !index.isShort[id])) continue;
    if (!index.terms[id].startsWith(word)) proposed.push({ id, dice });
  }
  if (proposed.length === 0) return [];
  proposed.sort((a, b) => b.dice - a.dice || a.id - b.id);
  const candidates = proposed.slice(0, MAX_FUZZY_CANDIDATES);
  const threshold = scope === 'short' ? GLUED_FUSE_THRESHOLD : FUSE_THRESHOLD;
  const fuse = new Fuse(
    candidates.map(({ id }) => index.terms[id]),
    { includeScore: true, ignoreLocation: true, threshold, isCaseSensitive: true },
  );
  return fuse.search(word).map(({ refIndex, score = 1 }) => {
    const term = index.terms[candidates[refIndex].id];
    const coverage = Math.min(word.length, term.length) / Math.max(word.length, term.length);
    return { id: candidates[refIndex].id, quality: Math.max(0, 1 - score / threshold) * (0.6 + 0.4 * coverage) };
  });
}

function lowerBound(sorted: string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
