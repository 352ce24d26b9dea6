import type { ThemeSetting } from '@/catalog/settings';

/**
 * Where the last applied theme is cached (components/use-theme.ts writes it) for the boot
 * scripts (entrypoints/theme-boot.ts, entrypoints/popup-boot.ts), which set data-theme
 * synchronously in <head> before the first paint (issue #10: no flash of the wrong theme when
 * the setting overrides the system's; settings themselves live in storage.local, which is
 * async). Extension pages share one localStorage per extension origin.
 */
export const THEME_CACHE_KEY = 'archscout.theme';

/** Sets (or for "auto" removes) `data-theme` on <html>; theme.css does the rest. */
export function applyTheme(theme: ThemeSetting, root: HTMLElement = document.documentElement): void {
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.dataset.theme = theme;
}

/** Applies the cached theme choice, if any; without storage the page follows the system until the settings load. */
export function applyCachedTheme(root: HTMLElement = document.documentElement): void {
  try {
    const theme = localStorage.getItem(THEME_CACHE_KEY);
    if (theme === 'light' || theme === 'dark') applyTheme(theme, root);
  } catch {
    // No storage: theme.css follows the system until the settings load.
  }
}
