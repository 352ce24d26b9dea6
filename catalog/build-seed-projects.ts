import type { ParsedEntry } from './parse-awesome-list';
import type { Lang } from './types';

/** One project of the seed list: list items that share a link are one project (issue #3). */
export interface SeedProject {
  key: string; // normalised seed link
  url: string; // the link as first written
  names: string[]; // every spelling used by its items ("Glusterfs", "GlusterFS")
  headings: string[]; // every heading it is listed under, in order
  description: string;
  descriptionLang: Lang;
  parentKey?: string;
  lines: number[];
}

/** The identity of a link: "http://vertx.io" and "http://vertx.io/" are one. */
export function seedKey(url: string): string {
  return new URL(url).href;
}

/** Merge list items that link to the same place, keeping the order of first appearance. */
export function mergeSeedEntries(entries: readonly ParsedEntry[]): SeedProject[] {
  const byKey = new Map<string, SeedProject>();
  for (const entry of entries) {
    const key = seedKey(entry.url);
    const known = byKey.get(key);
    if (!known) {
      byKey.set(key, {
        key,
        url: entry.url,
        names: [entry.name],
        headings: [entry.category],
        description: entry.description,
        descriptionLang: entry.descriptionLang,
        ...(entry.parentUrl ? { parentKey: seedKey(entry.parentUrl) } : {}),
        lines: [entry.line],
      });
      continue;
    }
    if (!known.names.includes(entry.name)) known.names.push(entry.name);
    if (!known.headings.includes(entry.category)) known.headings.push(entry.category);
    if (!known.description && entry.description) {
      known.description = entry.description;
      known.descriptionLang = entry.descriptionLang;
    }
    if (!known.parentKey && entry.parentUrl) known.parentKey = seedKey(entry.parentUrl);
    known.lines.push(entry.line);
  }
  return [...byKey.values()];
}
