// Every request is parsed with this schema before any handler sees it: an
// unknown type, a missing or extra field, or an oversized value is rejected.
import * as v from 'valibot';
import { settingsPatchSchema } from '@/catalog/settings';
import { MAX_NOTE_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, PROJECT_ID_PATTERN } from '@/catalog/store/favourite-fields';
import type { Request } from './protocol';

const id = v.pipe(v.string(), v.regex(PROJECT_ID_PATTERN));
const scope = v.picklist(['annotation', 'recommendation']);

export const requestSchema = v.variant('type', [
  v.strictObject({ type: v.literal('match'), url: v.pipe(v.string(), v.maxLength(4096)) }),
  v.strictObject({ type: v.literal('visit'), id }),
  v.strictObject({ type: v.literal('pageMatch'), id: v.nullable(id) }),
  v.strictObject({ type: v.literal('favourites.list') }),
  v.strictObject({ type: v.literal('favourites.set'), id, on: v.boolean() }),
  v.strictObject({
    type: v.literal('favourites.update'),
    id,
    // Tags are normalised by the store; this only bounds the input (3x: before trimming and de-duplication).
    tags: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(MAX_TAG_LENGTH * 3))), v.maxLength(MAX_TAGS * 3))),
    note: v.optional(v.nullable(v.pipe(v.string(), v.maxLength(MAX_NOTE_LENGTH * 3)))),
  }),
  v.strictObject({ type: v.literal('favourites.clear') }),
  v.strictObject({ type: v.literal('dismiss'), id, scope }),
  v.strictObject({ type: v.literal('undismiss'), id, scope }),
  v.strictObject({ type: v.literal('dismissed.list') }),
  v.strictObject({
    type: v.literal('visits.recent'),
    limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))),
  }),
  v.strictObject({ type: v.literal('export'), format: v.picklist(['json', 'markdown']) }),
  // A file to import, never its text: the handler checks the URL is the sender's own (any blob:
  // URL is a few dozen characters) and reads the file itself (handlers/transfer.ts).
  v.strictObject({ type: v.literal('import.file'), url: v.pipe(v.string(), v.maxLength(500), v.startsWith('blob:')) }),
  v.strictObject({ type: v.literal('settings.get') }),
  v.strictObject({ type: v.literal('settings.set'), patch: settingsPatchSchema }),
  v.strictObject({ type: v.literal('sync.status') }),
]);

// Compile-time check that the schema and the protocol's types agree, both ways.
type Parsed = v.InferOutput<typeof requestSchema>;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesProtocol: Same<Parsed, Request> = true;
