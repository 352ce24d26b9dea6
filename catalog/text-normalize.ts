// Text normalisation shared by the search index and the query side, so that both
// sides agree on what a "word" is. Pure string functions, no browser APIs.

// Letters that NFKD does not decompose into a base letter plus a mark, so stripping
// marks alone would keep them ("ØMQ" must find ZeroMQ's "omq"/"0mq" aliases).
const FOLD: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ł: 'l', ı: 'i' };
const FOLD_RE = /[øæœßđłı]/g;

// Apostrophes join the word ("Cap’n" -> "capn"); every other non-letter, non-digit separates.
const APOSTROPHES_RE = /['’ʼ`´]/g;
const SEPARATORS_RE = /[^\p{L}\p{N}]+/gu;
const MARKS_RE = /\p{M}+/gu;
const PRINTABLE_ASCII_RE = /^[\x20-\x7e]*$/;
const ASCII_SEPARATORS_RE = /[^a-z0-9]+/g;

// Han, kana and Hangul have no spaces between words: they are indexed as character n-grams.
const CJK_CHAR_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const CJK_RUNS_RE =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;

// Languages spelt with punctuation, which would otherwise fold to "c" or "f": a C# engineer
// typing "c#" means C#, not every name that starts with a "c". Not after a letter or digit.
const LANGUAGE_SIGNS_RE = /(?<![\p{L}\p{N}])(c#|f#|c\+\+)/gu;
const LANGUAGE_WORDS: Record<string, string> = { 'c#': ' csharp ', 'f#': ' fsharp ', 'c++': ' cpp ' };

/** The words those signs become: typed as a sign, each means its language, never a typo of another ("fsharp", "csharp"). */
export const SPELT_LANGUAGES: ReadonlySet<string> = new Set(Object.values(LANGUAGE_WORDS).map((word) => word.trim()));

function spellLanguages(lower: string): string {
  if (!lower.includes('#') && !lower.includes('+')) return lower;
  return lower.replace(LANGUAGE_SIGNS_RE, (sign) => LANGUAGE_WORDS[sign]);
}

/** Lower case, NFKC (full-width -> ASCII), diacritics folded, punctuation -> single spaces, trimmed; "c#" -> "csharp". */
export function normalizeText(text: string): string {
  // Printable ASCII needs none of the Unicode steps; most catalog text is ASCII.
  if (PRINTABLE_ASCII_RE.test(text)) {
    return spellLanguages(text.toLowerCase()).replace(APOSTROPHES_RE, '').replace(ASCII_SEPARATORS_RE, ' ').trim();
  }
  return spellLanguages(text.normalize('NFKC').toLowerCase())
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? ch)
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .normalize('NFC')
    .replace(APOSTROPHES_RE, '')
    .replace(SEPARATORS_RE, ' ')
    .trim();
}

export function isCjk(token: string): boolean {
  return CJK_CHAR_RE.test(token);
}

/**
 * Words of an already normalised string. A run of CJK characters is one token,
 * split from adjacent Latin letters ("thrift源于" -> ["thrift", "源于"]).
 */
export function tokenize(normalized: string): string[] {
  if (PRINTABLE_ASCII_RE.test(normalized)) return normalized ? normalized.split(' ') : [];
  const tokens: string[] = [];
  for (const word of normalized.split(' ')) {
    if (!word) continue;
    if (!isCjk(word)) {
      tokens.push(word);
      continue;
    }
    for (const run of word.match(CJK_RUNS_RE) ?? []) tokens.push(run);
  }
  return tokens;
}

/** The normalised text without spaces: "Cap’n Proto" and "capn proto" both give "capnproto". */
export function compactText(text: string): string {
  return normalizeText(text).replace(/ /g, '');
}

/** Character n-grams of a CJK run: unigrams and bigrams, which is what a CJK query is matched with. */
export function cjkGrams(run: string): string[] {
  const chars = Array.from(run);
  const grams = new Set<string>(chars);
  for (let i = 0; i + 1 < chars.length; i++) grams.add(chars[i] + chars[i + 1]);
  return [...grams];
}

/** Padded trigrams of a Latin word ("^ra", "rab", ..., "mq$"), for typo-tolerant candidate lookup. */
export function trigrams(word: string): string[] {
  const padded = `^${word}$`;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3));
  return [...grams];
}
