// Runs synchronously in <head> of extension pages, before the first paint: applies the theme
// the user chose (cached by components/use-theme.ts) so a dark choice on a light system, or the
// other way round, never flashes the wrong background (issue #10). A classic script file, since
// the extension pages' CSP forbids inline scripts; wrapped so it leaves no globals behind.
(() => {
  try {
    const theme = localStorage.getItem('archscout.theme');
    if (theme === 'light' || theme === 'dark') document.documentElement.setAttribute('data-theme', theme);
  } catch {
    // No storage: theme.css follows the system until the settings load.
  }
})();
