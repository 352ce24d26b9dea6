import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildFromData, DATA_DIR, renderFiles, staleFiles, writeFiles } from './build-files';
import { bundledCatalog } from './bundled';
import { bundledMatchIndex } from './bundled-match-index';

describe('the committed catalog files', () => {
  const output = buildFromData();
  const files = renderFiles(output);
  const committed = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DATA_DIR), 'utf8'));

  it('are what the build makes from seed + curation (else run `npm run catalog -- build`)', () => {
    expect(committed('catalog.json'), 'catalog.json is stale: run `npm run catalog -- build`').toEqual(output.catalog);
    expect(committed('match-index.json'), 'match-index.json is stale: run `npm run catalog -- build`').toEqual(
      output.matchIndex,
    );
    expect(committed('docs-matches.json'), 'docs-matches.json is stale: run `npm run catalog -- build`').toEqual(
      output.docsMatches,
    );
    expect(staleFiles(files), 'byte-for-byte: run `npm run catalog -- build`').toEqual([]);
  });

  it('are the ones the extension bundles', () => {
    expect(bundledCatalog).toEqual(output.catalog);
    expect(bundledMatchIndex).toEqual(output.matchIndex);
  });

  it('report nothing dropped from the seed', () => {
    expect(output.dropped).toEqual([]);
  });
});

describe('staleFiles', () => {
  it('names exactly the generated files that differ or are missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'archscout-build-'));
    try {
      const dataDir = pathToFileURL(`${dir}/`);
      const files = renderFiles(buildFromData());
      expect(staleFiles(files, dataDir)).toEqual(['catalog.json', 'match-index.json', 'docs-matches.json']);
      writeFiles(files, dataDir);
      expect(staleFiles(files, dataDir)).toEqual([]);
      writeFileSync(join(dir, 'match-index.json'), '{}\n');
      expect(staleFiles(files, dataDir)).toEqual(['match-index.json']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
