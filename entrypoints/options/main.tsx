import '@/components/theme.css';
import './style.css';
import { render } from 'preact';
import { LocaleProvider } from '@/components/locale-context';
import { App } from './app';

render(
  <LocaleProvider>
    <App />
  </LocaleProvider>,
  document.getElementById('app') as HTMLElement,
);
