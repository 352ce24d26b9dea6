/** A favourite of bigExport: how a test checks it came through whole. */
export function bigFavourite(i: number) {
  return {
    id: `old-${i}`,
    name: `旧项目 ${i} `.padEnd(150, '分布式系统'),
    addedAt: new Date(Date.UTC(2020, 0, 1) + i * 1000).toISOString(),
    updatedAt: new Date(Date.UTC(2021, 0, 1) + i * 1000).toISOString(),
    tags: Array.from({ length: 20 }, (_, k) => `${k}-${i % 7} `.padEnd(40, '标签')),
    note: `笔记 ${i}: `.padEnd(1000, '消息队列与服务发现'),
  };
}

/**
 * A long-time user's export, written as the options page writes it: `count` favourites this
 * catalog does not list, each with 20 tags and a 1,000-character note in Chinese. 3,000 make
 * 18.2 MB, under the 20 MB the import took before it learnt to keep the page free, so the old
 * code reads it too (and froze the page for it).
 */
export function bigExport(count: number): string {
  const favourites = Array.from({ length: count }, (_, i) => bigFavourite(i));
  return `${JSON.stringify({ format: 'archscout', version: 1, exportedAt: new Date().toISOString(), favourites }, null, 2)}\n`;
}
