// Links out of the annotation: http(s) only (catalog data is checked again here, issue #9),
// opened in a new tab without giving the page a handle on it.
import { safeHref } from '@/catalog/http-url';
import { type Child, el } from './element';

/** An <a> for a safe href, else the text alone (a broken or hostile URL is never clickable). */
export function externalAnchor(href: string | undefined, text: string, attributes: Record<string, string> = {}): Child {
  const safe = safeHref(href);
  if (!safe) return el('span', attributes, text);
  return el('a', { ...attributes, href: safe, target: '_blank', rel: 'noopener noreferrer' }, text);
}
