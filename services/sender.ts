// Who sent a message (issue #4; Chrome "Messaging: content scripts are less
// trustworthy"): our own extension pages, our content script on an origin we
// inject into, or nobody we answer.
export type SenderKind = 'page' | 'content';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface SenderPolicy {
  extensionId: string;
  extensionOrigin: string; // "chrome-extension://<id>" or "moz-extension://<uuid>", no trailing slash
  contentOrigins: ReadonlySet<string>;
}

/** scheme://host[:port]. Built by hand: URL.origin is "null" for non-special schemes such as chrome-extension: in some engines. */
export function originOf(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, host } = new URL(url);
    return host ? `${protocol}//${host}` : null;
  } catch {
    return null;
  }
}

export function classifySender(sender: SenderInfo, policy: SenderPolicy): SenderKind | null {
  if (sender.id !== policy.extensionId) return null;
  const origin = originOf(sender.url);
  if (origin === null) return null;
  if (origin === policy.extensionOrigin) return 'page';
  // A content script always runs in a tab; a web origin without one is not ours.
  if (sender.tab && policy.contentOrigins.has(origin)) return 'content';
  return null;
}
