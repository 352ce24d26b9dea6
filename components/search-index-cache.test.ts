import { describe, expect, it } from 'vitest';
import { bundledCatalog } from '@/catalog/bundled';
import { search } from '@/catalog/search';
import { syntheticCatalog } from '@/catalog/synthetic-catalog';
import { loadSearchIndex, rememberSearchIndex } from './search-index-cache';
import { memoryStorage } from './test-storage';

const KEY = 'archscout.cache.searchIndex';
const names = (index: Parameters<typeof search>[0], query: string) => search(index, query).map((hit) => hit.project.id);

describe('the search index page cache', () => {
  it('builds the index when nothing is kept, and the next page restores what was kept', () => {
    const storage = memoryStorage();
    const first = loadSearchIndex(bundledCatalog, { storage, stamp: '1.0.0' });
    expect(first.restored).toBe(false);
    expect(storage.items.has(KEY)).toBe(false); // keeping it is the caller's idle-time job

    rememberSearchIndex(first.index, bundledCatalog, { storage, stamp: '1.0.0' });
    const second = loadSearchIndex(bundledCatalog, { storage, stamp: '1.0.0' });
    expect(second.restored).toBe(true);
    for (const query of ['rabbitmq', 'kafak', '熔断', 'service discovery']) {
      expect(names(second.index, query)).toEqual(names(first.index, query));
    }
  });

  it('builds instead for another extension version or another catalog', () => {
    const storage = memoryStorage();
    rememberSearchIndex(loadSearchIndex(bundledCatalog, { storage }).index, bundledCatalog, {
      storage,
      stamp: '1.0.0',
    });
    expect(loadSearchIndex(bundledCatalog, { storage, stamp: '1.0.1' }).restored).toBe(false);
    const other = syntheticCatalog(bundledCatalog, 200, 2);
    const forOther = loadSearchIndex(other, { storage, stamp: '1.0.0' });
    expect(forOther.restored).toBe(false);
    expect(search(forOther.index, 'a').every((hit) => other.projects.includes(hit.project))).toBe(true);
  });

  it('builds instead when the kept copy is damaged, and searching is unaffected', () => {
    const storage = memoryStorage();
    const built = loadSearchIndex(bundledCatalog, { storage }).index;
    rememberSearchIndex(built, bundledCatalog, { storage, stamp: '1.0.0' });
    const text = storage.items.get(KEY) as string;
    for (const damaged of [text.slice(0, text.length / 2), text.replace('"terms":[', '"terms":[7,'), '{}', 'null']) {
      storage.items.set(KEY, damaged);
      const loaded = loadSearchIndex(bundledCatalog, { storage, stamp: '1.0.0' });
      expect(loaded.restored).toBe(false);
      expect(names(loaded.index, 'rabbitmq')).toEqual(names(built, 'rabbitmq'));
    }
  });
});
