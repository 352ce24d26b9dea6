import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { loadInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { preloadSettings } from '@/components/use-settings';
import { preloadUserData } from '@/components/use-user-data';
import { App } from './app';

// Paints from local data only (issue #7): the catalog from IndexedDB (or the bundled copy),
// user data from the background. The stylesheets above are render-blocking, and theme-boot.js
// in index.html sets a chosen theme, so the page is the right colour before this runs.
// The three reads run side by side (issue #8); the first render waits for the catalog and the
// settings (no language flash) and takes the user data if it is in by then.
preloadUserData();
Promise.all([loadInstalledCatalog(), preloadSettings()]).then(([catalog]) => {
  render(
    <LocaleProvider>
      <App catalog={catalog} />
    </LocaleProvider>,
    document.getElementById('app') as HTMLElement,
  );
});
