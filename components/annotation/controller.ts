// The annotation's one entry point, ensure(): whatever happened (load, soft navigation, a
// React re-render, a settings or favourites change), it brings the page to "exactly one
// annotation for the current listed project, none otherwise" (issue #6). Every trigger calls
// it; it is idempotent, and a newer call supersedes an older one still waiting on the background.

import type { MatchCard } from '@/services/protocol';
import type { AnnotationBackend, AnnotationSettings } from './backend';
import { type CardView, renderCard, renderDismissed } from './card-view';
import { el } from './element';
import { renderFloating, renderFloatingNotice } from './floating-badge';
import type { Palette } from './page-theme';
import { findPlacement, type PlacementKind } from './placement';
import { categoryNames } from './project-text';
import { annotationStrings } from './strings';
import type { Surface } from './watch-palette';

export const HOST_NAME = 'archscout-annotation';

/** The shadow-root UI as the controller uses it (shadow-host.ts creates it). */
export interface HostUi {
  shadowHost: HTMLElement;
  uiContainer: HTMLElement;
  mount(): void;
  remove(): void;
}

export interface AnnotationDeps {
  surface: Surface;
  /** Project id for a page URL from the compact match index, or null (unlisted, reserved, bad URL). */
  detect(href: string): string | null;
  backend: AnnotationBackend;
  /** Creates the (unmounted) host; `place` is how mount() inserts it. Called at most once, on the first match. */
  createUi(place: (host: HTMLElement) => void): Promise<HostUi>;
  /** Registers cleanup for when the content script is invalidated (extension reload or update). */
  onInvalidated(fn: () => void): void;
  /** Runs `fn` later unless the content script was invalidated meanwhile. */
  setTimeout(fn: () => void, ms: number): void;
  /** Called once the host exists, to keep its palette in step with the page. */
  watchPalette(onChange: (palette: Palette) => void): void;
  /** How long "hidden, undo" stays before the annotation goes (ms). */
  undoMs?: number;
}

export interface AnnotationController {
  /** `href`: the URL being navigated to when `location` does not show it yet (default: location.href). */
  ensure(href?: string): Promise<void>;
  /** Cheap synchronous re-check after page mutations: re-place a moved or discarded host. */
  recheck(): void;
  /** Whether an annotation is on the page (drives the render watch). */
  readonly shown: boolean;
  start(): Promise<void>;
}

/** A card as far as its DOM goes: the star is flipped in place, so isFavourite does not count. */
const cardKey = (card: MatchCard) => JSON.stringify({ ...card, isFavourite: undefined });

/** The page a URL shows: following an in-page anchor is no navigation away. */
const pageOf = (href: string) => href.split('#')[0];

const quietly = (promise: Promise<unknown>) => {
  // The background may be restarting or the extension reloading: the page must not see errors.
  promise.catch(() => {});
};

