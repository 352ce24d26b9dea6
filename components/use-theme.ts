import { useEffect } from 'preact/hooks';
import { useSettings } from './use-settings';

/**
 * Applies the theme setting to the page: `data-theme="light|dark"` on <html> overrides the
 * prefers-color-scheme default in theme.css; "auto" removes it. The pages' HTML carries
 * `<meta name="color-scheme" content="light dark">` so there is no white flash before this runs.
 */
export function useTheme(): void {
  const { theme } = useSettings();
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') {
      root.removeAttribute('data-theme');
      root.style.colorScheme = '';
    } else {
      root.dataset.theme = theme;
      root.style.colorScheme = theme;
    }
  }, [theme]);
}
