// "Hidden · Undo": what a dismiss shows in place of the card for a few seconds, before the
// annotation goes. Dismiss and Undo both show at once and tell the background after: it bumps
// userDataRev before it answers, and the refetch that sets off must already find the notice in
// place (so it keeps it, and keeps focus on Undo). A refusal puts things back.
import type { AnnotationBackend } from './backend';

/** The page a URL shows: following an in-page anchor is no navigation away. */
export const pageOf = (href: string): string => href.split('#')[0];

export interface NoticePlatform {
  backend: Pick<AnnotationBackend, 'dismiss' | 'undismiss'>;
  setTimeout(fn: () => void, ms: number): void;
  /** How long the notice stays (ms). */
  undoMs?: number;
}

export interface NoticeHooks {
  /** The URL last ensured: the page the notice is given on. */
  currentHref(): string;
  /** Marks the card dismissed or not and shows the notice or the card again, at once. */
  show(id: string, dismissed: boolean): void;
  /** After a dismiss: focus on Undo. */
  focusUndo(): void;
  /** After Undo, which is gone: focus on the ✕ that stands where it was, not <body>. */
  focusDismiss(): void;
  /** The notice ran out: the annotation goes. */
  expired(): void;
}

export interface DismissNotice {
  /** Whether the notice shows for `id`: it stays, though the card now says dismissed, until it ends. */
  showsFor(id: string): boolean;
  /** A navigation: leaving the page the notice was given on ends it, and the project stays hidden. */
  follow(href: string): void;
  dismiss(id: string): void;
  undo(id: string): void;
}

export function createDismissNotice(platform: NoticePlatform, hooks: NoticeHooks): DismissNotice {
  let noticeFor: string | undefined; // id whose notice is showing
  let noticePage = '';
  // Each project's latest dismiss or undo: a background answer or a running-out timer speaks only
  // for the latest press on its project (hide, Undo, hide again: the first hide's timer must not
  // cut the second notice short, nor its late refusal take the second back).
  let presses = 0;
  const latest = new Map<string, number>();
  const press = (id: string) => {
    latest.set(id, ++presses);
    return presses;
  };
  const isLatest = (id: string, pressed: number) => latest.get(id) === pressed;

  function setDismissed(id: string, dismissed: boolean) {
    if (dismissed) {
      noticeFor = id;
      noticePage = pageOf(hooks.currentHref());
    } else if (noticeFor === id) {
      noticeFor = undefined; // another project's notice (after a navigation) stays
    }
    hooks.show(id, dismissed);
  }

  /** Ends the notice for `id` after a while, unless it was pressed again since. */
  function expireLater(id: string, pressed: number) {
    platform.setTimeout(() => {
      if (!isLatest(id, pressed) || noticeFor !== id) return;
      noticeFor = undefined;
      hooks.expired();
    }, platform.undoMs ?? 6000);
  }

  return {
    showsFor: (id) => noticeFor === id,
    follow(href) {
      if (noticeFor && pageOf(href) !== noticePage) noticeFor = undefined;
    },
    dismiss(id) {
      const pressed = press(id);
      setDismissed(id, true);
      hooks.focusUndo();
      platform.backend.dismiss(id).then(
        () => expireLater(id, pressed),
        () => {
          if (isLatest(id, pressed)) setDismissed(id, false);
        },
      );
    },
    undo(id) {
      const pressed = press(id);
      setDismissed(id, false);
      hooks.focusDismiss();
      platform.backend.undismiss(id).catch(() => {
        if (!isLatest(id, pressed)) return;
        setDismissed(id, true); // still hidden: the notice again, for its full time
        expireLater(id, pressed);
      });
    },
  };
}
