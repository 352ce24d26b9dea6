// Category words are indexed per category (search-index.ts): a word's category matches
// are collected here per category and handed to the category's projects at the end.

import { Field, fieldPoints, type MatchKind } from './search-fields';
import type { SearchIndex } from './search-index';
import type { WordScores } from './search-word-scores';

/** Best points per category for the current word, applied to the category's projects at the end. */
export class CategoryPoints {
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
