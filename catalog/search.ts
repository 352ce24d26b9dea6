// The one search used by popup, new tab, omnibox and CLI (issue #5).
// Fuse.js scores typos, but only over the few terms an inverted index proposes
// (catalog/search-index.ts), so a keystroke stays fast at 50,000 projects (issue #8).

import { ALL_FIELDS, Field, matchedName } from './search-fields';
import { createIndex, type SearchIndex } from './search-index';
import { matchLatinWord, precomputeInitials } from './search-match';
import { matchCjkWord } from './search-match-cjk';
import type { WordScores } from './search-word-scores';
import { isCjk, normalizeText, tokenize } from './text-normalize';
import type { Catalog, Lang, Project } from './types';

export type { SearchIndex } from './search-index';

export interface SearchHit {
  project: Project;
  score: number; // higher is better; about 0.2 (description) to 1 (exact name)
  matched: 'name' | 'alias' | 'category' | 'description';
}

export interface SearchOptions {
  limit?: number; // default 20
  lang?: Lang; // UI language: breaks ties in favour of projects summarised in it
}

const DEFAULT_LIMIT = 20;
// Multi-word queries are also tried glued together against names, aliases and categories
// ("rabbit mq" -> "rabbitmq", "cap n proto", "zoo keeper").
const MAX_GLUED_WORDS = 4;
// A pasted paragraph is not a search: look at its start only, so a keystroke stays bounded.
const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 8;

/**
 * The index for a catalog, with the one-letter words worked out (search-match.ts). With
 * `initials: false` they are left for later (precomputeInitials) or for the first one-letter
 * query: a page that must answer a whole word the moment it opens saves that time (issue #8).
 */
export function createSearchIndex(catalog: Catalog, { initials = true }: { initials?: boolean } = {}): SearchIndex {
  const index = createIndex(catalog);
  if (initials) precomputeInitials(index);
  return index;
}

export { precomputeInitials };

export function search(index: SearchIndex, query: string, opts: SearchOptions = {}): SearchHit[] {
  const limit = Math.max(0, Math.floor(opts.limit ?? DEFAULT_LIMIT));
  const words = [...new Set(tokenize(normalizeText(query.slice(0, MAX_QUERY_LENGTH))))].slice(0, MAX_WORDS);
  if (words.length === 0 || limit === 0) return [];

  try {
    // Every word but the last is finished: a typo there is of a whole word (search-match.ts).
    const perWord = words.map((word, i) =>
      isCjk(word) ? matchCjkWord(index, word) : matchLatinWord(index, word, i < words.length - 1 ? 'finished' : 'all'),
    );
    let scored = perWord.length === 1 ? perWord[0] : allWords(index, perWord);
    if (words.length > 1 && words.length <= MAX_GLUED_WORDS && !words.some(isCjk)) {
      // Glued, they are still several words: "file system" does not list Taobao File System first.
      const glued = matchLatinWord(index, words.join(''), 'short');
      for (let i = 0; i < glued.size; i++) {
        const doc = glued.docs[i];
        if (isCategoryWord(glued, doc))
          scored.add(doc, glued.category[doc], categoryField(glued, doc), glued.fields[doc] & ~NAME_FIELDS);
        else scored.add(doc, glued.score[doc], glued.field[doc], glued.fields[doc]);
      }
    }
    // Nothing has every word: rather than an empty list, rank what has most of them.
    if (scored.size === 0 && words.length > 1) scored = someWords(index, perWord);
    return topHits(index, scored, limit, opts.lang ?? 'en');
  } finally {
    index.pool.releaseAll();
  }
}

/**
 * AND across words. A project is as good as its weakest word (a name word plus a
 * description word is a description match), nudged by the average so that more
 * name and category words rank first within that tier.
 */
function allWords(index: SearchIndex, perWord: WordScores[]): WordScores {
  const out = index.pool.take();
  const smallest = perWord.reduce((a, b) => (b.size < a.size ? b : a));
  for (let i = 0; i < smallest.size; i++) {
    const doc = smallest.docs[i];
    if (perWord.every((word) => word.has(doc))) combine(out, doc, perWord, 1);
  }
  return out;
}

