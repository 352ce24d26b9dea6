import { useId, useState } from 'preact/hooks';
import { MAX_IMPORT_BYTES } from '@/catalog/transfer/parse-import';
import { sendMessage } from '@/services/client';
import type { ImportResult } from '@/services/protocol';
import { useLocale } from './locale-context';

type ImportState = { kind: 'idle' } | { kind: 'busy' } | ImportResult;

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** Import a JSON export: every reason a file is refused is listed; nothing changes on failure (issue #4). */
export function ImportFile() {
  const { t } = useLocale();
  const id = useId();
  const [state, setState] = useState<ImportState>({ kind: 'idle' });

  async function importFile(input: HTMLInputElement) {
    const file = input.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file || ('kind' in state && state.kind === 'busy')) return;
    // The background refuses these too; checking here spares reading and sending a huge file.
    if (file.size > MAX_IMPORT_BYTES) {
      setState({ ok: false, errors: [t('optionsImportTooLarge', megabytes(file.size), megabytes(MAX_IMPORT_BYTES))] });
      return;
    }
    setState({ kind: 'busy' });
    let text: string;
    try {
      text = await file.text();
    } catch (error) {
      setState({
        ok: false,
        errors: [t('optionsImportUnreadable', error instanceof Error ? error.message : String(error))],
      });
      return;
    }
    try {
      setState(await sendMessage({ type: 'import', text }));
    } catch (error) {
      setState({ ok: false, errors: [error instanceof Error ? error.message : String(error)] });
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
        {'kind' in state && state.kind === 'busy' && <p class="hint">{t('optionsImportWorking')}</p>}
        {'ok' in state && state.ok && (
          <p class="notice notice--ok">{t('optionsImportDone', state.added, state.updated)}</p>
        )}
      </div>
      <div role="alert" class="import__errors">
        {'ok' in state && !state.ok && (
          <div class="notice notice--error">
            <p>{t('optionsImportFailed')}</p>
            <ul>
              {state.errors.map((error, index) => (
                <li key={index}>{error}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
