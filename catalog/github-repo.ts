// GitHub owner/name rules, used by the build to check curated repositories.
// (match-url.ts stays dependency-free and does its own tiny parsing.)

// Owners: alphanumerics and single hyphens, 1-39 chars; repos: [A-Za-z0-9._-], not "." or "..".
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const NAME = /^(?!\.\.?$)[A-Za-z0-9._-]{1,100}$/;

export interface RepoSlug {
  owner: string;
  name: string;
}

/** "owner/name" split and checked, or null when it cannot be a GitHub repository. */
export function parseRepoSlug(slug: string): RepoSlug | null {
  const parts = slug.split('/');
  if (parts.length !== 2) return null;
  const [owner, name] = parts;
  if (!OWNER.test(owner) || !NAME.test(name) || name.toLowerCase().endsWith('.git')) return null;
  return { owner, name };
}

/** The case-insensitive key GitHub itself uses: "Etcd-IO/ETCD" and "etcd-io/etcd" are one repository. */
export function repoKey(slug: string): string {
  return slug.toLowerCase();
}
