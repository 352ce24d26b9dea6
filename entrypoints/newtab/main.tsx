import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import type { Catalog } from '@/catalog/types';
import { openInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { whenSettingsKnown } from '@/components/use-settings';
import { preloadUserData } from '@/components/use-user-data';
import { App } from './app';

// Paints from local data only (issue #7): the catalog and settings from the page cache when it
// has them (issue #8), else from IndexedDB (or the bundled copy) and storage.local; the user
// data always live from the background, since visits made elsewhere change it between two new
// tabs. The stylesheets are render-blocking, and theme-boot.js in index.html sets a chosen
// theme, so the page is the right colour before this runs. The reads run side by side; the
// first render waits for the catalog and the settings (no language flash) and takes the user
// data if it is in by then.
preloadUserData();
const catalog = openInstalledCatalog();
const app = document.getElementById('app') as HTMLElement;
const show = (shown: Catalog) =>
  render(
    <LocaleProvider>
      <App catalog={shown} />
    </LocaleProvider>,
    app,
  );

whenSettingsKnown(() => {
  if (catalog.initial) show(catalog.initial);
  // The installed catalog, when it is not the cached copy already shown (after an update).
  catalog.latest.then((latest) => latest !== catalog.initial && show(latest));
});
