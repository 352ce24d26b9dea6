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

  function setDismissed(id: string, dismissed: boolean) {
    noticeFor = dismissed ? id : undefined;
    noticePage = pageOf(hooks.currentHref());
    hooks.show(id, dismissed);
  }

  return {
    showsFor: (id) => noticeFor === id,
    follow(href) {
      if (noticeFor && pageOf(href) !== noticePage) noticeFor = undefined;
    },
    dismiss(id) {
      setDismissed(id, true);
      hooks.focusUndo();
      platform.backend.dismiss(id).then(
        () =>
          platform.setTimeout(() => {
            if (noticeFor !== id) return;
            noticeFor = undefined;
            hooks.expired();
          }, platform.undoMs ?? 6000),
        () => setDismissed(id, false),
      );
    },
    undo(id) {
      setDismissed(id, false);
      hooks.focusDismiss();
      platform.backend.undismiss(id).catch(() => setDismissed(id, true));
    },
  };
}
