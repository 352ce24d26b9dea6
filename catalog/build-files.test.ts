import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildFromData, DATA_DIR, renderFiles, staleFiles } from './build-files';
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
