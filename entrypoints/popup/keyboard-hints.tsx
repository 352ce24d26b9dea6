import { useLocale } from '@/components/locale-context';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** A one-line legend of the keys (issue #5: keyboard-first). */
export function KeyboardHints() {
  const { t } = useLocale();
  // Opening needs a chosen project: those hints go while there is none (style.css, project-search.tsx).
  const hints: [key: string, label: string, opens?: true][] = [
    ['↑↓', t('popupHintMove')],
    ['Enter', t('popupHintOpen'), true],
    [isMac ? '⌘Enter' : 'Ctrl+Enter', t('popupHintBackground'), true],
    ['Esc', t('popupHintClear')],
  ];
  return (
    <footer class="popup__hints">
      <ul aria-label={t('popupKeyboardHelp')}>
        {hints.map(([key, label, opens]) => (
          <li key={key} class={opens ? 'popup__hint-open' : undefined}>
            <kbd>{key}</kbd> {label}
          </li>
        ))}
      </ul>
    </footer>
  );
}
