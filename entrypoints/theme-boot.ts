import { applyCachedTheme } from '@/components/theme-boot';

// The first script of the new tab and options pages, a classic one in <head> (the CSP forbids
// inline scripts): the theme the user chose, before the first paint (issue #10).
export default defineUnlistedScript(() => applyCachedTheme());
