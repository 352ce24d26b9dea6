// One Latin query word against the index: exact term, term prefix, typo (Fuse over
// trigram candidates). Returns, per matching project, the best score the word earns there.
// CJK words: search-match-cjk.ts.

import Fuse from 'fuse.js/basic';
import { CategoryPoints, Fit } from './search-category-points';
import { CATEGORY_FIELDS, FIELD_BITS, Field, fieldPoints, type MatchKind, SHORT_FIELDS } from './search-fields';
import type { SearchIndex } from './search-index';
import { restore, snapshot, type WordScores } from './search-word-scores';
import { wordVariants } from './search-word-variants';
import { SPELT_LANGUAGES, trigrams } from './text-normalize';
import { withinTypos } from './typo-distance';

const DOC_MASK = (1 << FIELD_BITS) - 1;
// Typos are only looked for in words of 4+ letters, and only towards terms of 4+ letters: shorter
// ones match too much to mean anything ("grpc" is not a typo of the alias "rpc").
const MIN_FUZZY_LENGTH = 4;
// In a description a typo must be one of the whole word: one slip up to 7 letters, two from 8
// ("distribted" -> "distributed"). Fuse alone also accepts the query near a word's start or
// middle ("redis" -> "reduces", "nats" -> "native", "pulsar" -> "popular"): names of projects
// the catalog lacks would list unrelated projects as if they were answers. Names, aliases and
// categories keep Fuse's looser fit, which glued names need ("zookeper" in "apachezookeeper").
const LONG_WORD_TYPOS = 8;
// Below 3 letters a description word or its prefix ("a", "s", "di") is noise: only names, aliases and categories.
const MIN_TEXT_PREFIX_LENGTH = 3;
const MAX_FUZZY_CANDIDATES = 48;
const MIN_TRIGRAM_DICE = 0.3;
// Fuse's own scale (0 = perfect). 0.4 is its default threshold; one slip in a word scores
// about 0.1-0.2, a transposition 0.2-0.3, unrelated words of similar letters 0.35+.
const FUSE_THRESHOLD = 0.4;
// Glued words ("netservicebus") are long and share letters with many things: ask for more.
const GLUED_FUSE_THRESHOLD = 0.3;

/**
 * Where a word may match: everywhere; everywhere as a word followed by another, so finished
 * (search.ts); or only names, aliases and categories (words glued together).
 */
export type Scope = 'all' | 'finished' | 'short';

export function matchLatinWord(index: SearchIndex, word: string, requested: Scope = 'all'): WordScores {
  // Words too short for typos match the same finished or not: one cache entry (and the initials).
  const scope = requested === 'finished' && word.length < MIN_FUZZY_LENGTH ? 'all' : requested;
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
  if (index.initials.size > 0) return; // worked out already
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
  if (exactId !== undefined) addTerm(index, out, categories, exactId, 'exact', 1, allowed, Fit.Word);
  // "proxies" is "proxy", "msg" is "message": as if typed so (search-word-variants.ts).
  let variantFound = false;
  for (const variant of wordVariants(word)) {
    const id = index.termIds.get(variant);
    if (id === undefined) continue;
    addTerm(index, out, categories, id, 'exact', 1, allowed, Fit.Word);
    variantFound = true;
  }

  const textPrefix = scope !== 'short' && word.length >= MIN_TEXT_PREFIX_LENGTH;
  const vocab = textPrefix ? index.allVocab : index.shortVocab;
  const prefixAllowed = textPrefix ? -1 : SHORT_FIELDS;
  for (let i = lowerBound(vocab.terms, word); i < vocab.terms.length && vocab.terms[i].startsWith(word); i++) {
    const length = vocab.terms[i].length;
    if (length > word.length)
      addTerm(index, out, categories, vocab.ids[i], 'prefix', word.length / length, prefixAllowed, Fit.Word);
  }

  // A language is no typo of another: "f#" ("fsharp") must not list the C# ("csharp") projects.
  if (word.length >= MIN_FUZZY_LENGTH && !SPELT_LANGUAGES.has(word)) {
    const typos = word.length >= LONG_WORD_TYPOS ? 2 : 1;
    const swapped = swappedTerms(index, word);
    const fuzzy = fuzzyTerms(index, word, scope).map((hit) => ({
      ...hit,
      whole: withinTypos(word, index.terms[hit.id], typos),
    }));
    // A finished word that is a word of the index, or a typo of one, is that word (looseFields).
    const isWord = exactId !== undefined || variantFound || swapped.length > 0 || fuzzy.some((hit) => hit.whole);
    for (const { id, quality, whole } of fuzzy) {
      const fields = whole ? -1 : looseFields(word, index.terms[id], scope, isWord);
      addTerm(index, out, categories, id, 'fuzzy', quality, allowed & fields, whole ? Fit.Typo : Fit.Near);
    }
    for (const id of swapped) addTerm(index, out, categories, id, 'fuzzy', swapQuality(word), allowed, Fit.Typo);
  }
  categories.applyTo(index, out);
  return out;
}

