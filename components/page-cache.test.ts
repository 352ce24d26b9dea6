import { describe, expect, it } from 'vitest';
import { type CacheStorage, readPageCache, readStampedCache, writePageCache, writeStampedCache } from './page-cache';
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

  it('gives a stamped copy only to the extension version that wrote it, checked by the reader', () => {
    const storage = memoryStorage();
    writeStampedCache('catalog', '1.0.0', { hash: 'abc' }, storage);
    expect(readStampedCache('catalog', '1.0.0', anything, storage)).toEqual({ hash: 'abc' });
    expect(readStampedCache('catalog', '1.0.1', anything, storage)).toBeNull(); // after an update
    expect(readStampedCache('catalog', '1.0.0', () => null, storage)).toBeNull();
    writePageCache('catalog', { hash: 'abc' }, storage); // unstamped: from code before stamps
    expect(readStampedCache('catalog', '1.0.0', anything, storage)).toBeNull();
  });
});
