import type { FavouriteRecord } from '@/catalog/store/schema';
import type { FavouriteView } from './protocol';

/**
 * A favourite as every surface shows it: the catalog's current name, or, for a project no
 * longer in the catalog, the name saved with it and `orphaned`. One function for the
 * background's answers and the pages' own reads (components/read-user-data.ts).
 */
export function favouriteView(record: FavouriteRecord, nameOf: (id: string) => string | undefined): FavouriteView {
  const name = nameOf(record.id);
  return { ...record, name: name ?? record.name, orphaned: name === undefined };
}
