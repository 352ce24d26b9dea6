import { useLocale } from '@/components/locale-context';

const isMac = /Mac|iPhone|iPad/.test(navigator.platform);

/** A one-line legend of the keys (issue #5: keyboard-first). */
export function KeyboardHints() {
  const { t } = useLocale();
  // Each hint shows only while its key does what it says: the arrows need rows, opening a chosen
  // project, and Esc clears a query but closes the popup from an empty box (style.css, project-search.tsx).
  const hints: [key: string, label: string, when: string][] = [
    ['↑↓', t('popupHintMove'), 'move'],
    ['Enter', t('popupHintOpen'), 'open'],
    [isMac ? '⌘Enter' : 'Ctrl+Enter', t('popupHintBackground'), 'open'],
    ['Esc', t('popupHintClear'), 'clear'],
    ['Esc', t('popupHintClose'), 'close'],
  ];
  return (
    <footer class="popup__hints">
      <ul aria-label={t('popupKeyboardHelp')}>
        {hints.map(([key, label, when]) => (
          <li key={`${key} ${when}`} class={`popup__hint-${when}`}>
            <kbd>{key}</kbd> {label}
          </li>
        ))}
      </ul>
    </footer>
  );
}
