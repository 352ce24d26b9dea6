import { useEffect, useState } from 'preact/hooks';
import type { Catalog } from '@/catalog/types';

/**
 * The catalog once `pending` resolves (null until then). Start the read before the first render
 * (components/installed-catalog.ts loadInstalledCatalog) so reading and rendering overlap.
 */
export function useCatalog(pending: Promise<Catalog>): Catalog | null {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  useEffect(() => {
    let alive = true;
    pending.then((loaded) => alive && setCatalog(loaded));
    return () => {
      alive = false;
    };
  }, [pending]);
  return catalog;
}
