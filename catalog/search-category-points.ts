// Category words are indexed per category (search-index.ts): a word's category matches
// are collected here per category and handed to the category's projects at the end.
//
// A word of a category says what kind of project it is, not which one. When a project also
// has that word in an alias or as one word of its name ("queue" in beanstalkd's "work queue",
// "file" in Taobao File System, "load balancer" in Pen's "tcp load balancer"), it counts as
// the category match it is: otherwise a category query ("message queue") lists whoever
// repeats the category's words first, ahead of the category's best-known, active projects
// (catalog order and status then decide). Outside the category such an alias ranks like a
// further category ("存储", storage: etcd's "键值存储" after the distributed file systems).
// A whole name ("balance" -> Balance) stays a name; a typo near one does not (give below).
//
// A misspelt category word ("balancr") is that word too, against a name or alias that the
// query only reaches by a typo as well: of two typos, the category's says what kind of project
// it is, so "load balancr" lists the category as "load balancer" does, not Balance and Pen
// first. An exact or prefix name or alias stays what it is ("stomp" is RabbitMQ's alias).

import { Field, fieldPoints, type MatchKind } from './search-fields';
import type { SearchIndex } from './search-index';
import type { WordScores } from './search-word-scores';

// The matches a category word does not lift above its category: aliases and single name words.
const CATEGORY_WORD_FIELDS = Field.NameWord | Field.Alias;

/** How a word fits a category: near one of its words only, a typo of a whole one, or one (or its start). */
export const Fit = { Near: 0, Typo: 1, Word: 2 } as const;
export type Fit = (typeof Fit)[keyof typeof Fit];

/** Best points per category for the current word, applied to the category's projects at the end. */
export class CategoryPoints {
  readonly primary: Float32Array;
  readonly secondary: Float32Array;
  // How the word fits each category. "stomp" comes near a category word by a typo (Near), and
  // must not pull RabbitMQ's exact alias "stomp" down to a typo's points.
  readonly fit: Uint8Array;
  constructor(count: number) {
    this.primary = new Float32Array(count);
    this.secondary = new Float32Array(count);
    this.fit = new Uint8Array(count);
  }
  add(category: number, kind: MatchKind, quality: number, fit: Fit) {
    this.primary[category] = Math.max(this.primary[category], fieldPoints(Field.Category, kind, quality));
    this.secondary[category] = Math.max(this.secondary[category], fieldPoints(Field.Category2, kind, quality));
    this.fit[category] = Math.max(this.fit[category], fit);
  }
  applyTo(index: SearchIndex, out: WordScores) {
    let further = 0; // the most a further category earns with this word, when it is one of its words
    index.categories.forEach((category, i) => {
      const fit = this.fit[i] as Fit;
      if (this.primary[i] > 0)
        for (const doc of category.primaryDocs) give(out, doc, this.primary[i], Field.Category, fit);
      if (this.secondary[i] > 0) {
        for (const doc of category.secondaryDocs) give(out, doc, this.secondary[i], Field.Category2, fit);
        if (fit === Fit.Word) further = Math.max(further, this.secondary[i]);
      }
    });
    if (further === 0) return;
    // Members now score by their category: what still scores by an alias or name word is outside it.
    for (let i = 0; i < out.size; i++) {
      const doc = out.docs[i];
      if (out.field[doc] & CATEGORY_WORD_FIELDS) out.cap(doc, further);
    }
  }
}

/** Whether the word reaches the project only by a typo (or not yet at all). */
function isTypo(out: WordScores, doc: number): boolean {
  return out.score[doc] === 0 || out.score[doc] < fieldPoints(out.field[doc], 'prefix', 0);
}

function give(out: WordScores, doc: number, points: number, field: number, fit: Fit) {
  const counts = fit === Fit.Word || (fit === Fit.Typo && isTypo(out, doc));
  // Nor is a whole name that the category's very word only comes near: "filesystem" is the
  // category's word, not a typo of Taobao File System's "taobaofilesystem" (which listed it, a
  // dead link, before the category's live projects). Of two typos ("queeu": Queue), the name's stays.
  const nearName = fit === Fit.Word && out.field[doc] & Field.NameFull && isTypo(out, doc);
  if (counts && (out.field[doc] & CATEGORY_WORD_FIELDS || nearName))
    out.lower(doc, points, field, CATEGORY_WORD_FIELDS | Field.NameFull);
  out.add(doc, points, field, field);
  // A whole name keeps its score, and search.ts knows what the category gives.
  if (counts) out.addCategory(doc, points);
}
