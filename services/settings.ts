// Settings in browser.storage.local (key `settings`), where content scripts
// can read them directly; only the background writes them.
import { browser } from 'wxt/browser';
import { normaliseSettings, type Settings, type SettingsPatch } from '@/catalog/settings';
import { LOCAL_KEYS } from './protocol';

export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(LOCAL_KEYS.settings);
  return normaliseSettings(stored[LOCAL_KEYS.settings]);
}

/** Applies an already validated patch on top of the current (normalised) settings. */
export async function updateSettings(patch: SettingsPatch): Promise<Settings> {
  const next = normaliseSettings({ ...(await readSettings()), ...patch });
  await browser.storage.local.set({ [LOCAL_KEYS.settings]: next });
  return next;
}
