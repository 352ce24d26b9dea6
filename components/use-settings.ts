import { useLayoutEffect, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '@/catalog/settings';
import { getSettings, watchSettings } from '@/services/client';

export interface SettingsState {
  settings: Settings;
  /** False until the stored settings have been read once (so a page can wait instead of flashing the defaults). */
  loaded: boolean;
}

// The settings a page read before its first render (preloadSettings), as a starting point.
let preloaded: Settings | undefined;

/**
 * Reads the settings before the first render, in parallel with the page's other reads (issue #8:
 * the popup and the new tab must feel instant), so the first render already has them and the
 * locale provider does not wait a frame for its effect. Resolves when read (or failed); never rejects.
 */
export function preloadSettings(): Promise<void> {
  return getSettings().then(
    (settings) => {
      preloaded = settings;
    },
    () => {},
  );
}

// Settings are a small flat record of primitives, normalised in one key order.
const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

/** The user's settings, live: a change made in any surface shows here at once (issue #10). */
export function useSettingsState(): SettingsState {
  const [state, setState] = useState<SettingsState>(() =>
    preloaded ? { settings: preloaded, loaded: true } : { settings: defaultSettings, loaded: false },
  );
  // A layout effect: watch and read right after the first render, not a frame later. Reading
  // again after a preload catches a change made between the preload and the watch.
  useLayoutEffect(() => {
    let alive = true;
    let changed = false;
    const unwatch = watchSettings((settings) => {
      changed = true;
      setState({ settings, loaded: true });
    });
    getSettings()
      // A change that arrived while reading is newer than what the read returns; the same
      // settings as the preloaded ones need no second render.
      .then((settings) => {
        if (alive && !changed)
          setState((s) => (s.loaded && same(s.settings, settings) ? s : { settings, loaded: true }));
      })
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
