// Synchronous copies of what an extension page needs for its first render (issue #8: the popup
// and the new tab must feel instant). storage.local and IndexedDB answer in 5 to 20 ms, and a
// page that waits for them renders a frame or two later than it could; localStorage answers
// at once. It is only ever a copy: every page still reads the real data right after its first
// render and takes that over when it differs, so a wrong or old copy costs a re-render, never
// data. The extension pages (popup, new tab, options) share one localStorage per extension
// origin; content scripts cannot reach it (theirs is the web page's).

const PREFIX = 'archscout.cache.';

/** Where the copies are kept; localStorage unless a test passes its own. */
export type CacheStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function defaultStorage(): CacheStorage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // storage disabled: pages take the asynchronous path
  }
}

/**
 * The copy under `key`, checked by `accept` (which returns the value to use, or null for
 * "unusable"). Null when there is none, it does not parse, or `accept` refuses it.
 */
export function readPageCache<T>(
  key: string,
  accept: (value: unknown) => T | null,
  storage = defaultStorage(),
): T | null {
  try {
    const text = storage?.getItem(PREFIX + key);
    if (!text) return null;
    return accept(JSON.parse(text));
  } catch {
    return null;
  }
}

/** Keeps a copy of `value` under `key`; a full or disabled storage only costs the fast path. */
export function writePageCache(key: string, value: unknown, storage = defaultStorage()): void {
  try {
    storage?.setItem(PREFIX + key, JSON.stringify(value));
  } catch {
    try {
      storage?.removeItem(PREFIX + key); // never leave a copy that no longer matches
    } catch {
      // nothing more to do
    }
  }
}

// Copies whose shape is the code's own (the catalog, the search index) are stamped with the
// extension version that wrote them: an update may change that shape, so a copy from another
// version is never handed to the new code.
interface Stamped {
  stamp: string;
  value: unknown;
}

/** Like readPageCache, for a copy written by writeStampedCache with this same `stamp`. */
export function readStampedCache<T>(
  key: string,
  stamp: string,
  accept: (value: unknown) => T | null,
  storage = defaultStorage(),
): T | null {
  return readPageCache(
    key,
    (value) => {
      const stamped = value as Partial<Stamped> | null;
      return stamped?.stamp === stamp ? accept(stamped.value) : null;
    },
    storage,
  );
}

/** Keeps a copy of `value` under `key`, stamped with the extension version `stamp`. */
export function writeStampedCache(key: string, stamp: string, value: unknown, storage = defaultStorage()): void {
  writePageCache(key, { stamp, value } satisfies Stamped, storage);
}
