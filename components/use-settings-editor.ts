import { useEffect, useState } from 'preact/hooks';
import { errorText } from '@/catalog/error-text';
import type { Settings, SettingsPatch } from '@/catalog/settings';
import { sendMessage } from '@/services/client';
import { useSettings } from './use-settings';

export type SaveState = { kind: 'idle' } | { kind: 'saved' } | { kind: 'failed'; reason: string };

export interface SettingsEditor {
  /** The live settings with the user's not-yet-confirmed choices on top, so controls answer at once. */
  settings: Settings;
  save: SaveState;
  update(patch: SettingsPatch): Promise<boolean>;
}

/**
 * Edits settings through the background (`settings.set`), which mirrors them to storage.local;
 * every open surface (this page included) picks the change up from there (issue #10).
 */
export function useSettingsEditor(): SettingsEditor {
  const live = useSettings();
  const [pending, setPending] = useState<SettingsPatch>({});
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  // A pending choice is done once the mirror shows it (the reply can arrive before the storage event).
  useEffect(() => {
    setPending((current) => {
      const keys = Object.keys(current) as (keyof Settings)[];
      const left = keys.filter((key) => current[key] !== live[key]);
      return left.length === keys.length ? current : Object.fromEntries(left.map((key) => [key, current[key]]));
    });
  }, [live]);

  async function update(patch: SettingsPatch): Promise<boolean> {
    setPending((current) => ({ ...current, ...patch }));
    try {
      await sendMessage({ type: 'settings.set', patch });
      setSave({ kind: 'saved' });
      return true;
    } catch (error) {
      setPending((current) => {
        const next = { ...current };
        for (const key of Object.keys(patch) as (keyof Settings)[]) delete next[key];
        return next;
      });
      setSave({ kind: 'failed', reason: errorText(error) });
      return false;
    }
  }

  return { settings: { ...live, ...pending }, save, update };
}
