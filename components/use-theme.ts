import { useEffect } from 'preact/hooks';
import { applyTheme, THEME_CACHE_KEY } from './theme-boot';
import { useSettingsState } from './use-settings';

/**
 * Applies the theme setting to an extension page: `data-theme="light|dark"` on <html> overrides
 * the prefers-color-scheme default in theme.css; "auto" removes it. The pages' HTML carries
 * `<meta name="color-scheme" content="light dark">` and loads theme.css before any script, so
 * the background is right from the first frame. Not for content scripts (the page is not ours).
 */
export function useTheme(): void {
  const { settings, loaded } = useSettingsState();
  const { theme } = settings;
  useEffect(() => {
    // Until the stored settings arrive, keep what the boot script applied (the defaults would undo it).
    if (!loaded) return;
    applyTheme(theme);
    try {
      // Written only on change: a localStorage write is a synchronous copy to the browser (~1 ms).
      if (localStorage.getItem(THEME_CACHE_KEY) !== theme) localStorage.setItem(THEME_CACHE_KEY, theme);
    } catch {
      // Storage disabled: the page still themes itself, only a little later.
    }
  }, [theme, loaded]);
}
