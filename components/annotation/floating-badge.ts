// The annotation where there is no sidebar to sit in (issues, pull requests, files, docs sites):
// a small pill in the bottom-right corner naming the project and its category, expanding into
// the card on click. Collapsed it covers only its own few pixels; Escape closes it again.
import { el } from './element';
import { type AnnotationStrings, fill } from './strings';

export interface FloatingState {
  /** Whether the card starts open: a rebuild (hide, undo) must not fold it under the user. */
  open: boolean;
  onToggle(open: boolean): void;
}

export function renderFloating(
  card: HTMLElement,
  label: string,
  projectName: string,
  s: AnnotationStrings,
  state: FloatingState,
): HTMLElement {
  const panel = el('div', { class: 'panel', id: 'archscout-panel', hidden: !state.open }, card);
  const pill = el(
    'button',
    {
      type: 'button',
      class: 'pill',
      'aria-expanded': String(state.open),
      'aria-controls': 'archscout-panel',
      title: fill(s.expand, projectName),
    },
    el('span', { class: 'pill-mark', 'aria-hidden': 'true' }, 'A'),
    el('span', { class: 'pill-label' }, label),
  );
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    pill.setAttribute('aria-expanded', String(open));
    state.onToggle(open);
  };
  pill.addEventListener('click', () => setOpen(panel.hidden !== false));
  // The pill before the panel, as a disclosure button precedes what it shows, so Tab from the
  // opened pill enters the card; the stylesheet (column-reverse) still draws the card above it.
  const root = el('div', { class: 'floating' }, pill, panel);
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      setOpen(false);
      pill.focus();
    }
  });
  return root;
}

/** "Hidden · Undo" in the corner: shown, not folded into a pill, since the project is hidden now. */
export const renderFloatingNotice = (notice: HTMLElement): HTMLElement =>
  el('div', { class: 'floating' }, el('div', { class: 'panel' }, notice));
