import { useLocale } from '@/components/locale-context';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** A one-line legend of the keys (issue #5: keyboard-first). */
export function KeyboardHints() {
  const { t } = useLocale();
  const hints: [string, string][] = [
    ['↑↓', t('popupHintMove')],
    ['Enter', t('popupHintOpen')],
    [isMac ? '⌘Enter' : 'Ctrl+Enter', t('popupHintBackground')],
    ['Esc', t('popupHintClear')],
  ];
  return (
    <footer class="popup__hints">
      <ul aria-label={t('popupKeyboardHelp')}>
        {hints.map(([key, label]) => (
          <li key={key}>
            <kbd>{key}</kbd> {label}
          </li>
        ))}
      </ul>
    </footer>
  );
}
