// Tells the background what the tab shows: which listed project (the toolbar badge, the popup's
// "this page"), and each project the first time this page load shows it ("recently seen").
import type { AnnotationBackend } from './backend';
import { quietly } from './quietly';

export type PageReport = (id: string | null, href: string) => void;

export interface PagePlatform {
  backend: Pick<AnnotationBackend, 'reportPage' | 'visit'>;
  setTimeout(fn: () => void, ms: number): void;
}

export function createPageReport(platform: PagePlatform): PageReport {
  const { backend } = platform;
  // A full page load clears the tab's badge (Chromium resets tab-specific action state on
  // navigation), so an unlisted page needs no report, only a change away from a match does.
  let reported: string | null = null;
  let reportedHref = '';
  const visited = new Set<string>();

  /**
   * Matches are reported again on every URL change: Chrome fires tabs.onUpdated "loading" for
   * same-document navigations too, which makes the background forget the tab's match. The
   * report waits a task so it follows the URL commit (a navigate event precedes it).
   */
  function report(id: string | null, href: string) {
    if (id === reported && (id === null || href === reportedHref)) return;
    reported = id;
    reportedHref = href;
    platform.setTimeout(() => {
      if (reported === id && reportedHref === href) quietly(backend.reportPage(id));
    }, 0);
  }

  return (id, href) => {
    report(id, href);
    if (id && !visited.has(id)) {
      visited.add(id);
      quietly(backend.visit(id));
    }
  };
}
