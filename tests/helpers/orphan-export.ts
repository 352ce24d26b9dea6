/**
 * An export (the options page's JSON format) of `count` favourites this catalog does not list,
 * each tagged "archive": only imports bring those, a long-time user's older backups.
 * Newest last: "Old {count - 1}" is the first card on the new tab.
 */
export function orphanExport(count: number): string {
  const favourites = Array.from({ length: count }, (_, i) => ({
    id: `old-${i}`,
    name: `Old ${i}`,
    addedAt: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(),
    tags: ['archive'],
  }));
  return JSON.stringify({ format: 'archscout', version: 1, exportedAt: new Date().toISOString(), favourites });
}
