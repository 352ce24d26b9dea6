// Limits and normalisation for a favourite's user-entered fields. The limits
// keep one favourite well inside storage.sync's 8,192-byte item quota
// (QUOTA_BYTES_PER_ITEM) even with multi-byte text: 20 tags x 40 chars plus a
// 1,000-char note is under 4 KB as JSON.

/** Project ids: kebab-case catalog ids (orphans keep theirs). Also bounds sync keys and imported ids. */
export const PROJECT_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,99}$/;

export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;
export const MAX_NOTE_LENGTH = 1000;
/**
 * The latest time a favourite may carry (added, changed, deleted): the end of 9999, the last an
 * export's ISO 8601 date (four digits of year) can name, so every export imports back. Only a
 * corrupt sync item could hold a later one; past the year 275760 an export could not write it at all.
 */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

/** One tag as typed, before the length cap: trimmed, inner spaces collapsed, lower case. */
export function tagText(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Trimmed, lower case, distinct, non-empty, capped; order of first appearance kept. */
export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const raw of tags) {
    const tag = tagText(raw).slice(0, MAX_TAG_LENGTH);
    if (tag && !seen.has(tag)) seen.add(tag);
    if (seen.size === MAX_TAGS) break;
  }
  return [...seen];
}

/** A trimmed note, or undefined when empty. */
export function normaliseNote(note: string | null | undefined): string | undefined {
  const trimmed = note?.trim().slice(0, MAX_NOTE_LENGTH);
  return trimmed ? trimmed : undefined;
}