/**
 * Where a typo of `word` near `term` but not of the whole term counts: a typo of a part of a
 * longer term ("zookeper" in "apachezookeeper"). A term no longer than the word is no part of
 * anything: the word must be a typo of all of it, so "golang" is not RabbitMQ's alias "erlang",
 * two letters away (one language for another). Categories take a part only while the
 * word may still be being typed, and only when the first letter agrees: "docker" is no typo of
 * "broker". A word followed by another is finished: when it is a word or a typo of one (`isWord`),
 * it is that word, as in a description: "servce" is "service", not "server", so "servce disc"
 * must not list Disconf (config server, disc...) before Service Discovery. Otherwise it may still
 * be a slip in a name or alias: "zookepe cluster" means ZooKeeper.
 */
function looseFields(word: string, term: string, scope: Scope, isWord: boolean): number {
  const names = SHORT_FIELDS & ~CATEGORY_FIELDS;
  if (term.length <= word.length) return 0;
  if (scope === 'finished') return isWord ? 0 : names;
  return word[0] === term[0] ? SHORT_FIELDS : names;
}

function addTerm(
  index: SearchIndex,
  out: WordScores,
  categories: CategoryPoints,
  id: number,
  kind: MatchKind,
  quality: number,
  allowed: number,
  fit: Fit,
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
    for (let i = 0; i < categoryList.length; i++) categories.add(categoryList[i], kind, quality, fit);
}

/**
 * Terms within a typo of `word`: the trigram index proposes the terms sharing the most
 * trigrams, Fuse's Bitap scores them. Prefix extensions are left to the prefix lookup.
 */
function fuzzyTerms(index: SearchIndex, word: string, scope: Scope): { id: number; quality: number }[] {
  const grams = trigrams(word);
  const shared = index.sharedGrams;
  const touched: number[] = [];
  for (const gram of grams) {
    const ids = index.gramTerms.get(gram);
    if (!ids) continue;
    for (let i = 0; i < ids.length; i++) if (shared[ids[i]]++ === 0) touched.push(ids[i]);
  }
  const proposed: { id: number; dice: number }[] = [];
  for (const id of touched) {
    const dice = (2 * shared[id]) / (grams.length + index.gramCounts[id]);
    shared[id] = 0;
    if (dice < MIN_TRIGRAM_DICE || (scope === 'short' && !index.isShort[id])) continue;
    if (index.terms[id].length < MIN_FUZZY_LENGTH) continue;
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

/**
 * Terms the word becomes with two neighbouring letters swapped back ("ngnix" -> "nginx"), the
 * commonest slip of a fast typist. Bitap counts a swap as two errors, so Fuse gives a short
 * word's swap no score at all, while it is one typo (typo-distance.ts): look the swaps up.
 */
function swappedTerms(index: SearchIndex, word: string): number[] {
  const ids: number[] = [];
  for (let i = 0; i + 1 < word.length; i++) {
    if (word[i] === word[i + 1]) continue;
    const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
    const id = index.termIds.get(swapped);
    if (id !== undefined && index.terms[id].length >= MIN_FUZZY_LENGTH) ids.push(id);
  }
  return ids;
}

/** What Fuse gives one substituted letter in a word of this length (its score is errors / length). */
function swapQuality(word: string): number {
  return Math.max(0, 1 - 1 / (word.length * FUSE_THRESHOLD));
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
