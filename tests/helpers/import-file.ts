import type { Page } from '@playwright/test';
import type { ImportResult } from '@/services/protocol';
import type { ChromeGlobal } from './settings';

/**
 * Imports `text` through the background as the options page does (components/import-file.tsx):
 * a Blob made in the extension page `page`, handed over as that page's blob: URL, revoked once
 * the background has answered. Returns the unwrapped ImportResult; throws on an error envelope.
 */
export async function importThroughBackground(page: Page, text: string): Promise<ImportResult> {
  const reply = (await page.evaluate(async (t) => {
    const url = URL.createObjectURL(new Blob([t], { type: 'application/json' }));
    try {
      return await (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage({ type: 'import.file', url });
    } finally {
      URL.revokeObjectURL(url);
    }
  }, text)) as { ok: boolean; result?: ImportResult; error?: string } | undefined;
  if (!reply?.ok || !reply.result) throw new Error(`import failed: ${reply?.error ?? 'no reply'}`);
  return reply.result;
}
