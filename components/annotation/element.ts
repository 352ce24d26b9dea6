// A tiny element builder for the annotation: plain DOM keeps the content script small
// (no Preact in the bundle that runs on every GitHub page, issue #8) while staying text-only:
// strings become text nodes and attributes go through setAttribute, never innerHTML (issue #9).

export type Child = Node | string | false | null | undefined;
export type Attributes = Record<string, string | boolean | undefined>;

/** Creates `<tag>` with the given attributes (false/undefined omitted, true as "") and children. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}
