import { useLayoutEffect, useState } from 'preact/hooks';
import type { Catalog } from '@/catalog/types';
import type { InstalledCatalog } from './installed-catalog';

/**
 * The catalog to show: the cached copy at once when there is one, then the installed one if it
 * differs (null until either is known). Open the source before the first render
 * (components/installed-catalog.ts openInstalledCatalog) so reading and rendering overlap. A
 * layout effect subscribes right after the first render: a passive one would wait for the next
 * frame, and a catalog read in a few milliseconds would then show a frame late (issue #8).
 */
export function useCatalog(source: InstalledCatalog): Catalog | null {
  const [catalog, setCatalog] = useState<Catalog | null>(source.initial);
  useLayoutEffect(() => {
    let alive = true;
    source.latest.then((latest) => alive && setCatalog(latest));
    return () => {
      alive = false;
    };
  }, [source]);
  return catalog;
}
