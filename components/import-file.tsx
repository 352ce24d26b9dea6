import { useId, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '@/catalog/transfer/parse-import';
import { sendMessage } from '@/services/client';
import { importProblemLines, type LocalImportProblem } from './import-problem-text';
import { useLocale } from './locale-context';

/**
 * `refused` keeps the problems as data, not text: they are worded at render time, so switching
 * the language while a refusal is shown re-words it. `problems` is unknown: the background may be newer.
 */
type ImportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; added: number; updated: number }
  | { kind: 'refused'; problems: unknown };

const refused = (...problems: LocalImportProblem[]): ImportState => ({ kind: 'refused', problems });
const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Import a JSON export: every reason a file is refused is listed; nothing changes on failure (issue #4). */
export function ImportFile() {
  const { t } = useLocale();
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file || state.kind === 'busy') return;
    // The background refuses these too; checking here spares reading and sending a huge file.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ kind: 'refused', problems: [{ code: 'too-large', bytes: file.size, limit: MAX_IMPORT_BYTES }] });
      return;
    }
    setState({ kind: 'busy' });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState(refused({ code: 'unreadable', detail: messageOf(error) }));
      return;
    }
    try {
      const result = await sendMessage({ type: 'import', text });
      setState(
        result.ok
          ? { kind: 'done', added: result.added, updated: result.updated }
          : { kind: 'refused', problems: result.problems },
      );
    } catch (error) {
      setState(refused({ code: 'not-sent', detail: messageOf(error) }));
    }
  }

  return (
    <div class="import">
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
        onChange={(event) => importFile(event.currentTarget)}
      />
      <label for={id} class="button file-input__button">
        {t('optionsImportLabel')}
      </label>
      <div role="status" class="import__result">
        {state.kind === 'busy' && <p class="hint">{t('optionsImportWorking')}</p>}
        {state.kind === 'done' && <p class="notice notice--ok">{t('optionsImportDone', state.added, state.updated)}</p>}
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
