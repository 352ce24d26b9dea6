// The annotation card: what the project is (name, category, status, summary), what else does
// the same job (3-6 alternatives as links with one-line summaries), a compare view, and the
// favourite and dismiss controls. Plain DOM, text only.
import type { OpenTarget } from '@/catalog/settings';
import type { MatchCard } from '@/services/protocol';
import { compareTable, statusText } from './compare-table';
import { el } from './element';
import { externalAnchor } from './external-anchor';
import { categoryNames, projectHref, summaryOf } from './project-text';
import { type AnnotationStrings, fill } from './strings';

export interface CardHandlers {
  onFavourite(on: boolean): void;
  onDismiss(): void;
}

export interface CardView {
  root: HTMLElement;
  setFavourite(on: boolean): void;
  /** The ✕ button: where focus goes back to after Undo. */
  dismissButton: HTMLElement;
}

export function renderCard(
  card: MatchCard,
  s: AnnotationStrings,
  openTarget: OpenTarget,
  handlers: CardHandlers,
): CardView {
  const { project } = card;
  const name = project.name;

  const favourite = el('button', { type: 'button', class: 'icon-button fav' });
  const setFavourite = (on: boolean) => {
    const label = fill(on ? s.favouriteRemove : s.favouriteAdd, name);
    favourite.setAttribute('aria-pressed', String(on));
    favourite.setAttribute('aria-label', label);
    favourite.title = label;
    favourite.textContent = on ? '★' : '☆';
  };
  setFavourite(card.isFavourite);
  favourite.addEventListener('click', () => handlers.onFavourite(favourite.getAttribute('aria-pressed') !== 'true'));

  const dismissLabel = fill(s.dismiss, name);
  const dismiss = el(
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': dismissLabel, title: dismissLabel },
    '✕',
  );
  dismiss.addEventListener('click', () => handlers.onDismiss());

  const badges = categoryNames(project, card.categories, s.lang).map((n) => el('span', { class: 'badge' }, n));
  if (project.status !== 'active') badges.push(el('span', { class: 'badge badge-status' }, statusText(project, s)));

  const alternatives = card.alternatives.length
    ? el(
        'ul',
        { class: 'alternatives' },
        ...card.alternatives.map((alt) =>
          el(
            'li',
            {},
            externalAnchor(projectHref(alt, openTarget), alt.name, { class: 'alt-name', title: alt.name }),
            el('span', { class: 'alt-summary' }, summaryOf(alt, s.lang)),
          ),
        ),
      )
    : el('p', { class: 'muted' }, s.noAlternatives);

  const compare = el('div', { class: 'compare', id: 'archscout-compare', hidden: true });
  const compareToggle = el(
    'button',
    { type: 'button', class: 'text-button', 'aria-expanded': 'false', 'aria-controls': 'archscout-compare' },
    s.compareShow,
  );
  compareToggle.addEventListener('click', () => {
    const open = compare.hidden !== false;
    // Built on first open: most visitors never compare, and the table is the biggest part.
    if (open && !compare.firstChild) compare.append(compareTable(card, s));
    compare.hidden = !open;
    compareToggle.setAttribute('aria-expanded', String(open));
    compareToggle.textContent = open ? s.compareHide : s.compareShow;
  });

  const root = el(
    'section',
    { class: 'card', 'aria-label': fill(s.region, name) },
    el(
      'div',
      { class: 'head' },
      el(
        'div',
        { class: 'titles' },
        el('span', { class: 'brand' }, s.brand),
        el('h2', { class: 'name', title: name }, name),
      ),
      favourite,
      dismiss,
    ),
    el('p', { class: 'badges' }, ...badges),
    el('p', { class: 'summary' }, summaryOf(project, s.lang)),
    el('h3', { class: 'section-title' }, s.alternatives),
    alternatives,
    card.alternatives.length ? compareToggle : null,
    compare,
  );
  return { root, setFavourite, dismissButton: dismiss };
}

/** Shown in place of the card right after a dismiss, with an undo. */
export function renderDismissed(name: string, s: AnnotationStrings, onUndo: () => void): HTMLElement {
  const undo = el('button', { type: 'button', class: 'text-button' }, s.undo);
  undo.addEventListener('click', onUndo);
  // The message in its own box, clamped, so a long name cannot push Undo out of sight (issue #9).
  return el('p', { class: 'card dismissed', role: 'status' }, el('span', {}, fill(s.dismissed, name)), ' ', undo);
}
