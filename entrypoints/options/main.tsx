import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { openInstalledCatalog } from '@/components/installed-catalog';
import { LocaleProvider } from '@/components/locale-context';
import { App } from './app';

// Project names for the hidden-projects list, read while the page renders.
const catalog = openInstalledCatalog();

render(
  <LocaleProvider>
    <App catalog={catalog} />
  </LocaleProvider>,
  document.getElementById('app') as HTMLElement,
);
