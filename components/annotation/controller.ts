// The annotation's one entry point, ensure(): whatever happened (load, soft navigation, a
// React re-render, a settings or favourites change), it brings the page to "exactly one
// annotation for the current listed project, none otherwise" (issue #6). Every trigger calls
// it; it is idempotent, and a newer call supersedes an older one still waiting on the background.
// This file wires the parts together; each lives in its own module:
//   page-report       what the tab shows, told to the background (toolbar badge, recently seen)
//   user-state        settings and favourites: read on the first listed page, then watched
//   favourite-stars   the star: pressed here, the mirror's word, a fetched card's word
//   card-cache        one card fetch per project and page load
//   dismiss-notice    "hidden, undo" after a dismiss
//   mounted-host      the host element on the page: created, mounted, put back, removed
//   annotation-view   what the host shows, rebuilt only when that changes

import { type AnnotationView, createAnnotationView } from './annotation-view';
import type { AnnotationBackend } from './backend';
import { createCardCache } from './card-cache';
import { createDismissNotice } from './dismiss-notice';
import { createFavouriteStars } from './favourite-stars';
import { createMountedHost, type HostUi } from './mounted-host';
import { createPageReport } from './page-report';
import type { Palette } from './page-theme';
import { quietly } from './quietly';
import { annotationStrings } from './strings';
import { createUserState } from './user-state';
import type { Surface } from './watch-palette';

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

export function createAnnotationController(deps: AnnotationDeps, onShownChange: (shown: boolean) => void = () => {}) {
  const { backend, surface } = deps;
  const settingKey = surface === 'github' ? 'annotateGithub' : 'annotateDocs';
  let generation = 0;
  let lastHref = '';
  // `view` is made last, from the parts above it; they call it only later, on user or storage events.
  let view: AnnotationView;

  const reportPage = createPageReport(deps);
  const stars = createFavouriteStars(backend, () => view.refreshStar());
  const cards = createCardCache(backend, stars);
  const userState = createUserState(backend, deps.onInvalidated, stars, {
    settings(next, before) {
      // Rebuilt only for what the card shows: a change to another setting (the new tab's,
      // the theme) must not close the card under the user.
      if (before?.language !== next.language || before?.openTarget !== next.openTarget) view.redraw();
      quietly(ensure());
    },
    favourites: () => view.refreshStar(),
    userData() {
      // Dismissed elsewhere (options page, another tab) or restored: ask again.
      cards.clear();
      quietly(ensure());
    },
  });
  const notice = createDismissNotice(deps, {
    currentHref: () => lastHref,
    show(id, dismissed) {
      const card = cards.setDismissed(id, dismissed);
      if (view.card?.project.id === id) view.redraw(card);
    },
    focusUndo: () => view.focusUndo(),
    focusDismiss: () => view.focusDismiss(),
    expired: () => quietly(ensure()),
  });
  const host = createMountedHost(deps, onShownChange);
  view = createAnnotationView({
    host,
    stars,
    notice,
    strings: () => annotationStrings(userState.settings?.language ?? 'auto', backend.uiLanguage()),
    openTarget: () => userState.settings?.openTarget ?? 'homepage',
  });

  async function ensure(href = location.href): Promise<void> {
    const gen = ++generation;
    lastHref = href;
    notice.follow(href);
    const id = deps.detect(href);
    reportPage(id, href);
    if (!id) return view.hide();
    // Most GitHub pages are not listed projects: storage is first read on a page that is. The
    // settings and the card are asked for side by side (issue #8: one round trip before the
    // annotation shows, not two); with the annotation switched off, the card is not used.
    const [ready, card] = await Promise.all([userState.load(), cards.get(id, href)]);
    if (gen !== generation) return;
    if (!ready || !userState.settings?.[settingKey]) return view.hide();
    if (!card || (card.dismissed && !notice.showsFor(card.project.id))) return view.hide();
    await host.ready();
    if (gen !== generation) return;
    // A refetch that says the same (after our own star, dismiss or undo: each bumps userDataRev)
    // must not rebuild the DOM under the user's focus, nor fold an open card or comparison.
    view.show(card);
  }

  function recheck() {
    if (location.href !== lastHref) {
      quietly(ensure());
      return;
    }
    view.recheck();
  }

  return {
    ensure,
    recheck,
    start: () => ensure(),
    get shown() {
      return host.mounted;
    },
  } satisfies AnnotationController;
}
