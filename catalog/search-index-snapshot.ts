// A built search index as plain JSON data, and back (issue #8). Building the index for the
// bundled catalog takes 10-12 ms of a freshly opened popup's main thread, cold, and a person
// who types the moment the popup opens waits for it; a snapshot kept from an earlier opening
// (components/search-index-cache.ts) turns it back into an index in a fraction of that.
//
// The snapshot holds what the build works out (normalised fields, terms, postings, sorted
// vocabularies, trigrams) and refers to projects and categories by position: it is only valid
// for the very catalog it was made from, so it carries that catalog's content hash and sizes,
// and restoring checks its shape and every number it will index with. Anything off returns
// null and the caller builds the index the usual way: a snapshot of another catalog, another
// format or a damaged one costs time, never an error or another catalog's results. (Only
// Archscout's own pages write it, to their extension's localStorage.)

import { FIELD_BITS } from './search-fields';
import { createIndexFrom, type IndexParts, type SearchIndex } from './search-index';
import type { Catalog } from './types';

/** Bump when the shape or the meaning of a snapshot changes: older snapshots are then ignored. */
export const SNAPSHOT_FORMAT = 2; // 2: languages as aliases, "c#" as "csharp"

/** Lists of integers packed end to end: list i is flat[ends[i - 1] .. ends[i]) (one typed array, views into it). */
export interface PackedLists {
  flat: number[];
  ends: number[];
}

export interface IndexSnapshot {
  format: number;
  hash: string; // the catalog's content hash
  projects: number;
  docs: [name: string, aliases: string[], text: string, statusPenalty: number][];
  categories: [labels: string[], primaryDocs: number[], secondaryDocs: number[]][];
  terms: string[];
  postings: PackedLists; // per term
  categoryPostings: PackedLists; // per term
  isShort: number[]; // term ids
  shortVocab: number[]; // term ids in sorted term order
  allVocab: number[];
  gramKeys: string[];
  gramTerms: PackedLists; // per gram key
  gramCounts: number[]; // per term
}

export function snapshotIndex(index: SearchIndex, catalog: Catalog): IndexSnapshot {
  const ints = (list: ArrayLike<number>) => Array.from(list);
  const isShort: number[] = [];
  index.isShort.forEach((flag, term) => {
    if (flag) isShort.push(term);
  });
  return {
    format: SNAPSHOT_FORMAT,
    hash: catalog.hash,
    projects: catalog.projects.length,
    docs: index.docs.map((doc) => [doc.name, doc.aliases, doc.text, doc.statusPenalty]),
    categories: index.categories.map((c) => [c.labels, ints(c.primaryDocs), ints(c.secondaryDocs)]),
    terms: index.terms,
    postings: pack(index.postings),
    categoryPostings: pack(index.categoryPostings),
    isShort,
    shortVocab: ints(index.shortVocab.ids),
    allVocab: ints(index.allVocab.ids),
    gramKeys: [...index.gramTerms.keys()],
    gramTerms: pack([...index.gramTerms.values()]),
    gramCounts: ints(index.gramCounts),
  };
}

/** The index `snapshot` was made from, for `catalog`; null when it is not that catalog's or is damaged. */
export function restoreIndex(catalog: Catalog, snapshot: unknown): SearchIndex | null {
  try {
    const parts = readSnapshot(catalog, snapshot);
    if (!parts) return null;
    const index = createIndexFrom(parts);
    return index.termIds.size === parts.terms.length ? index : null; // every term once
  } catch {
    return null; // a shape the checks below did not foresee: build instead
  }
}

