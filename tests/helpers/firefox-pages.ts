// What the Firefox tests read from the extension's own pages (puppeteer-core pages, see
// tests/helpers/firefox.ts), shared by every file in tests/firefox/.
import type { Page } from 'puppeteer-core';

interface RuntimeApi {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
}

/** Sends `message` to the background from an extension page, as the pages do; the reply's result. */
export async function sendFromPage<T>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate(
    (request) => (globalThis as unknown as { browser: RuntimeApi }).browser.runtime.sendMessage(request),
    message,
  )) as { ok?: boolean; result?: unknown; error?: string } | undefined;
  if (!reply?.ok) throw new Error(`"${String(message.type)}" failed: ${reply?.error ?? 'no reply'}`);
  return reply.result as T;
}

/** The favourite ids the background answers with, sorted. */
export async function favouriteIds(page: Page): Promise<string[]> {
  const favourites = await sendFromPage<{ id: string }[]>(page, { type: 'favourites.list' });
  return favourites.map((favourite) => favourite.id).sort();
}

/** The project names on the new tab's Favourites cards (the region found by its heading, DESIGN.md). */
export function favouriteCardNames(newtab: Page): Promise<(string | undefined)[]> {
  return newtab.evaluate(() => {
    const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent?.trim() === 'Favourites');
    return [...(heading?.closest('section')?.querySelectorAll('h3') ?? [])].map((h) => h.textContent?.trim());
  });
}
