import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { loadInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { preloadSettings } from '@/components/use-settings';
import { App } from './app';

// The catalog the background installed in IndexedDB (the bundled copy would not fit the popup's
// 45 KB gzip budget, issue #8), read before the first render so the two overlap (the popup
// must feel instant); the search box is focused and typeable while it loads.
const catalog = loadInstalledCatalog();
// For benchmarks (issue #8): when the data for the first results is in hand.
catalog.then(() => performance.mark('archscout:popup-catalog-ready'));

// What was typed before this script ran is in popup.html's plain field; the app takes it over.
const container = document.getElementById('popup-boot');
const field = document.getElementById('popup-early-search');
const boot = container && field instanceof HTMLInputElement ? { container, field } : undefined;

// The settings are read alongside the catalog, and the app renders once they are in: it would
// render nothing before (the language must not flash), and a render from an effect would come a
// frame later (issue #8).
preloadSettings().then(() =>
  render(
    <LocaleProvider>
      <App pendingCatalog={catalog} boot={boot} />
    </LocaleProvider>,
    document.getElementById('app') as HTMLElement,
  ),
);
