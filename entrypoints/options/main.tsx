import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { loadInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { App } from './app';

// Project names for the hidden-projects list, read while the page renders.
const catalog = loadInstalledCatalog();

render(
  <LocaleProvider>
    <App pendingCatalog={catalog} />
  </LocaleProvider>,
  document.getElementById('app') as HTMLElement,
);
