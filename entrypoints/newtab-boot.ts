import { startEarlyUserData } from '@/components/early-user-data';
import { applyCachedTheme } from '@/components/theme-boot';
import { NEWTAB_RECENT_VISITS } from './newtab/recent-visits';

// The new tab's only classic script, first in <head> (the CSP forbids inline scripts): the
// theme the user chose before the first paint (issue #10), and the user data read from
// IndexedDB started while the page's module loads (components/early-user-data.ts, issue #8).
export default defineUnlistedScript(() => {
  applyCachedTheme();
  startEarlyUserData(NEWTAB_RECENT_VISITS);
});
