/** The URL as a link target when it is http(s), else undefined: data from the catalog, imports or pages never yields javascript:, data: or other schemes. */
export function safeHref(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
