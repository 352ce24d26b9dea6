// The one check for links: only absolute http(s) URLs are kept from the seed, accepted in
// imports and rendered as links; javascript:, data:, vbscript: and relative URLs never are.

/** The URL's normalised href when it is absolute http(s), else undefined. */
export function safeHref(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function isHttpUrl(raw: string): boolean {
  return safeHref(raw) !== undefined;
}
