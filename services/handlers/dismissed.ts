// Dismissals: the annotation closed for a project, or "not interested" in a recommendation.
import { dismiss, listDismissed, undismiss } from '@/catalog/store/dismissed';
import type { Handler } from './types';

export const handleDismiss: Handler<'dismiss'> = (ctx, { id, scope }) =>
  ctx.queue.run(async () => {
    await dismiss(await ctx.db(), id, scope, ctx.now());
    await ctx.userDataChanged();
    return null;
  });

export const handleUndismiss: Handler<'undismiss'> = (ctx, { id, scope }) =>
  ctx.queue.run(async () => {
    await undismiss(await ctx.db(), id, scope);
    await ctx.userDataChanged();
    return null;
  });

export const handleDismissedList: Handler<'dismissed.list'> = async (ctx) => listDismissed(await ctx.db());
