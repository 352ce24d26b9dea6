import type { Nodes } from 'mdast';

/**
 * The visible text of an mdast subtree: markup stripped, images reduced to
 * their alt text, line breaks and runs of whitespace collapsed to one space.
 */
export function plainText(node: Nodes | Nodes[]): string {
  return collapse(Array.isArray(node) ? node.map(textOf).join('') : textOf(node));
}

function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'image':
      return node.alt ?? '';
    case 'break':
      return ' ';
    case 'html':
      // Inline HTML (<br>, comments, <img>) is markup, never text.
      return '';
    default:
      return 'children' in node ? node.children.map((child) => textOf(child as Nodes)).join('') : '';
  }
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
