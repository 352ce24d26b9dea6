// The annotation where there is no sidebar to sit in (issues, pull requests, files, docs sites):
// a small pill in the bottom-right corner naming the project and its category, expanding into
// the card on click. Collapsed it covers only its own few pixels; Escape closes it again.
import { el } from './element';
import { type AnnotationStrings, fill } from './strings';

export function renderFloating(
  card: HTMLElement,
  label: string,
  projectName: string,
  s: AnnotationStrings,
): HTMLElement {
  const panel = el('div', { class: 'panel', id: 'archscout-panel', hidden: true }, card);
  const pill = el(
    'button',
    {
      type: 'button',
      class: 'pill',
      'aria-expanded': 'false',
      'aria-controls': 'archscout-panel',
      title: fill(s.expand, projectName),
    },
    el('span', { class: 'pill-mark', 'aria-hidden': 'true' }, 'A'),
    el('span', { class: 'pill-label' }, label),
  );
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    pill.setAttribute('aria-expanded', String(open));
  };
  pill.addEventListener('click', () => setOpen(panel.hidden !== false));
  const root = el('div', { class: 'floating' }, panel, pill);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      setOpen(false);
      pill.focus();
    }
  });
  return root;
}
