// How many bytes a string takes as UTF-8, without encoding it whole: the import's size check runs
// on texts of up to 45 MB, and TextEncoder.encode(text).length allocated a copy that large only
// to read its length (and took 5-10 times as long as this in Node).

/** Code units encoded per step: at most 3 bytes each, so a step always fits the buffer. */
const STEP = 16_384;
const encoder = new TextEncoder();
let buffer: Uint8Array | undefined;

const isHighSurrogate = (unit: number) => unit >= 0xd800 && unit <= 0xdbff;

/**
 * Exactly `new TextEncoder().encode(text).length`: a surrogate pair is 4 bytes, a lone surrogate
 * 3 (TextEncoder writes it as U+FFFD). A step never ends between the halves of a pair, which
 * would count each half as a lone one.
 */
export function utf8Length(text: string): number {
  buffer ??= new Uint8Array(STEP * 3);
  let bytes = 0;
  for (let start = 0; start < text.length; ) {
    let end = Math.min(text.length, start + STEP);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end -= 1;
    bytes += encoder.encodeInto(text.slice(start, end), buffer).written;
    start = end;
  }
  return bytes;
}
