import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { loadInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { App } from './app';

// Paints from local data only (issue #7): the catalog from IndexedDB (or the bundled copy),
// user data from the background. The stylesheets above are render-blocking, and theme-boot.js
// in index.html sets a chosen theme, so the page is the right colour before this runs.
loadInstalledCatalog().then((catalog) => {
  render(
    <LocaleProvider>
      <App catalog={catalog} />
    </LocaleProvider>,
    document.getElementById('app') as HTMLElement,
  );
});
