import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledCatalog } from './bundled';
import { createSearchIndex, type SearchIndex, search } from './search';
import { type IndexSnapshot, restoreIndex, SNAPSHOT_FORMAT, snapshotIndex } from './search-index-snapshot';
import { labelledQueries } from './search-queries';
import { syntheticCatalog } from './synthetic-catalog';
import type { Catalog } from './types';

// Through JSON, as the page cache keeps it.
const viaJson = (index: SearchIndex, catalog: Catalog): IndexSnapshot =>
  JSON.parse(JSON.stringify(snapshotIndex(index, catalog)));

const results = (index: SearchIndex, query: string, lang: 'en' | 'zh' = 'en') =>
  search(index, query, { lang, limit: 20 }).map((hit) => `${hit.project.id} ${hit.score} ${hit.matched}`);

// Every kind of lookup: exact words, prefixes, one letter, typos (trigrams + Fuse), aliases,
// Chinese n-grams, categories, glued and several words, descriptions, nothing at all.
const QUERIES = [
  ...labelledQueries.map((labelled) => labelled.query),
  'r',
  'ra',
  'rabit',
  'rabbit mq',
  'zoo keeper',
  '服务',
  '熔断器',
  'distributed file s',
  'qqqqqq',
];

describe('search index snapshots', () => {
  const built = createSearchIndex(bundledCatalog, { initials: false });
  const restored = restoreIndex(bundledCatalog, viaJson(built, bundledCatalog));

  it('restore to an index that answers every kind of query exactly as the built one', () => {
    expect(restored).not.toBeNull();
    const fresh = createSearchIndex(bundledCatalog, { initials: false });
    for (const query of QUERIES) {
      for (const lang of ['en', 'zh'] as const) {
        expect(results(restored as SearchIndex, query, lang), `${query} (${lang})`).toEqual(
          results(fresh, query, lang),
        );
      }
    }
  });

  it('answer any typed text as the built index does', () => {
    const fresh = createSearchIndex(bundledCatalog, { initials: false });
    const letters = fc.constantFrom(...'abcdeiklmnopqrstuz 熔断服务消息队列'.split(''));
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 12 }), (chars) => {
        const query = chars.join('');
        expect(results(restored as SearchIndex, query)).toEqual(results(fresh, query));
      }),
      { numRuns: 300 },
    );
  });

  it('work for a large synthetic catalog too', () => {
    const catalog = syntheticCatalog(bundledCatalog, 1_000, 3);
    const index = createSearchIndex(catalog, { initials: false });
    const back = restoreIndex(catalog, viaJson(index, catalog)) as SearchIndex;
    for (const query of ['rabbit', 'kafak', 'service discovery', '消息']) {
      expect(results(back, query)).toEqual(results(index, query));
    }
  });

  it('refer to the catalog object they are restored for', () => {
    const [hit] = search(restored as SearchIndex, 'rabbitmq');
    expect(bundledCatalog.projects).toContain(hit.project);
  });

  describe('are refused (null, so the index is built instead)', () => {
    const good = viaJson(built, bundledCatalog);
    const broken = (change: (copy: IndexSnapshot) => void) => {
      const copy = structuredClone(good);
      change(copy);
      return restoreIndex(bundledCatalog, copy);
    };

    it('for another catalog, another format or a different project count', () => {
      expect(restoreIndex({ ...bundledCatalog, hash: 'other' }, good)).toBeNull();
      expect(broken((s) => Object.assign(s, { format: SNAPSHOT_FORMAT + 1 }))).toBeNull();
      const fewer = { ...bundledCatalog, projects: bundledCatalog.projects.slice(1) };
      expect(restoreIndex(fewer, good)).toBeNull();
    });

    it('when not an object of that shape', () => {
      for (const value of [null, undefined, 42, 'snapshot', [], {}])
        expect(restoreIndex(bundledCatalog, value)).toBeNull();
    });

    it('when a number it would index with is out of range or not an integer', () => {
      expect(broken((s) => s.postings.flat.push(bundledCatalog.projects.length << 6))).toBeNull();
      expect(broken((s) => (s.postings.flat[0] = -1))).toBeNull();
      expect(broken((s) => (s.postings.flat[0] = 1.5))).toBeNull();
      expect(broken((s) => (s.gramTerms.flat[0] = s.terms.length))).toBeNull();
      expect(broken((s) => (s.categoryPostings.flat[0] = bundledCatalog.categories.length))).toBeNull();
      expect(broken((s) => (s.categories[0][1] = [bundledCatalog.projects.length]))).toBeNull();
      expect(broken((s) => s.isShort.push(s.terms.length))).toBeNull();
      expect(broken((s) => (s.gramCounts[0] = 256))).toBeNull();
    });

    it('when its lists do not line up', () => {
      expect(broken((s) => s.postings.ends.pop())).toBeNull();
      expect(broken((s) => (s.postings.ends[0] = s.postings.flat.length + 1))).toBeNull();
      expect(broken((s) => s.postings.ends.reverse())).toBeNull();
      expect(broken((s) => s.gramKeys.pop())).toBeNull();
      expect(broken((s) => s.docs.pop())).toBeNull();
      expect(broken((s) => (s.docs[0] = ['name', [], 'text', Number.NaN]))).toBeNull();
    });

    it('when a vocabulary is out of order or a term repeats', () => {
      expect(broken((s) => s.allVocab.reverse())).toBeNull();
      expect(broken((s) => (s.terms[1] = s.terms[0]))).toBeNull();
    });
  });
});
