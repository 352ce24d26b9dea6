import { useLayoutEffect, useState } from 'preact/hooks';
import { defaultSettings, normaliseSettings, type Settings } from '@/catalog/settings';
import { getSettings, watchSettings } from '@/services/client';
import { readPageCache, writePageCache } from './page-cache';

export interface SettingsState {
  settings: Settings;
  /** False until the stored settings have been read once (so a page can wait instead of flashing the defaults). */
  loaded: boolean;
}

type Listener = (state: SettingsState) => void;

// The settings a page had before its first render (whenSettingsKnown, preloadSettings), as a starting point.
let preloaded: Settings | undefined;

// The page cache's copy (components/page-cache.ts): storage.local stays the only real store.
const CACHE_KEY = 'settings';
let cachedText: string | undefined;

function cachedSettings(): Settings | null {
  return readPageCache(CACHE_KEY, (value) => (typeof value === 'object' && value ? normaliseSettings(value) : null));
}

/** Keeps the page cache's copy in step with the settings read or announced (written only on change). */
function remember(settings: Settings): void {
  const text = JSON.stringify(settings);
  if (text === cachedText) return;
  cachedText = text;
  writePageCache(CACHE_KEY, settings);
}

/**
 * Reads the settings before the first render, in parallel with the page's other reads (issue #8:
 * the popup and the new tab must feel instant), so the first render already has them and the
 * locale provider does not wait for an effect. Resolves when read (or failed); never rejects.
 */
export function preloadSettings(): Promise<void> {
  return getSettings().then(
    (settings) => {
      preloaded = settings;
      remember(settings);
    },
    () => {},
  );
}

/**
 * Calls `render` as soon as the page knows the settings: at once when the page cache has a copy
 * (the settings store reads storage.local right after the first render and re-renders if they
 * differ), else once read. A page renders nothing before (the language must not flash).
 */
export function whenSettingsKnown(render: () => void): void {
  const cached = cachedSettings();
  if (cached) {
    preloaded = cached;
    cachedText = JSON.stringify(cached);
    render();
    return;
  }
  preloadSettings().then(render);
}

// Settings are a small flat record of primitives, normalised in one key order.
const same = (a: Settings, b: Settings) => JSON.stringify(a) === JSON.stringify(b);

const initialState = (): SettingsState =>
  preloaded ? { settings: preloaded, loaded: true } : { settings: defaultSettings, loaded: false };

/**
 * One watch and one read per page, however many components use the settings (a new tab shows
 * dozens of project tiles, each with the link-target setting): opened by the first subscriber,
 * closed with the last. It reads again when opened, so a change made between a preload and the
 * watch is not lost.
 */
interface Store {
  state: SettingsState;
  listeners: Set<Listener>;
  close(): void;
}
let store: Store | undefined;

function openStore(): Store {
  let changed = false;
  let open = true;
  const opened: Store = {
    state: initialState(),
    listeners: new Set(),
    close() {
      open = false;
      unwatch();
    },
  };
  const set = (state: SettingsState) => {
    opened.state = state;
    for (const listener of opened.listeners) listener(state);
  };
  const unwatch = watchSettings((settings) => {
    changed = true;
    remember(settings);
    set({ settings, loaded: true });
  });
  getSettings().then(
    (settings) => {
      // A change that arrived while reading is newer than what the read returns; the same
      // settings as the preloaded ones need no second render.
      if (!open || changed) return;
      remember(settings);
      if (opened.state.loaded && same(opened.state.settings, settings)) return;
      set({ settings, loaded: true });
    },
    // An invalidated extension context keeps the defaults.
    () => open && !opened.state.loaded && set({ ...opened.state, loaded: true }),
  );
  return opened;
}

function subscribe(listener: Listener): { state: SettingsState; unsubscribe: () => void } {
  store ??= openStore();
  const current = store;
  current.listeners.add(listener);
  return {
    state: current.state,
    unsubscribe() {
      current.listeners.delete(listener);
      if (current.listeners.size > 0) return;
      current.close();
      if (store === current) store = undefined;
    },
  };
}

/** The user's settings, live: a change made in any surface shows here at once (issue #10). */
export function useSettingsState(): SettingsState {
  const [state, setState] = useState<SettingsState>(() => store?.state ?? initialState());
  // A layout effect: subscribed right after the first render, not a frame later.
  useLayoutEffect(() => {
    const subscription = subscribe(setState);
    // Whatever arrived between the render and now (no second render for equal settings).
    const { state: latest } = subscription;
    setState((shown) => (shown.loaded === latest.loaded && same(shown.settings, latest.settings) ? shown : latest));
    return subscription.unsubscribe;
  }, []);
  return state;
}

/** The user's settings, live (the defaults until the stored ones are read). */
export function useSettings(): Settings {
  return useSettingsState().settings;
}
