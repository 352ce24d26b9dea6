import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { projectNames } from '@/catalog/project-names';
import type { Catalog } from '@/catalog/types';
import { openInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { whenSettingsKnown } from '@/components/use-settings';
import { preloadUserData } from '@/components/use-user-data';
import { App } from './app';
import { NEWTAB_RECENT_VISITS } from './recent-visits';

// Paints from local data only (issue #7): the catalog and settings from the page cache when it
// has them (issue #8), else from IndexedDB (or the bundled copy) and storage.local; the user
// data always fresh from IndexedDB, since visits made elsewhere change it between two new tabs.
// The styles are inline and render-blocking, and newtab-boot.js in index.html sets a chosen
// theme (and has started the user-data read), so the page is the right colour before this runs.
//
// The reads run side by side. The first render waits for the catalog and the settings (no
// language flash) and for the user data, but not for long: it is read in 10-20 ms, and one
// render with everything paints the recommendations a frame sooner than two renders would
// (measured); if the read is slow the page shows everything else at once and fills the user's
// regions in when the answer comes.
const USER_DATA_WAIT_MS = 40;

const catalog = openInstalledCatalog();
// The user data straight from IndexedDB (components/read-user-data.ts), names from the catalog shown.
const userData = preloadUserData(NEWTAB_RECENT_VISITS, async () =>
  projectNames(catalog.initial ?? (await catalog.latest)),
);
const app = document.getElementById('app') as HTMLElement;
const show = (shown: Catalog) =>
  render(
    <LocaleProvider>
      <App catalog={shown} />
    </LocaleProvider>,
    app,
  );

const userDataOrTimeout = Promise.race([userData, new Promise((resolve) => setTimeout(resolve, USER_DATA_WAIT_MS))]);
whenSettingsKnown(() =>
  userDataOrTimeout.then(() => {
    if (catalog.initial) show(catalog.initial);
    // The installed catalog, when it is not the cached copy already shown (after an update).
    catalog.latest.then((latest) => latest !== catalog.initial && show(latest));
  }),
);
