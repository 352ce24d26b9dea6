// FNV-1a, 64 bits, over the UTF-16 code units of a string: a stable content hash
// that needs no crypto API, so it runs the same in Node, the build and the browser.
const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;

export function contentHash(text: string): string {
  let hash = OFFSET;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * PRIME) & MASK;
  }
  return hash.toString(16).padStart(16, '0');
}
