import type { Page } from '@playwright/test';
import type { SettingsPatch } from '@/catalog/settings';
import type { LaunchedExtension } from './extension';

/** The bits of the `chrome` global these helpers use inside the browser (no @types/chrome here). */
export interface ChromeGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  };
}

type Envelope = { ok: boolean; result?: unknown; error?: string } | undefined;

/** Sends one protocol message from an extension page and returns the unwrapped result (throws on an error envelope). */
export async function sendFromPage<T = unknown>(page: Page, message: Record<string, unknown>): Promise<T> {
  const reply = (await page.evaluate(
    (request) => (globalThis as unknown as ChromeGlobal).chrome.runtime.sendMessage(request),
    message,
  )) as Envelope;
  if (!reply?.ok) throw new Error(`"${String(message.type)}" failed: ${reply?.error ?? 'no reply'}`);
  return reply.result as T;
}

/** Changes settings through the background, as the options page does (a short-lived extension page sends it). */
export async function setSettings(ext: LaunchedExtension, patch: SettingsPatch): Promise<void> {
  const page = await ext.context.newPage();
  try {
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await sendFromPage(page, { type: 'settings.set', patch });
  } finally {
    await page.close();
  }
}

/** What the background mirrored into storage.local (read in the service worker). */
export async function readLocal<T = unknown>(ext: LaunchedExtension, key: string): Promise<T | undefined> {
  return (await ext.serviceWorker.evaluate(
    async (k) => (await (globalThis as unknown as ChromeGlobal).chrome.storage.local.get(k))[k],
    key,
  )) as T | undefined;
}
