// What the host shows: the card for the current project, or "hidden, undo" in its place; as is
// in the sidebar, folded into the floating pill elsewhere. The DOM is rebuilt only when what it
// shows changed, so a refetch does not take focus from the user nor fold an open card.
import type { OpenTarget } from '@/catalog/settings';
import type { MatchCard } from '@/services/protocol';
import { type CardView, renderCard, renderDismissed } from './card-view';
import type { DismissNotice } from './dismiss-notice';
import { el } from './element';
import type { FavouriteStars } from './favourite-stars';
import { renderFloating, renderFloatingNotice } from './floating-badge';
import type { MountedHost } from './mounted-host';
import type { PlacementKind } from './placement';
import { categoryNames } from './project-text';
import type { AnnotationStrings } from './strings';

export interface AnnotationViewDeps {
  host: MountedHost;
  /** The star's state, and what a press on it does. */
  stars: Pick<FavouriteStars, 'has' | 'press'>;
  /** "Hidden, undo" in place of the card, and what ✕ and Undo do. */
  notice: Pick<DismissNotice, 'showsFor' | 'dismiss' | 'undo'>;
  strings(): AnnotationStrings;
  openTarget(): OpenTarget;
}

export interface AnnotationView {
  /** The card on the page, if any. */
  readonly card: MatchCard | undefined;
  /** Shows `card`, rebuilding the DOM only if the card says something new. */
  show(card: MatchCard): void;
  /** Rebuilds what shows (with `card` in place of the shown one, when given), where it is. */
  redraw(card?: MatchCard): void;
  /** Re-places a moved or discarded host after page mutations. */
  recheck(): void;
  hide(): void;
  /** Flips the shown card's star in place to what the favourites say now. */
  refreshStar(): void;
  focusUndo(): void;
  focusDismiss(): void;
}

/** A card as far as its DOM goes: the star is flipped in place, so isFavourite does not count. */
const cardKey = (card: MatchCard): string => JSON.stringify({ ...card, isFavourite: undefined });

export function createAnnotationView(deps: AnnotationViewDeps): AnnotationView {
  const { host, stars, notice } = deps;
  let shownCard: MatchCard | undefined;
  let floatingOpen = false; // whether the floating card is open, so a rebuild keeps it so
  let renderedKind: PlacementKind | undefined;
  let cardView: CardView | undefined;

  function render(kind: PlacementKind) {
    const { ui } = host;
    if (!ui || !shownCard) return;
    const card = shownCard;
    const s = deps.strings();
    const id = card.project.id;
    // A card that moves out of the sidebar starts as a pill: it must not open over the page unasked.
    if (kind !== renderedKind) floatingOpen = false;
    let body: HTMLElement;
    const hidden = notice.showsFor(id);
    if (hidden) {
      cardView = undefined;
      body = renderDismissed(card.project.name, s, () => notice.undo(id));
    } else {
      cardView = renderCard(card, s, deps.openTarget(), {
        onFavourite: (on) => stars.press(id, on),
        onDismiss: () => notice.dismiss(id),
      });
      cardView.setFavourite(stars.has(id));
      body = cardView.root;
    }
    if (kind === 'floating' && hidden) body = renderFloatingNotice(body);
    else if (kind === 'floating') {
      const label = [card.project.name, ...categoryNames(card.project, card.categories, s.lang).slice(0, 1)].join(
        ' · ',
      );
      body = renderFloating(body, label, card.project.name, s, {
        open: floatingOpen,
        onToggle: (open) => {
          floatingOpen = open;
        },
      });
    }
    const root = el('div', { class: `root root-${kind}`, lang: s.lang === 'zh' ? 'zh-CN' : 'en' }, body);
    ui.uiContainer.replaceChildren(root);
    renderedKind = kind;
    ui.shadowHost.setAttribute('data-placement', kind);
    ui.shadowHost.setAttribute('data-project', id);
  }

  function place(rerender: boolean) {
    if (!shownCard) return;
    const kind = host.place();
    if (kind && (rerender || renderedKind !== kind)) render(kind);
  }

  function refreshStar() {
    if (shownCard && cardView) cardView.setFavourite(stars.has(shownCard.project.id));
  }

  return {
    get card() {
      return shownCard;
    },
    show(card) {
      const changed = !shownCard || cardKey(shownCard) !== cardKey(card);
      if (shownCard?.project.id !== card.project.id) floatingOpen = false;
      shownCard = card;
      place(changed);
      if (!changed) refreshStar();
    },
    redraw(card) {
      if (card) shownCard = card;
      render(renderedKind ?? 'sidebar');
    },
    recheck: () => place(false),
    hide() {
      shownCard = undefined;
      floatingOpen = false;
      cardView = undefined;
      renderedKind = undefined;
      host.remove();
    },
    refreshStar,
    focusUndo: () => host.ui?.uiContainer.querySelector<HTMLElement>('.dismissed button')?.focus(),
    focusDismiss: () => cardView?.dismissButton.focus(),
  };
}
