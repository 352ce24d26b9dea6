// One CJK query word against the index. Chinese has no spaces between words, so the
// index holds character unigrams and bigrams: candidates share every bigram of the
// query, then a substring check on the project's text decides and scores.

import { CategoryPoints, Fit } from './search-category-points';
import { FIELD_BITS, Field, fieldPoints, type MatchKind } from './search-fields';
import type { IndexedProject, SearchIndex } from './search-index';
import type { WordScores } from './search-word-scores';

export function matchCjkWord(index: SearchIndex, word: string): WordScores {
  return index.cache.get(`cjk:${word}`, () => computeCjkWord(index, word));
}

function computeCjkWord(index: SearchIndex, word: string): WordScores {
  const out = index.pool.take();
  const categories = new CategoryPoints(index.categories.length);
  index.categories.forEach((category, i) => {
    for (const label of category.labels) {
      if (label === word) categories.add(i, 'exact', 1, Fit.Word);
      else if (label.includes(word))
        categories.add(i, 'prefix', word.length / label.replace(/ /g, '').length, Fit.Word);
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