function readSnapshot(catalog: Catalog, value: unknown): IndexParts | null {
  const s = value as Partial<IndexSnapshot> | null;
  if (!s || s.format !== SNAPSHOT_FORMAT || s.hash !== catalog.hash) return null;
  const projectCount = catalog.projects.length;
  const categoryCount = catalog.categories.length;
  if (s.projects !== projectCount || !Array.isArray(s.terms) || !s.terms.every(isString)) return null;
  const terms = s.terms;
  const termCount = terms.length;
  const { docs, categories, isShort, shortVocab, allVocab, gramKeys, gramCounts } = s;
  if (!Array.isArray(docs) || docs.length !== projectCount || !docs.every(isDoc)) return null;
  if (!Array.isArray(categories) || categories.length !== categoryCount) return null;
  const isDocList = (list: unknown) => ids(list, projectCount);
  if (!categories.every((c) => Array.isArray(c) && c[0]?.every?.(isString) && isDocList(c[1]) && isDocList(c[2])))
    return null;
  // A posting packs the project with its field bits (search-fields.ts): the whole must be in range.
  const postings = unpack(s.postings, termCount, projectCount << FIELD_BITS);
  const categoryPostings = unpack(s.categoryPostings, termCount, categoryCount);
  if (!postings || !categoryPostings) return null;
  if (!ids(isShort, termCount) || !ids(shortVocab, termCount) || !ids(allVocab, termCount)) return null;
  // Prefix lookups binary-search the vocabularies: they must be in the order search compares in.
  if (!sorted(terms, shortVocab) || !sorted(terms, allVocab)) return null;
  if (!Array.isArray(gramKeys) || !gramKeys.every(isString)) return null;
  const gramLists = unpack(s.gramTerms, gramKeys.length, termCount);
  if (!gramLists || !Array.isArray(gramCounts) || gramCounts.length !== termCount || !ids(gramCounts, 256)) return null;
  const shortFlags = new Uint8Array(termCount);
  for (const term of isShort) shortFlags[term] = 1;
  return {
    docs: docs.map(([name, aliases, text, statusPenalty], doc) => ({
      project: catalog.projects[doc],
      name,
      aliases,
      text,
      statusPenalty,
    })),
    categories: categories.map(([labels, primary, secondary]) => ({
      labels,
      primaryDocs: Int32Array.from(primary),
      secondaryDocs: Int32Array.from(secondary),
    })),
    terms,
    postings,
    categoryPostings,
    isShort: shortFlags,
    shortVocab: Int32Array.from(shortVocab),
    allVocab: Int32Array.from(allVocab),
    gramTerms: new Map(gramKeys.map((gram, i) => [gram, gramLists[i]])),
    gramCounts: Uint8Array.from(gramCounts),
  };
}

function pack(lists: ArrayLike<number>[]): PackedLists {
  const flat: number[] = [];
  const ends: number[] = [];
  for (const list of lists) {
    for (let i = 0; i < list.length; i++) flat.push(list[i]);
    ends.push(flat.length);
  }
  return { flat, ends };
}

/** `count` lists of integers in [0, end), as views into one typed array; null when `packed` is not that. */
function unpack(packed: unknown, count: number, end: number): Int32Array[] | null {
  const { flat, ends } = (packed ?? {}) as Partial<PackedLists>;
  if (!ids(flat, end) || !Array.isArray(ends) || ends.length !== count) return null;
  const all = Int32Array.from(flat);
  const lists: Int32Array[] = new Array(count);
  let start = 0;
  for (let i = 0; i < count; i++) {
    const stop = ends[i];
    if (!Number.isInteger(stop) || stop < start || stop > all.length) return null;
    lists[i] = all.subarray(start, stop);
    start = stop;
  }
  return start === all.length ? lists : null;
}

function isString(value: unknown): value is string {
  return typeof value === 'string';
}

function inRange(value: unknown, end: number): value is number {
  return Number.isInteger(value) && (value as number) >= 0 && (value as number) < end;
}

function ids(list: unknown, end: number): list is number[] {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) if (!inRange(list[i], end)) return false;
  return true;
}

function sorted(terms: string[], vocabulary: number[]): boolean {
  for (let i = 1; i < vocabulary.length; i++) if (!(terms[vocabulary[i - 1]] < terms[vocabulary[i]])) return false;
  return true;
}

function isDoc(value: unknown): value is IndexSnapshot['docs'][number] {
  if (!Array.isArray(value) || value.length !== 4) return false;
  const [name, aliases, text, penalty] = value;
  return (
    isString(name) && Array.isArray(aliases) && aliases.every(isString) && isString(text) && Number.isFinite(penalty)
  );
}
