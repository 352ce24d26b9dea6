import type { Definition, ListItem, Nodes, Paragraph, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { isHttpUrl } from './http-url';
import { detectLang } from './parse-lang';
import { plainText } from './parse-plain-text';
import type { Lang } from './types';

/** One list item that starts with an http(s) link. */
export interface ParsedEntry {
  name: string; // link text, markup stripped
  url: string; // link destination as written (http(s) only)
  description: string; // rest of the item's first paragraph, plain text
  descriptionLang: Lang;
  category: string; // text of the nearest heading above, or UNCATEGORIZED
  parent?: string; // name of the nearest enclosing entry, for nested items
  parentUrl?: string; // its url: names repeat, urls identify
  line: number; // 1-based line of the item in the source
}

export type DropReason = 'not-http' | 'image' | 'anchor' | 'no-link' | 'empty-name';

/** Something that looked like a link or an item but never becomes an entry with a URL. */
export interface DroppedItem {
  line: number;
  reason: DropReason;
  text: string;
  url?: string;
}

export interface ParsedList {
  categories: string[]; // headings that hold at least one entry, in document order
  entries: ParsedEntry[];
  dropped: DroppedItem[];
}

export const UNCATEGORIZED = 'Uncategorized';

type LeadLink = { kind: 'link'; url: string; name: string; node: PhrasingContent } | { kind: 'image'; text: string };

/**
 * Parse awesome-list markdown with a real CommonMark parser (micromark), so
 * fenced code, HTML comments, reference links, setext headings, CRLF, a BOM
 * and tab-indented nesting behave as a renderer would show them. Pure.
 */
export function parseAwesomeList(markdown: string): ParsedList {
  const tree = fromMarkdown(markdown);
  const definitions = new Map<string, string>();
  collectDefinitions(tree.children, definitions);
  const result: ParsedList = { categories: [], entries: [], dropped: [] };
  let category = UNCATEGORIZED;

  const walk = (nodes: readonly RootContent[], parent: ParsedEntry | undefined): void => {
    for (const node of nodes) {
      if (node.type === 'heading') category = plainText(node) || category;
      else if (node.type === 'list') for (const item of node.children) visitItem(item, parent);
      else if (node.type === 'blockquote') walk(node.children, parent);
    }
  };

  const visitItem = (item: ListItem, parent: ParsedEntry | undefined): void => {
    const [first, ...rest] = item.children;
    const lead = first?.type === 'paragraph' ? first : undefined;
    const entry = lead ? readEntry(lead, parent) : undefined;
    walk(lead ? rest : item.children, entry ?? parent);
  };

  const readEntry = (paragraph: Paragraph, parent: ParsedEntry | undefined): ParsedEntry | undefined => {
    const line = paragraph.position?.start.line ?? 0;
    const text = plainText(paragraph);
    const leadIndex = paragraph.children.findIndex((child) => !isBlank(child));
    const leadNode = paragraph.children[leadIndex];
    const lead = leadNode ? leadLink(leadNode, definitions) : undefined;
    if (!lead) {
      if (text) result.dropped.push({ line, reason: 'no-link', text: clip(text) });
      return undefined;
    }
    if (lead.kind === 'image') {
      result.dropped.push({ line, reason: 'image', text: clip(lead.text || text) });
      return undefined;
    }
    if (lead.url.startsWith('#')) {
      result.dropped.push({ line, reason: 'anchor', text: clip(lead.name), url: lead.url });
      return undefined;
    }
    if (!isHttpUrl(lead.url)) {
      result.dropped.push({ line, reason: 'not-http', text: clip(lead.name), url: lead.url });
      return undefined;
    }
    if (!lead.name) {
      result.dropped.push({ line, reason: 'empty-name', text: '', url: lead.url });
      return undefined;
    }
    const tail = paragraph.children.slice(leadIndex + 1);
    for (const url of linkUrls(tail, definitions)) {
      if (!isHttpUrl(url) && !url.startsWith('#'))
        result.dropped.push({ line, reason: 'not-http', text: clip(text), url });
    }
    const description = plainText(tail).replace(/^[\s:：,，\-–—]+/u, '');
    const entry: ParsedEntry = {
      name: lead.name,
      url: lead.url,
      description,
      descriptionLang: detectLang(description),
      category,
      line,
    };
    if (parent) {
      entry.parent = parent.name;
      entry.parentUrl = parent.url;
    }
    result.entries.push(entry);
    if (!result.categories.includes(category)) result.categories.push(category);
    return entry;
  };

  walk(tree.children, undefined);
  return result;
}

function collectDefinitions(nodes: readonly Nodes[], into: Map<string, string>): void {
  for (const node of nodes) {
    // The first definition of a label wins (CommonMark 4.7).
    if (node.type === 'definition' && !into.has(node.identifier)) into.set(node.identifier, (node as Definition).url);
    else if ('children' in node) collectDefinitions(node.children as Nodes[], into);
  }
}

/** The link an item starts with, looking through emphasis ("**[Name](url)**"). */
function leadLink(node: PhrasingContent, definitions: Map<string, string>): LeadLink | undefined {
  switch (node.type) {
    case 'link':
      return onlyImages(node.children)
        ? { kind: 'image', text: plainText(node) }
        : { kind: 'link', url: node.url.trim(), name: plainText(node), node };
    case 'linkReference': {
      const url = definitions.get(node.identifier);
      if (url === undefined) return undefined;
      return onlyImages(node.children)
        ? { kind: 'image', text: plainText(node) }
        : { kind: 'link', url: url.trim(), name: plainText(node), node };
    }
    case 'image':
    case 'imageReference':
      return { kind: 'image', text: plainText(node) };
    case 'strong':
    case 'emphasis': {
      const inner = node.children.find((child) => !isBlank(child));
      return inner ? leadLink(inner, definitions) : undefined;
    }
    default:
      return undefined;
  }
}

function onlyImages(children: readonly PhrasingContent[]): boolean {
  const visible = children.filter((child) => !isBlank(child));
  return visible.length > 0 && visible.every((child) => child.type === 'image' || child.type === 'imageReference');
}

function* linkUrls(nodes: readonly Nodes[], definitions: Map<string, string>): Generator<string> {
  for (const node of nodes) {
    if (node.type === 'link') yield node.url.trim();
    if (node.type === 'linkReference') {
      const url = definitions.get(node.identifier);
      if (url !== undefined) yield url.trim();
    }
    if ('children' in node) yield* linkUrls(node.children as Nodes[], definitions);
  }
}

function isBlank(node: Nodes): boolean {
  return (node.type === 'text' && node.value.trim() === '') || node.type === 'html';
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}