export function createAnnotationController(deps: AnnotationDeps, onShownChange: (shown: boolean) => void = () => {}) {
  const { backend, surface } = deps;
  const settingKey = surface === 'github' ? 'annotateGithub' : 'annotateDocs';
  let settings: AnnotationSettings | undefined;
  let favouriteIds = new Set<string>();
  // Stars pressed on this page so far: a card fetched before the last press says nothing about
  // its star any more (quick on, off: the refetch after "on" can answer after "off").
  let starPresses = 0;
  let generation = 0;
  let lastHref = '';
  // A full page load clears the tab's badge (Chromium resets tab-specific action state on
  // navigation), so an unlisted page needs no report, only a change away from a match does.
  let reported: string | null = null;
  let reportedHref = '';
  const visited = new Set<string>();
  const cards = new Map<string, MatchCard | null>(); // by the index's id, for this page load
  let ui: HostUi | undefined;
  let uiPromise: Promise<HostUi> | undefined;
  let palette: Palette = 'light';
  let shownCard: MatchCard | undefined; // the card on the page, if any
  let noticeFor: string | undefined; // id whose "hidden, undo" notice is showing
  let noticePage = ''; // the page it was given on: navigating away ends it, and the project stays hidden
  let floatingOpen = false; // whether the floating card is open, so a rebuild keeps it so
  let renderedKind: PlacementKind | undefined;
  let cardView: CardView | undefined;
  let mounted = false;
  let pendingPlacement: ReturnType<typeof findPlacement> | undefined;
  let userState: Promise<boolean> | undefined;

  const strings = () => annotationStrings(settings?.language ?? 'auto', backend.uiLanguage());

  function removeStrays(host: HTMLElement) {
    // Turbo restores pages from snapshots that are clones of <body>: a clone of our host comes
    // back without its shadow root. Live hosts of other instances have one and are left alone.
    for (const other of document.querySelectorAll(HOST_NAME)) {
      if (other !== host && !other.shadowRoot) other.remove();
    }
  }

  function render(kind: PlacementKind) {
    if (!ui || !shownCard) return;
    const card = shownCard;
    const s = strings();
    const id = card.project.id;
    // A card that moves out of the sidebar starts as a pill: it must not open over the page unasked.
    if (kind !== renderedKind) floatingOpen = false;
    let body: HTMLElement;
    if (noticeFor === id) {
      cardView = undefined;
      body = renderDismissed(card.project.name, s, () => undo(id));
    } else {
      cardView = renderCard(card, s, settings?.openTarget ?? 'homepage', {
        onFavourite: (on) => toggleFavourite(id, on),
        onDismiss: () => dismiss(id),
      });
      cardView.setFavourite(favouriteIds.has(id));
      body = cardView.root;
    }
    if (kind === 'floating' && noticeFor === id) body = renderFloatingNotice(body);
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
    const host = ui.shadowHost;
    host.setAttribute('data-placement', kind);
    host.setAttribute('data-project', id);
  }

  function place(rerender: boolean) {
    if (!ui || !shownCard) return;
    const host = ui.shadowHost;
    const placement = findPlacement(document, surface, host);
    if (!mounted) {
      // mount() calls back into `place` below with the host (see createUi).
      pendingPlacement = placement;
      ui.mount();
      mounted = true;
      onShownChange(true);
    } else if (!host.isConnected || !placement.holds(host)) {
      placement.place(host);
    }
    if (rerender || renderedKind !== placement.kind) render(placement.kind);
    removeStrays(host);
  }

  function hide() {
    shownCard = undefined;
    floatingOpen = false;
    cardView = undefined;
    renderedKind = undefined;
    if (ui && mounted) {
      ui.remove();
      mounted = false;
      onShownChange(false);
    }
  }

  async function hostUi(): Promise<HostUi> {
    uiPromise ??= deps
      .createUi((host) => (pendingPlacement ?? findPlacement(document, surface, host)).place(host))
      .then((created) => {
        ui = created;
        created.shadowHost.setAttribute('data-surface', surface);
        deps.watchPalette((p) => {
          palette = p;
          created.shadowHost.setAttribute('data-theme', p);
        });
        created.shadowHost.setAttribute('data-theme', palette);
        return created;
      });
    return uiPromise;
  }

  async function cardFor(id: string, href: string): Promise<MatchCard | null> {
    if (cards.has(id)) return cards.get(id) ?? null;
    let card: MatchCard | null;
    const pressesBefore = starPresses;
    try {
      card = await backend.match(href);
    } catch {
      return null; // not cached: the next navigation or re-render asks again
    }
    cards.set(id, card);
    // The card is the background's word at this moment, unless a star was pressed since; the
    // mirror's later changes win after it.
    if (card && starPresses === pressesBefore) {
      if (card.isFavourite) favouriteIds.add(card.project.id);
      else favouriteIds.delete(card.project.id);
    }
    return card;
  }

  /**
   * Tells the background (toolbar badge, the popup's "this page") which project the tab shows.
   * Matches are reported again on every URL change: Chrome fires tabs.onUpdated "loading" for
   * same-document navigations too, which makes the background forget the tab's match. The
   * report waits a task so it follows the URL commit (a navigate event precedes it).
   */
  function report(id: string | null, href: string) {
    if (id === reported && (id === null || href === reportedHref)) return;
    reported = id;
    reportedHref = href;
    deps.setTimeout(() => {
      if (reported === id && reportedHref === href) quietly(backend.reportPage(id));
    }, 0);
  }

  async function ensure(href = location.href): Promise<void> {
    const gen = ++generation;
    lastHref = href;
    if (noticeFor && pageOf(href) !== noticePage) noticeFor = undefined;
    const id = deps.detect(href);
    report(id, href);
    if (id && !visited.has(id)) {
      visited.add(id);
      quietly(backend.visit(id));
    }
    if (!id) return hide();
    // Most GitHub pages are not listed projects: storage is first read on a page that is. The
    // settings and the card are asked for side by side (issue #8: one round trip before the
    // annotation shows, not two); with the annotation switched off, the card is not used.
    const [ready, card] = await Promise.all([loadUserState(), cardFor(id, href)]);
    if (gen !== generation) return;
    if (!ready || !settings?.[settingKey]) return hide();
    if (!card || (card.dismissed && noticeFor !== card.project.id)) return hide();
    await hostUi();
    if (gen !== generation) return;
    // A refetch that says the same (after our own star, dismiss or undo: each bumps userDataRev)
    // must not rebuild the DOM under the user's focus, nor fold an open card or comparison.
    const changed = !shownCard || cardKey(shownCard) !== cardKey(card);
    if (shownCard?.project.id !== card.project.id) floatingOpen = false;
    shownCard = card;
    place(changed);
    if (!changed) cardView?.setFavourite(favouriteIds.has(card.project.id));
  }

  function recheck() {
    if (location.href !== lastHref) {
      quietly(ensure());
      return;
    }
    if (shownCard) place(false);
  }

  function markFavourite(id: string, on: boolean) {
    if (on) favouriteIds.add(id);
    else favouriteIds.delete(id);
    cardView?.setFavourite(on);
  }

  function toggleFavourite(id: string, on: boolean) {
    // At once, in the set too: a refetch before the mirror's change must not flip the star back.
    // The favourites mirror confirms (or corrects) it.
    starPresses++;
    markFavourite(id, on);
    backend.setFavourite(id, on).catch(() => markFavourite(id, !on));
  }

  /** Marks the card (dismissed or not) and shows the notice or the card again, at once. */
  function setDismissed(id: string, dismissed: boolean) {
    const card = cards.get(id);
    if (card) cards.set(id, { ...card, dismissed });
    noticeFor = dismissed ? id : undefined;
    noticePage = pageOf(lastHref);
    if (shownCard?.project.id !== id) return;
    shownCard = cards.get(id) ?? shownCard;
    render(renderedKind ?? 'sidebar');
  }

  function dismiss(id: string) {
    // Optimistic: the background bumps userDataRev before it answers, and the refetch that
    // triggers must already find the notice in place (so it keeps it, and keeps focus on Undo).
    setDismissed(id, true);
    ui?.uiContainer.querySelector<HTMLElement>('.dismissed button')?.focus();
    backend.dismiss(id).then(
      () =>
        deps.setTimeout(() => {
          if (noticeFor !== id) return;
          noticeFor = undefined;
          quietly(ensure());
        }, deps.undoMs ?? 6000),
      () => setDismissed(id, false),
    );
  }

  function undo(id: string) {
    setDismissed(id, false);
    // Undo itself is gone: focus the ✕ that stands where it was, not <body>.
    cardView?.dismissButton.focus();
    backend.undismiss(id).catch(() => setDismissed(id, true));
  }

  /** Watches and reads settings and favourites, once; false when the extension context went away. */
  function loadUserState(): Promise<boolean> {
    userState ??= (async () => {
      const watches = [];
      watches.push(
        backend.watchSettings((next) => {
          const before = settings;
          settings = next;
          // Rebuilt only for what the card shows: a change to another setting (the new tab's,
          // the theme) must not close the card under the user.
          const shows = before?.language !== next.language || before?.openTarget !== next.openTarget;
          if (shownCard && shows) render(renderedKind ?? 'sidebar');
          quietly(ensure());
        }),
      );
      watches.push(
        backend.watchFavouriteIds((ids) => {
          favouriteIds = new Set(ids);
          if (shownCard && cardView) cardView.setFavourite(favouriteIds.has(shownCard.project.id));
        }),
      );
      watches.push(
        backend.watchUserData(() => {
          // Dismissed elsewhere (options page, another tab) or restored: ask again.
          cards.clear();
          quietly(ensure());
        }),
      );
      for (const unwatch of watches) deps.onInvalidated(unwatch);
      try {
        [settings, favouriteIds] = await Promise.all([
          backend.getSettings(),
          backend.getFavouriteIds().then((ids) => new Set(ids)),
        ]);
        return true;
      } catch {
        return false; // the extension context went away
      }
    })();
    return userState;
  }

  async function start() {
    await ensure();
  }

  return {
    ensure,
    recheck,
    start,
    get shown() {
      return mounted;
    },
  } satisfies AnnotationController;
}
