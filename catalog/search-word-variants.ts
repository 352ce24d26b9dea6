// Other spellings a Latin query word stands for: its singular ("proxies" -> "proxy") and, for a
// few abbreviations engineers write for the catalog's category words, the word itself ("msg"
// -> "message"). The search matches them as if typed exactly (catalog/search-match.ts), but only
// where the index has them: a word that merely ends in "s" ("redis", "xtreemfs") has no singular
// among the index's words and stays what it is. Chinese has no plurals and is not looked at.

// Each entry is an abbreviation of a category word or a language's other name, common enough in
// engineers' writing to be typed into a search box. Kept short on purpose: an entry here makes
// the abbreviation mean the word everywhere, in every catalog.
// A Map, not an object: a query word such as "constructor" must not find Object's own properties.
const ABBREVIATIONS = new Map<string, string>([
  ['msg', 'message'],
  ['svc', 'service'],
  ['fs', 'filesystem'], // a category keyword (Distributed File System)
  ['cfg', 'configuration'],
  ['mgmt', 'management'],
  ['golang', 'go'], // the catalog's languages are aliases (search-index.ts): Go is "go"
  ['dotnet', 'net'], // ".NET" normalises to "net"
]);

// Below this a word is too short to be a plural ("is", "as" are no plurals of "i" and "a").
const MIN_PLURAL_LENGTH = 3;
// Three- and four-letter words of sentences typed as queries that end in "s" and are no plural,
// whose stem is a word in the catalog ("which has raft": "ha" is HAProxy's "ha proxy").
// Plural abbreviations of that length ("lbs", "mqs", "zks") stay plurals.
const NOT_PLURALS: ReadonlySet<string> = new Set(['has', 'was', 'its', 'his', 'does', 'this']);

/** Words `word` also stands for, most likely first; none when it is only itself. */
export function wordVariants(word: string): string[] {
  const variants: string[] = [];
  const expansion = ABBREVIATIONS.get(word);
  if (expansion) variants.push(expansion);
  if (word.length >= MIN_PLURAL_LENGTH && word.endsWith('s') && !word.endsWith('ss') && !NOT_PLURALS.has(word)) {
    if (word.endsWith('ies') && word.length > 4) variants.push(`${word.slice(0, -3)}y`); // proxies
    variants.push(word.slice(0, -1)); // queues, brokers, lbs
    if (word.endsWith('es') && word.length > 4) variants.push(word.slice(0, -2)); // buses
  }
  // "proxie" is "proxies" being typed, a keystroke before its "s": without this the list drops
  // to what the word comes near ("proxy" is no longer than it, so no part of it: search-match.ts).
  if (word.length > 4 && word.endsWith('ie')) variants.push(`${word.slice(0, -2)}y`);
  return variants;
}
