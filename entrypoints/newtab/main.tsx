import { render } from 'preact';

render(
  <main>
    <h1>Archscout</h1>
  </main>,
  document.getElementById('app') as HTMLElement,
);
