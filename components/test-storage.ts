// Test data only: an in-memory stand-in for localStorage (components/page-cache.ts CacheStorage).
import type { CacheStorage } from './page-cache';

export function memoryStorage(): CacheStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => void items.set(key, value),
    removeItem: (key) => void items.delete(key),
  };
}
