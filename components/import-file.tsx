import { useId, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '@/catalog/transfer/parse-import';
import { sendMessage } from '@/services/client';
import { importProblemLines, type LocalImportProblem } from './import-problem-text';
import { useLocale } from './locale-context';
import { nameList } from './name-list';

/**
 * `refused` keeps the problems as data, not text: they are worded at render time, so switching
 * the language while a refusal is shown re-words it. `problems` is unknown: the background may be newer.
 */
type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy'; name: string }
  | { kind: 'done'; added: number; updated: number; kept: string[]; unknown: string[]; settings: boolean }
  | { kind: 'refused'; problems: unknown };

const refused = (...problems: LocalImportProblem[]): ImportState => ({ kind: 'refused', problems });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
// Read defensively: an older background (an update applied while this page stays open) sends less.
const names = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** Import a JSON export: every reason a file is refused is listed; nothing changes on failure (issue #4). */
export function ImportFile() {
  const { t, locale } = useLocale();
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  const busy = state.kind === 'busy';

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file || busy) return;
    // The background refuses these too; checking here spares it a huge file.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'refused', problems: [{ code: 'too-large', bytes: file.size, limit: MAX_IMPORT_BYTES }] });
      return;
    }
    setState({ kind: 'busy', name: file.name });
    // The background reads the file through this URL: the page neither decodes nor sends it,
    // which for a large file held the page's thread for a tenth of a second or more.
    const url = URL.createObjectURL(file);
    try {
      const result = await sendMessage({ type: 'import.file', url });
      setState(
        result.ok
          ? {
              kind: 'done',
              added: result.added,
              updated: result.updated,
              kept: names(result.kept),
              unknown: names(result.unknown),
              settings: result.settings === true,
            }
          : { kind: 'refused', problems: result.problems },
      );
    } catch (error) {
      setState(refused({ code: 'not-sent', detail: messageOf(error) }));
    } finally {
      URL.revokeObjectURL(url);
    }
  }

  return (
    <div class="import" aria-busy={busy}>
      <p>{t('optionsImportIntro')}</p>
      <p id={`${id}-hint`} class="hint">
        {t('optionsImportHint')}
      </p>
      {/* The native file input stays the focusable control (keyboard, screen readers); it is drawn
          as the localised button below, since its own "Choose File" text follows the browser's language. */}
      <input
        id={id}
        class="file-input"
        type="file"
        accept=".json,application/json"
        aria-describedby={`${id}-hint`}
        // aria-disabled, not disabled: Chromium takes the focus off a control that becomes
        // disabled. While an import runs, a click (or Enter, Space, the label) opens no picker.
        aria-disabled={busy}
        onClick={(event) => busy && event.preventDefault()}
        onChange={(event) => importFile(event.currentTarget)}
      />
      <label for={id} class="button file-input__button">
        {t('optionsImportLabel')}
      </label>
      <div role="status" class="import__result">
        {state.kind === 'busy' && (
          <p class="hint import__working">
            <span class="spinner" aria-hidden="true" />
            {t('optionsImportWorking', state.name)}
          </p>
        )}
        {state.kind === 'done' && (
          <div class="notice notice--ok">
            <p>{t('optionsImportDone', state.added, state.updated)}</p>
            {state.kept.length > 0 && <p>{t('optionsImportKept', nameList(state.kept, t, locale))}</p>}
            {state.unknown.length > 0 && <p>{t('optionsImportUnknown', nameList(state.unknown, t, locale))}</p>}
            {state.settings && <p>{t('optionsImportSettings')}</p>}
          </div>
        )}
      </div>
      <div role="alert" class="import__errors">
        {state.kind === 'refused' && (
          <div class="notice notice--error">
            <p>{t('optionsImportFailed')}</p>
            <ul>
              {importProblemLines(state.problems, t).map((line, index) => (
                <li key={index}>{line}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
