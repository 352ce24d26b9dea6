// The projects one query word matched, with the best score it earns in each. Typed
// arrays indexed by project rather than a Map of objects: a common word ("service")
// touches tens of thousands of projects at 50,000, and this keeps that to ~1 ms.
// They are pooled per index and cleared by their touched list, so a keystroke neither
// allocates nor zeroes 50,000-entry arrays (garbage collection showed up as p95 spikes).

export class WordScores {
  readonly score: Float32Array; // 0 = no match
  readonly field: Uint8Array; // the Field bit that gave the score
  readonly fields: Uint8Array; // every Field bit the word was found in
  readonly category: Float32Array; // what the word earns through the project's own category (0 = not one of its words)
  readonly docs: Int32Array; // the matched projects, in first-touch order: docs[0..size)
  size = 0;

  constructor(docCount: number) {
    this.score = new Float32Array(docCount);
    this.field = new Uint8Array(docCount);
    this.fields = new Uint8Array(docCount);
    this.category = new Float32Array(docCount);
    this.docs = new Int32Array(docCount);
  }

  has(doc: number): boolean {
    return this.score[doc] > 0;
  }

  add(doc: number, score: number, field: number, fields: number): void {
    const previous = this.score[doc];
    if (previous === 0) this.docs[this.size++] = doc;
    this.fields[doc] |= fields;
    if (score > previous) {
      this.score[doc] = score;
      this.field[doc] = field;
    }
  }

  /** `score` from `field` instead of the higher one from `from` (bits) it had: that match no longer counts. */
  lower(doc: number, score: number, field: number, from: number): void {
    if (this.score[doc] <= score) return;
    this.score[doc] = score;
    this.field[doc] = field;
    this.fields[doc] = (this.fields[doc] & ~from) | field;
  }

  /** The word is a word of the project's category, worth `points` there. */
  addCategory(doc: number, points: number): void {
    if (points > this.category[doc]) this.category[doc] = points;
  }

  /** At most `score`, from the same field. */
  cap(doc: number, score: number): void {
    if (this.score[doc] > score) this.score[doc] = score;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) {
      const doc = this.docs[i];
      this.score[doc] = 0;
      this.field[doc] = 0;
      this.fields[doc] = 0;
      this.category[doc] = 0;
    }
    this.size = 0;
  }
}

/** Reusable WordScores for one index. Searches are synchronous, so one pool per index is safe. */
export class WordScoresPool {
  private readonly free: WordScores[] = [];
  private readonly lent: WordScores[] = [];
  /** Per-project counter for intersecting posting lists; callers leave it all zero. */
  readonly counter: Uint8Array;

  constructor(private readonly docCount: number) {
    this.counter = new Uint8Array(docCount);
  }

  take(): WordScores {
    const scores = this.free.pop() ?? new WordScores(this.docCount);
    this.lent.push(scores);
    return scores;
  }

  /** Take `scores` out of the next release: someone keeps it. */
  keep(scores: WordScores): void {
    const at = this.lent.indexOf(scores);
    if (at >= 0) this.lent.splice(at, 1);
  }

  /** Return something kept earlier, at the next release: the current search may still read it. */
  giveBack(scores: WordScores): void {
    this.lent.push(scores);
  }

  /** Give back everything taken since the last release. */
  releaseAll(): void {
    for (const scores of this.lent) {
      scores.clear();
      this.free.push(scores);
    }
    this.lent.length = 0;
  }
}

/**
 * The last few words' scores. Typing "distributed file s" recomputes only the word being
 * typed: the finished words come from here. Entries are owned by the cache, not the pool.
 */
export class WordCache {
  private readonly entries = new Map<string, WordScores>();

  constructor(
    private readonly pool: WordScoresPool,
    private readonly capacity = 8,
  ) {}

  get(key: string, compute: () => WordScores): WordScores {
    const cached = this.entries.get(key);
    if (cached) {
      // Re-insert to mark it most recently used.
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const scores = compute();
    this.pool.keep(scores);
    this.entries.set(key, scores);
    if (this.entries.size > this.capacity) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, WordScores];
      this.entries.delete(oldestKey);
      this.pool.giveBack(oldest);
    }
    return scores;
  }
}

/** A compact copy of a WordScores: only the matched projects, for results kept for good. */
export interface ScoresSnapshot {
  docs: Int32Array;
  score: Float32Array;
  field: Uint8Array;
  fields: Uint8Array;
  category: Float32Array;
}

export function snapshot(scores: WordScores): ScoresSnapshot {
  const docs = scores.docs.slice(0, scores.size);
  return {
    docs,
    score: Float32Array.from(docs, (doc) => scores.score[doc]),
    field: Uint8Array.from(docs, (doc) => scores.field[doc]),
    fields: Uint8Array.from(docs, (doc) => scores.fields[doc]),
    category: Float32Array.from(docs, (doc) => scores.category[doc]),
  };
}

export function restore(saved: ScoresSnapshot, into: WordScores): WordScores {
  for (let i = 0; i < saved.docs.length; i++) {
    into.add(saved.docs[i], saved.score[i], saved.field[i], saved.fields[i]);
    into.addCategory(saved.docs[i], saved.category[i]);
  }
  return into;
}
