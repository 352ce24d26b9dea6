import { keepEarlyTyping } from '@/components/early-typing';
import { applyCachedTheme } from '@/components/theme-boot';

// The popup's only classic script, first in <head>: the theme the user chose before the first
// paint (issue #10), and letters typed before the search field exists. One file, not two: each
// script in <head> holds the parser for a round trip to the extension's files (about 7 ms of
// the popup's first result, measured for issue #8).
export default defineUnlistedScript(() => {
  applyCachedTheme();
  keepEarlyTyping('popup-early-search');
});
