import { useEffect } from 'preact/hooks';
import type { ThemeSetting } from '@/catalog/settings';
import { useSettingsState } from './use-settings';

/**
 * Where the last applied theme is cached for public/theme-boot.js, which sets data-theme
 * synchronously in <head> before the first paint (issue #10: no white flash when the setting
 * overrides the system theme; settings themselves live in storage.local, which is async).
 * Extension pages share one localStorage per extension origin.
 */
export const THEME_CACHE_KEY = 'archscout.theme';

/** Sets (or for "auto" removes) `data-theme` on <html>; theme.css does the rest. */
export function applyTheme(theme: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.dataset.theme = theme;
}

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
    // Until the stored settings arrive, keep what theme-boot.js applied (the defaults would undo it).
    if (!loaded) return;
    applyTheme(theme);
    try {
      localStorage.setItem(THEME_CACHE_KEY, theme);
    } catch {
      // Storage disabled: the page still themes itself, only a little later.
    }
  }, [theme, loaded]);
}
