import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { openInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { whenSettingsKnown } from '@/components/use-settings';
import { App } from './app';

// The catalog and the settings from the page cache, so the first render already searches
// (issue #8: the popup must feel instant); the installed catalog and the stored settings are
// read right after and taken over if they differ. Without a cached copy (the very first open)
// the catalog is read while the search box takes typing. The bundled copy would not fit the
// popup's 45 KB gzip budget.
const catalog = openInstalledCatalog();

// What was typed before this script ran is in popup.html's plain field; the app takes it over.
const container = document.getElementById('popup-boot');
const field = document.getElementById('popup-early-search');
const boot = container && field instanceof HTMLInputElement ? { container, field } : undefined;

whenSettingsKnown(() =>
  render(
    <LocaleProvider>
      <App catalog={catalog} boot={boot} />
    </LocaleProvider>,
    document.getElementById('app') as HTMLElement,
  ),
);
