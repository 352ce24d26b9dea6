// Visits to listed projects' pages (recently seen on the new tab).
import { recentVisits, recordVisit } from '@/catalog/store/visits';
import type { Handler } from './types';

export const handleVisit: Handler<'visit'> = async (ctx, { id }) => {
  // Only catalog projects: a content script cannot fill the history with arbitrary ids.
  if (ctx.nameOf(id) === undefined) return null;
  await recordVisit(await ctx.db(), id, ctx.now());
  return null;
};

export const handleVisitsRecent: Handler<'visits.recent'> = async (ctx, { limit }) =>
  recentVisits(await ctx.db(), limit ?? 20);
