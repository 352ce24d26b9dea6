// The annotation's card for a page: which project, its categories, what else
// does the same job, and the user's state for it.
import { alternativesOf } from '@/catalog/alternatives';
import { matchUrl } from '@/catalog/match-url';
import { isDismissed } from '@/catalog/store/dismissed';
import { getFavourite } from '@/catalog/store/favourites';
import type { Catalog, Category } from '@/catalog/types';
import type { MatchCard } from '../protocol';
import type { Handler } from './types';

export const MAX_ALTERNATIVES = 6;

function categoriesOf(catalog: Catalog, ids: readonly string[]): Category[] {
  return ids.map((id) => catalog.categories.find((c) => c.id === id)).filter((c): c is Category => !!c);
}

export const handleMatch: Handler<'match'> = async (ctx, { url }) => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const project = matchUrl(ctx.catalog, parsed);
  if (!project) return null;
  const db = await ctx.db();
  const [favourite, dismissed] = await Promise.all([
    getFavourite(db, project.id),
    isDismissed(db, project.id, 'annotation'),
  ]);
  const card: MatchCard = {
    project,
    categories: categoriesOf(ctx.catalog, project.categories),
    alternatives: alternativesOf(ctx.catalog, project.id).slice(0, MAX_ALTERNATIVES),
    isFavourite: favourite !== undefined,
    dismissed,
  };
  return card;
};
