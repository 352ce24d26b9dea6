import { describe, expect, it } from 'vitest';
import { type CacheStorage, readPageCache, writePageCache } from './page-cache';
import { memoryStorage } from './test-storage';

const anything = (value: unknown) => value;

describe('page cache', () => {
  it('keeps a copy and gives it back, as checked by the reader', () => {
    const storage = memoryStorage();
    writePageCache('settings', { theme: 'dark' }, storage);
    expect(readPageCache('settings', anything, storage)).toEqual({ theme: 'dark' });
    expect(readPageCache('settings', () => null, storage)).toBeNull(); // refused by the reader
    expect(readPageCache('other', anything, storage)).toBeNull();
    expect([...storage.items.keys()]).toEqual(['archscout.cache.settings']);
  });

  it('reads nothing from a damaged copy, a throwing storage or no storage at all', () => {
    const storage = memoryStorage();
    storage.items.set('archscout.cache.catalog', '{"hash": "abc", "proj');
    expect(readPageCache('catalog', anything, storage)).toBeNull();
    const throwing: CacheStorage = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      removeItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    };
    expect(readPageCache('catalog', anything, throwing)).toBeNull();
    expect(() => writePageCache('catalog', { a: 1 }, throwing)).not.toThrow();
    expect(readPageCache('catalog', anything, undefined)).toBeNull();
  });

  it('a copy that cannot be written replaces none: the old one is removed, not left behind', () => {
    const storage = memoryStorage();
    writePageCache('catalog', { hash: 'old' }, storage);
    const full: CacheStorage = {
      ...storage,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    };
    writePageCache('catalog', { hash: 'new' }, full);
    expect(readPageCache('catalog', anything, storage)).toBeNull();
  });
});
