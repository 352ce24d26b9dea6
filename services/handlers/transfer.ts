// Export (JSON or Markdown) and all-or-nothing import.
import { listFavourites } from '@/catalog/store/favourites';
import { exportJson } from '@/catalog/transfer/export-json';
import { exportMarkdown } from '@/catalog/transfer/export-markdown';
import { importFile } from '@/catalog/transfer/import-file';
import { readSettings, updateSettings } from '../settings';
import type { Handler } from './types';

export const handleExport: Handler<'export'> = async (ctx, { format }) => {
  const favourites = await listFavourites(await ctx.db());
  const now = ctx.now();
  const day = new Date(now).toISOString().slice(0, 10);
  if (format === 'markdown') {
    return {
      filename: `archscout-favourites-${day}.md`,
      mime: 'text/markdown',
      text: exportMarkdown(favourites, ctx.catalog, now),
    };
  }
  return {
    filename: `archscout-favourites-${day}.json`,
    mime: 'application/json',
    text: exportJson(favourites, await readSettings(), ctx.catalog, now),
  };
};

export const handleImport: Handler<'import'> = (ctx, { text }) =>
  ctx.queue.run(async () => {
    const outcome = await importFile(await ctx.db(), text, ctx.nameOf, ctx.now());
    if (!outcome.ok) return outcome;
    if (outcome.settings) await updateSettings(outcome.settings);
    if (outcome.added + outcome.updated > 0) await ctx.userDataChanged();
    const { added, updated, kept, unknown } = outcome;
    return { ok: true, added, updated, kept, unknown, settings: outcome.settings !== undefined };
  });
