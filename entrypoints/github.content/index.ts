import { bundledMatchIndex } from '@/catalog/bundled-match-index';
import { detectProject } from '@/components/annotation/detect-project';
import { startAnnotation } from '@/components/annotation/start-annotation';
import { readGithubPalette } from '@/components/annotation/watch-palette';

// Every GitHub page: GitHub navigates without reloads, so a narrower match would miss the
// repository pages reached by a click (issue #6). Kept small (issue #8: 12 KB gzip): only the
// compact match index is bundled; card details come from the background on a match.
export default defineContentScript({
  matches: ['https://github.com/*'],
  // document_start with deferred evaluation (modules/deferred-content-scripts): costs the page nothing (issue #8).
  runAt: 'document_start',
  // The card's stylesheet is bundled into the script (components/annotation/start-annotation.ts):
  // nothing is injected into the page and no file is web-accessible.
  cssInjectionMode: 'manual',
  main: (ctx) =>
    startAnnotation(ctx, {
      surface: 'github',
      detect: (href) => detectProject(bundledMatchIndex, href),
      readPalette: readGithubPalette,
    }),
});
