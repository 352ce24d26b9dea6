// The origins our content scripts run on (github.com plus the documentation
// sites in catalog/data/docs-matches.json, the same list the manifest uses):
// the only web origins whose content-script messages the background accepts.
import docsMatches from '@/catalog/data/docs-matches.json';

export const GITHUB_ORIGIN = 'https://github.com';

/** "https://etcd.io/*" or "https://developer.hashicorp.com/consul/*" -> "https://etcd.io". */
export function originOfMatchPattern(pattern: string): string | null {
  const m = /^(https?):\/\/([a-z0-9.-]+)\//i.exec(pattern);
  return m ? `${m[1]?.toLowerCase()}://${m[2]?.toLowerCase()}` : null;
}

export function contentScriptOrigins(patterns: readonly string[] = docsMatches as string[]): Set<string> {
  const origins = new Set([GITHUB_ORIGIN]);
  for (const pattern of patterns) {
    const origin = originOfMatchPattern(pattern);
    if (origin) origins.add(origin);
  }
  return origins;
}