function someWords(index: SearchIndex, perWord: WordScores[]): WordScores {
  const out = index.pool.take();
  for (const word of perWord) {
    for (let i = 0; i < word.size; i++) {
      const doc = word.docs[i];
      if (out.has(doc)) continue;
      const matching = perWord.filter((other) => other.has(doc));
      combine(out, doc, matching, matching.length / perWord.length);
    }
  }
  return out;
}

// In a query of several words, a word of the project's category counts as that category even
// when it is the project's whole name: "load balance" is the category's name, and must not list
// Balance first for being called so (search-category-points.ts does the same for aliases and
// name words). Alone, "balance" still finds Balance by its name.
function combine(out: WordScores, doc: number, words: WordScores[], coverage: number) {
  let weakest = Number.POSITIVE_INFINITY;
  let weakestField = 0;
  let sum = 0;
  let fields = 0;
  for (const word of words) {
    const categoryWord = words.length > 1 && isCategoryWord(word, doc);
    const score = categoryWord ? word.category[doc] : word.score[doc];
    if (score < weakest) {
      weakest = score;
      weakestField = categoryWord ? categoryField(word, doc) : word.field[doc];
    }
    sum += score;
    fields |= categoryWord ? word.fields[doc] & ~NAME_FIELDS : word.fields[doc];
  }
  out.add(doc, (0.7 * weakest + (0.3 * sum) / words.length) * coverage, weakestField, fields);
}

/** Whether the word scores `doc` higher by a name or alias than by its category, one of whose words it is. */
function isCategoryWord(word: WordScores, doc: number): boolean {
  return word.category[doc] > 0 && word.score[doc] > word.category[doc];
}

function categoryField(word: WordScores, doc: number): number {
  return word.fields[doc] & Field.Category || Field.Category2;
}

/** Small bonuses and penalties that order projects within a tier; never enough to cross one. */
function finalScore(index: SearchIndex, scored: WordScores, doc: number, lang: Lang): number {
  const indexed = index.docs[doc];
  let extraFields = 0;
  for (const field of ALL_FIELDS) if (scored.fields[doc] & field && field !== scored.field[doc]) extraFields++;
  const langBonus = lang === 'zh' && indexed.project.summary.zh ? 1 : 0;
  return scored.score[doc] + Math.min(8, 2 * extraFields) + langBonus - indexed.statusPenalty;
}

function topHits(index: SearchIndex, scored: WordScores, limit: number, lang: Lang): SearchHit[] {
  const ranked: Ranked[] = [];
  for (let n = 0; n < scored.size; n++) {
    const doc = scored.docs[n];
    const hit = { doc, score: finalScore(index, scored, doc, lang), byName: (scored.field[doc] & NAME_FIELDS) !== 0 };
    // Keep only the best `limit`: a full sort of every candidate would cost more than the search.
    if (ranked.length === limit && !before(index, hit, ranked[limit - 1])) continue;
    let i = ranked.length === limit ? limit - 1 : ranked.length;
    while (i > 0 && before(index, hit, ranked[i - 1])) {
      ranked[i] = ranked[i - 1];
      i--;
    }
    ranked[i] = hit;
  }
  return ranked.map(({ doc, score }) => ({
    project: index.docs[doc].project,
    score: Math.round(score * 10) / 10_000,
    matched: matchedName(scored.field[doc]),
  }));
}

interface Ranked {
  doc: number;
  score: number;
  byName: boolean; // its best match was its name or an alias
}

const NAME_FIELDS = Field.NameFull | Field.NameWord | Field.Alias;

/**
 * Higher score first. On a tie between two name or alias matches, the shorter name (closer to
 * what was typed: "rabbit" -> RabbitMQ before RabbitMQ Internals); otherwise a project before
 * its documentation or plugin, then catalog order, which is the seed list's, best known first:
 * a category query ("消息队列") lists RabbitMQ before NetMQ, as the new tab's "Popular in" picks
 * do (catalog/recommend.ts), not by the length of their names.
 */
function before(index: SearchIndex, hit: Ranked, other: Ranked): boolean {
  if (hit.score !== other.score) return hit.score > other.score;
  if (hit.byName && other.byName) {
    const length = index.docs[hit.doc].name.length;
    const otherLength = index.docs[other.doc].name.length;
    if (length !== otherLength) return length < otherLength;
  }
  const nested = Boolean(index.docs[hit.doc].project.parent);
  if (nested !== Boolean(index.docs[other.doc].project.parent)) return !nested;
  return hit.doc < other.doc;
}
