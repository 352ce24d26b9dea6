// Favourites for every surface (popup, new tab, annotation): one API, one place.
import {
  addFavourite,
  applyFavouriteChanges,
  getFavourite,
  listFavourites,
  removeFavourite,
  updateFavourite,
} from '@/catalog/store/favourites';
import type { FavouriteRecord } from '@/catalog/store/schema';
import type { BackgroundContext } from '../context';
import { favouriteView } from '../favourite-view';
import type { FavouriteView } from '../protocol';
import { type Handler, RequestError } from './types';

const view = (ctx: BackgroundContext, record: FavouriteRecord): FavouriteView => favouriteView(record, ctx.nameOf);

export const handleFavouritesList: Handler<'favourites.list'> = async (ctx) =>
  (await listFavourites(await ctx.db())).map((f) => view(ctx, f));

export const handleFavouritesSet: Handler<'favourites.set'> = (ctx, { id, on }) =>
  ctx.queue.run(async () => {
    const db = await ctx.db();
    if (on) {
      const name = ctx.nameOf(id);
      if (name === undefined) throw new RequestError(`Unknown project "${id}"`);
      const existing = await getFavourite(db, id);
      const record = existing ?? (await addFavourite(db, id, name, ctx.now()));
      if (!existing) await ctx.userDataChanged();
      return view(ctx, record);
    }
    // Removing works for orphans too: that is how a "no longer in the catalog" favourite is cleared.
    if (await removeFavourite(db, id, ctx.now())) await ctx.userDataChanged();
    return null;
  });

export const handleFavouritesUpdate: Handler<'favourites.update'> = (ctx, { id, tags, note }) =>
  ctx.queue.run(async () => {
    const updated = await updateFavourite(await ctx.db(), id, { tags, note }, ctx.now());
    if (!updated) throw new RequestError(`"${id}" is not a favourite`);
    await ctx.userDataChanged();
    return view(ctx, updated);
  });

/**
 * Removes every favourite in one transaction, each with its sync tombstone as a single removal
 * leaves, and tells surfaces and sync once. The reset removed them one `favourites.set` at a
 * time: each republished the whole list and made every open page read it again, 14 s for 500
 * favourites with a new tab open, minutes for 2,000.
 */
export const handleFavouritesClear: Handler<'favourites.clear'> = (ctx) =>
  ctx.queue.run(async () => {
    const db = await ctx.db();
    const deletedAt = ctx.now();
    const remove = (await listFavourites(db)).map(({ id }) => ({ id, deletedAt }));
    await applyFavouriteChanges(db, { put: [], remove });
    if (remove.length > 0) await ctx.userDataChanged();
    return remove.length;
  });
