import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '@/catalog/settings';
import { getSettings, watchSettings } from '@/services/client';

export interface SettingsState {
  settings: Settings;
  /** False until the stored settings have been read once (so a page can wait instead of flashing the defaults). */
  loaded: boolean;
}

/** The user's settings, live: a change made in any surface shows here at once (issue #10). */
export function useSettingsState(): SettingsState {
  const [state, setState] = useState<SettingsState>({ settings: defaultSettings, loaded: false });
  useEffect(() => {
    let alive = true;
    let changed = false;
    const unwatch = watchSettings((settings) => {
      changed = true;
      setState({ settings, loaded: true });
    });
    getSettings()
      // A change that arrived while reading is newer than what the read returns.
      .then((settings) => alive && !changed && setState({ settings, loaded: true }))
      // An invalidated extension context (content script after an update) keeps the defaults.
      .catch(() => alive && setState((s) => ({ ...s, loaded: true })));
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}

/** The user's settings, live (the defaults until the stored ones are read). */
export function useSettings(): Settings {
  return useSettingsState().settings;
}
