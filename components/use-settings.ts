import { useEffect, useState } from 'preact/hooks';
import { defaultSettings, type Settings } from '@/catalog/settings';
import { getSettings, watchSettings } from '@/services/client';

/** The user's settings, live: a change made in any surface shows here at once (issue #10). */
export function useSettings(): Settings {
  const [settings, setSettings] = useState<Settings>(defaultSettings);
  useEffect(() => {
    let alive = true;
    getSettings().then((s) => alive && setSettings(s));
    const unwatch = watchSettings(setSettings);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return settings;
}
