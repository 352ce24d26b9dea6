import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { bundledCatalog } from '@/catalog/bundled';
import { makeCatalog, makeProject } from '@/catalog/store/fixtures/test-catalog';
import { installCatalog } from '@/catalog/store/install-catalog';
import { openArchscoutDb } from '@/catalog/store/open-db';
import type { Catalog } from '@/catalog/types';
import { openInstalledCatalog } from './installed-catalog';
import { memoryStorage } from './test-storage';

async function installed(catalog: Catalog): Promise<IDBFactory> {
  const factory = new IDBFactory();
  const db = await openArchscoutDb(factory);
  await installCatalog(db, catalog, 1);
  db.close();
  return factory;
}

const v1 = makeCatalog([makeProject('kafka'), makeProject('nats')], 'hash-1');
const v2 = makeCatalog([makeProject('kafka'), makeProject('nats'), makeProject('pulsar')], 'hash-2');

describe('openInstalledCatalog', () => {
  it('first open: nothing cached, reads IndexedDB and keeps a copy for the next page', async () => {
    const factory = await installed(v1);
    const storage = memoryStorage();
    const first = openInstalledCatalog({ factory, storage, stamp: '1.0.0' });
    expect(first.initial).toBeNull();
    expect(await first.latest).toEqual(v1);

    const second = openInstalledCatalog({ factory, storage, stamp: '1.0.0' });
    expect(second.initial).toEqual(v1); // synchronously, before any read
    // The installed catalog is the cached one: the very same object, so nothing re-renders.
    expect(await second.latest).toBe(second.initial);
  });

  it('after a catalog update, shows the cached copy first, then the installed one, and caches that', async () => {
    const storage = memoryStorage();
    await openInstalledCatalog({ factory: await installed(v1), storage, stamp: '1.0.0' }).latest;
    const updated = await installed(v2);
    const page = openInstalledCatalog({ factory: updated, storage, stamp: '1.0.0' });
    expect(page.initial?.hash).toBe('hash-1');
    expect(await page.latest).toEqual(v2);
    expect(openInstalledCatalog({ factory: updated, storage, stamp: '1.0.0' }).initial?.hash).toBe('hash-2');
  });

  it('ignores a copy written by another extension version or damaged, and reads IndexedDB', async () => {
    const factory = await installed(v1);
    const storage = memoryStorage();
    await openInstalledCatalog({ factory, storage, stamp: '1.0.0' }).latest;
    expect(openInstalledCatalog({ factory, storage, stamp: '1.1.0' }).initial).toBeNull();

    const [key, text] = [...storage.items][0];
    const damaged = JSON.parse(text);
    damaged.value.projects[1].summary = null;
    storage.items.set(key, JSON.stringify(damaged));
    const page = openInstalledCatalog({ factory, storage, stamp: '1.0.0' });
    expect(page.initial).toBeNull();
    expect(await page.latest).toEqual(v1);
    storage.items.set(key, '{"stamp":"1.0.0","value":');
    expect(openInstalledCatalog({ factory, storage, stamp: '1.0.0' }).initial).toBeNull();
  });

  it('before the first install, and when IndexedDB fails, falls back to the bundled catalog', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const empty = openInstalledCatalog({ factory: new IDBFactory(), storage: memoryStorage(), stamp: '1' });
    expect((await empty.latest).hash).toBe(bundledCatalog.hash);
    const broken = {
      open: () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const failing = openInstalledCatalog({ factory: broken, storage: memoryStorage(), stamp: '1' });
    expect((await failing.latest).hash).toBe(bundledCatalog.hash);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
