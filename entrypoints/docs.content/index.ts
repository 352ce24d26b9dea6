import { bundledMatchIndex } from '@/catalog/bundled-match-index';
import docsMatches from '@/catalog/data/docs-matches.json';
import { detectProject } from '@/components/annotation/detect-project';
import { startAnnotation } from '@/components/annotation/start-annotation';
import { readDocsPalette } from '@/components/annotation/watch-palette';

// Listed projects' documentation and home sites. The match patterns are generated from the
// catalog (catalog/data/docs-matches.json: path-scoped where a host is shared, the whole host
// where it is one single-page app, curation.json singlePageAppHosts) and read by WXT at build
// time; detection then narrows to the exact project by host and path prefix.
export default defineContentScript({
  matches: docsMatches,
  // document_start with deferred evaluation (modules/deferred-content-scripts): costs the page nothing (issue #8).
  runAt: 'document_start',
  // The card's stylesheet is bundled into the script (components/annotation/start-annotation.ts):
  // nothing is injected into the page and no file is web-accessible.
  cssInjectionMode: 'manual',
  main: (ctx) =>
    startAnnotation(ctx, {
      surface: 'docs',
      detect: (href) => detectProject(bundledMatchIndex, href),
      readPalette: readDocsPalette,
    }),
});
