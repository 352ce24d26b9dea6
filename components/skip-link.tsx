import type { ComponentChildren } from 'preact';

interface Props {
  /** The id of what comes after the skipped block: a heading with tabindex -1, or a control. */
  target: string;
  children: ComponentChildren;
}

/**
 * A link past a long block (WCAG 2.4.1 Bypass Blocks), out of sight until focused (`.skip-link`
 * in the page's style.css undoes `.visually-hidden` on focus). It moves the focus itself rather than following the fragment: the next Tab then
 * goes on from the target, and the page's address keeps no `#`.
 */
export function SkipLink({ target, children }: Props) {
  return (
    <a
      class="skip-link visually-hidden"
      href={`#${target}`}
      onClick={(event) => {
        const element = document.getElementById(target);
        if (!element) return; // the fragment still scrolls there
        event.preventDefault();
        element.focus();
      }}
    >
      {children}
    </a>
  );
}
