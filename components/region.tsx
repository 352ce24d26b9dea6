import type { ComponentChildren } from 'preact';

interface Props {
  id: string; // unique on the page; the heading gets `${id}-heading`
  title: string;
  class?: string;
  /** Shown beside the heading (a filter, a count). */
  aside?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A titled region of a page: a <section> labelled by its <h2>, so screen-reader users can
 * jump between regions and headings (DESIGN.md: the new tab's regions are found by heading).
 */
export function Region({ id, title, class: className, aside, children }: Props) {
  const headingId = `${id}-heading`;
  return (
    <section id={id} class={`region${className ? ` ${className}` : ''}`} aria-labelledby={headingId}>
      <div class="region__head">
        <h2 id={headingId} class="region__title" tabIndex={-1}>
          {title}
        </h2>
        {aside}
      </div>
      {children}
    </section>
  );
}
