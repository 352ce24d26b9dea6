// Page detection, apart from any DOM code: the page's URL is the signal (GitHub's head metas
// can lag behind after soft navigation, reference notes §1.1), looked up in the compact index.
import { type MatchIndex, matchIndexed } from '@/catalog/match-url';

/** The listed project a page URL belongs to, or null (unlisted, reserved path, not a URL at all). */
export function detectProject(index: MatchIndex, href: string): string | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  return matchIndexed(index, url);
}
