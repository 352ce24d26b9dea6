// Export (JSON or Markdown) and all-or-nothing import.
import { listFavourites } from '@/catalog/store/favourites';
import { exportJson } from '@/catalog/transfer/export-json';
import { exportMarkdown } from '@/catalog/transfer/export-markdown';
import { importFile } from '@/catalog/transfer/import-file';
import type { BackgroundContext } from '../context';
import type { ImportResult } from '../protocol';
import { readBlobUrl } from '../read-blob-url';
import { originOf } from '../sender';
import { readSettings, updateSettings } from '../settings';
import { type Handler, RequestError } from './types';

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

async function importText(ctx: BackgroundContext, text: string): Promise<ImportResult> {
  const outcome = await importFile(await ctx.db(), text, ctx.nameOf, ctx.now());
  if (!outcome.ok) return outcome;
  if (outcome.settings) await updateSettings(outcome.settings);
  if (outcome.added + outcome.updated > 0) await ctx.userDataChanged();
  const { added, updated, kept, unknown } = outcome;
  return { ok: true, added, updated, kept, unknown, settings: outcome.settings !== undefined };
}

/**
 * The only way in for an import: a blob: URL of the page's own, read here. The file's text sent
 * as a message held the page's thread for 110-160 ms on a 12 MB file (decoding it, then
 * serialising the message), so that message is gone. Only the sender's own blob: URLs are read
 * (its origin is ours: content scripts may not send this).
 */
export const handleImportFile: Handler<'import.file'> = async (ctx, { url }, sender) => {
  const origin = originOf(sender.url);
  if (!origin || !url.startsWith(`blob:${origin}/`)) throw new RequestError('Not a file of this page');
  return ctx.queue.run(async () => {
    const read = await readBlobUrl(url);
    return typeof read === 'string' ? importText(ctx, read) : { ok: false, problems: [read] };
  });
};
