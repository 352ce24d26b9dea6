// Names of favourites in a sentence, joined in the page's language: an import's kept and
// unknown favourites, the favourites sync leaves out. A few, each cut short (a file's names can
// be anything, 10,000 characters included), and how many more: "…" alone read the same for 11
// names as for 1,900.
import { type Locale, listSeparator, type Translate } from './i18n';

const MAX_NAME_LENGTH = 60;
const shortName = (name: string) => (name.length > MAX_NAME_LENGTH ? `${name.slice(0, MAX_NAME_LENGTH)}…` : name);

/** The first `max` of `names`, and "and N more" for the rest of `total` (names given or only counted). */
export function nameList(
  names: readonly string[],
  t: Translate,
  locale: Locale,
  { max = 10, total = names.length }: { max?: number; total?: number } = {},
): string {
  const shown = names.slice(0, max);
  const text = shown.map(shortName).join(listSeparator(locale));
  return total > shown.length ? t('optionsNamesMore', text, total - shown.length) : text;
}
