import { useLayoutEffect, useState } from 'preact/hooks';
import type { Catalog } from '@/catalog/types';

/**
 * The catalog once `pending` resolves (null until then). Start the read before the first render
 * (components/installed-catalog.ts loadInstalledCatalog) so reading and rendering overlap. A
 * layout effect subscribes right after the first render: a passive one would wait for the next
 * frame, and a catalog read in a few milliseconds would then show a frame late (issue #8).
 */
export function useCatalog(pending: Promise<Catalog>): Catalog | null {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  useLayoutEffect(() => {
    let alive = true;
    pending.then((loaded) => alive && setCatalog(loaded));
    return () => {
      alive = false;
    };
  }, [pending]);
  return catalog;
}
