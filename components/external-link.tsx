import type { ComponentChildren } from 'preact';
import { safeHref } from '@/catalog/http-url';

interface Props {
  href: string | undefined;
  children: ComponentChildren;
  class?: string;
  title?: string;
}

/** A link that opens in a new tab, only for http(s) targets; anything else renders as plain text. */
export function ExternalLink({ href, children, class: className, title }: Props) {
  const safe = safeHref(href);
  if (!safe)
    return (
      <span class={className} title={title}>
        {children}
      </span>
    );
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" class={className} title={title}>
      {children}
    </a>
  );
}
