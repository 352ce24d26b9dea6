import { useState } from 'preact/hooks';
import { sendMessage } from '@/services/client';
import type { ExportFormat } from '@/services/protocol';
import { useLocale } from './locale-context';
import { saveTextFile } from './save-text-file';

type ExportState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; filename: string }
  | { kind: 'failed'; reason: string };

/** Export favourites and settings as JSON (re-importable) or as a Markdown awesome list. */
export function ExportButtons() {
  const { t } = useLocale();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });

  async function run(format: ExportFormat) {
    if (state.kind === 'busy') return; // one export at a time
    setState({ kind: 'busy' });
    try {
      const file = await sendMessage({ type: 'export', format });
      saveTextFile(file);
      setState({ kind: 'done', filename: file.filename });
    } catch (error) {
      setState({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
    }
  }

  const busy = state.kind === 'busy';
  return (
    <div class="export">
      <p>{t('optionsExportIntro')}</p>
      <div class="button-row">
        {/* aria-disabled, not disabled: Chromium takes the focus off a button that becomes
            disabled, and a keyboard user pressing Enter on it landed on <body>. */}
        <button type="button" class="button" aria-disabled={busy} onClick={() => run('json')}>
          {t('optionsExportJson')}
        </button>
        <button type="button" class="button" aria-disabled={busy} onClick={() => run('markdown')}>
          {t('optionsExportMarkdown')}
        </button>
      </div>
      <p class={state.kind === 'failed' ? 'notice notice--error' : 'hint'} role="status">
        {state.kind === 'done' && t('optionsExportDone', state.filename)}
        {state.kind === 'failed' && t('optionsExportFailed', state.reason)}
      </p>
    </div>
  );
}
