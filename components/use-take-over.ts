import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';

/**
 * Moves what a plain field took before the app had rendered (the popup's static field in
 * popup.html: keystrokes typed the moment the popup opens) into the app's own input: its text,
 * caret and focus. A layout effect runs in the same task as the render that read the text, so
 * no keystroke can fall between reading the field and focusing the input. The caller seeds its
 * query state with `field.value` and removes the field afterwards.
 */
export function useTakeOver(
  field: HTMLInputElement | null | undefined,
  input: RefObject<HTMLInputElement | null>,
  onText: (text: string) => void,
  autoFocus: boolean,
): void {
  useLayoutEffect(() => {
    const target = input.current;
    if (!field || !target) return;
    if (field.value !== target.value) {
      target.value = field.value;
      onText(field.value);
    }
    const active = document.activeElement;
    if (active === field) {
      target.focus();
      target.setSelectionRange(field.selectionStart, field.selectionEnd, field.selectionDirection ?? undefined);
    } else if (autoFocus && (active === null || active === document.body)) {
      target.focus(); // the field lost focus on its own (no autofocus): do what autoFocus would have done
    }
  }, []);
}
