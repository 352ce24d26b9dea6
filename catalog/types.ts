// The catalog's shapes: the contract between the build step (catalog/build-*),
// the extension (background, pages, content scripts) and the CLI.
// Pure types: no browser APIs, runs in Node.

/** Lifecycle of a project, as curated (issue #3). */
export type ProjectStatus = 'active' | 'maintenance' | 'archived' | 'dead-link';

export type Lang = 'en' | 'zh';

/** A documentation or home site the annotation runs on: host plus a path prefix ("/" for the whole host). */
export interface DocsSite {
  host: string; // lower case, no port, e.g. "developers.google.com"
  pathPrefix: string; // starts and ends with "/", e.g. "/protocol-buffers/"
}

export interface Category {
  id: string; // kebab-case, stable, e.g. "message-queue"
  name: string; // English display name, e.g. "Message Queue"
  nameZh: string; // Chinese display name, e.g. "消息队列"
  heading: string; // the seed heading verbatim, e.g. "Messsage Queue"
  keywords?: string[]; // search terms for the category, English and Chinese ("熔断", "服务发现"); also merged into its projects' keywords
}

export interface Project {
  id: string; // kebab-case, stable across catalog versions
  name: string; // display name after curation fixes
  categories: string[]; // Category ids, first is the primary one
  parent?: string; // id of the parent project for nested seed items
  url: string; // the seed link (http(s) only), may be dead
  homepage?: string; // current homepage (http(s))
  repo?: string; // canonical GitHub "owner/name", current spelling after renames
  repoAliases?: string[]; // older "owner/name" spellings that redirect to repo
  formerIds?: string[]; // ids this project had in earlier catalogs, so favourites follow a rename (issue #4)
  docs?: DocsSite[]; // sites the annotation runs on besides GitHub
  description: string; // seed description, plain text, may be empty
  descriptionLang: Lang;
  summary: { en: string; zh?: string }; // one line; en always present
  keywords: string[]; // search aliases: "protobuf", "zk", "0mq", ...
  language?: string; // implementation language, when verified
  status: ProjectStatus;
  examples: string[]; // URLs that must match this project and no other (tests)
}

export interface Catalog {
  version: number; // schema version of this JSON
  hash: string; // content hash of categories + projects; changes when the data changes
  categories: Category[];
  projects: Project[];
}
