// The build's file I/O (Node only): read seed + curation from catalog/data,
// write catalog.json, match-index.json and docs-matches.json beside them.
import { readFileSync, writeFileSync } from 'node:fs';
import reservedNames from 'github-reserved-names';
import { type BuildOutput, buildCatalog } from './build-catalog';

export const DATA_DIR = new URL('./data/', import.meta.url);
export const SEED_FILE = 'awesome-distributed-architecture.md';
export const CURATION_FILE = 'curation.json';

/** The generated files, by name, as they are committed. */
export type GeneratedFiles = Record<'catalog.json' | 'match-index.json' | 'docs-matches.json', string>;

/** Build from the committed seed and curation (throws CatalogBuildError). */
export function buildFromData(dataDir: URL = DATA_DIR): BuildOutput {
  return buildCatalog({
    seed: readFileSync(new URL(SEED_FILE, dataDir), 'utf8'),
    curation: JSON.parse(readFileSync(new URL(CURATION_FILE, dataDir), 'utf8')),
    reservedNames: reservedNames.all,
  });
}

export function renderFiles(output: BuildOutput): GeneratedFiles {
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  return {
    'catalog.json': json(output.catalog),
    'match-index.json': json(output.matchIndex),
    'docs-matches.json': json(output.docsMatches),
  };
}

export function writeFiles(files: GeneratedFiles, dataDir: URL = DATA_DIR): void {
  for (const [name, text] of Object.entries(files)) writeFileSync(new URL(name, dataDir), text);
}

/** Names of committed files that differ from a fresh build: empty when up to date. */
export function staleFiles(files: GeneratedFiles, dataDir: URL = DATA_DIR): string[] {
  return Object.entries(files)
    .filter(([name, text]) => {
      try {
        return readFileSync(new URL(name, dataDir), 'utf8') !== text;
      } catch {
        return true;
      }
    })
    .map(([name]) => name);
}
