// The compact URL index alone (a few KB), for content scripts that must not
// carry the whole catalog: pair it with matchIndexed() from match-url.ts.
import matchIndexJson from './data/match-index.json';
import type { MatchIndex } from './match-url';

export const bundledMatchIndex: MatchIndex = matchIndexJson;
