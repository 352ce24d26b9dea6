import { describe, expect, it } from 'vitest';
import { formatReport, type LintReport, parseLintReport, unexplainedCodes } from '../../scripts/firefox-lint-report';

const report: LintReport = {
  errors: [{ _type: 'error', code: 'MANIFEST_FIELD_REQUIRED', message: '"name" is required', file: 'manifest.json' }],
  warnings: [
    {
      _type: 'warning',
      code: 'UNSAFE_VAR_ASSIGNMENT',
      message: 'Unsafe assignment',
      file: 'chunks/a.js',
      line: 1,
      column: 9,
    },
  ],
  notices: [{ _type: 'notice', code: 'STORAGE_SYNC', message: 'sync notice' }],
};

describe('parseLintReport', () => {
  it('reads the JSON even after a line web-ext printed first', () => {
    const parsed = parseLintReport(`Update available\n${JSON.stringify({ count: 0, ...report })}`);
    expect(parsed.errors[0]?.code).toBe('MANIFEST_FIELD_REQUIRED');
    expect(parsed.warnings).toHaveLength(1);
  });

  it('throws with the raw output when there is no report', () => {
    expect(() => parseLintReport('segfault')).toThrow(/did not print a JSON report:\nsegfault/);
    expect(() => parseLintReport('{"count":1}')).toThrow(/JSON report/);
  });
});

describe('formatReport', () => {
  it('counts each kind and lists errors first with their location', () => {
    const lines = formatReport(report).split('\n');
    expect(lines[0]).toBe('web-ext lint: 1 errors, 1 warnings, 1 notices');
    expect(lines[1]).toBe('  error MANIFEST_FIELD_REQUIRED manifest.json "name" is required');
    expect(lines[2]).toBe('  warning UNSAFE_VAR_ASSIGNMENT chunks/a.js:1:9 Unsafe assignment');
    expect(lines[3]).toBe('  notice STORAGE_SYNC sync notice');
  });
});

describe('unexplainedCodes', () => {
  const readme = (section: string) =>
    `# App\n\n## Permissions\n\n\`STORAGE_SYNC\`\n\n${section}\n## License\n\n\`UNSAFE_VAR_ASSIGNMENT\`\n`;

  it('lists warning and notice codes the reviewers section does not mention', () => {
    expect(unexplainedCodes(report, readme('## For extension reviewers\n\nNothing yet.\n'))).toEqual([
      'STORAGE_SYNC',
      'UNSAFE_VAR_ASSIGNMENT',
    ]);
  });

  it('accepts codes explained in that section only, written as code', () => {
    const section = '## For extension reviewers\n\n- `UNSAFE_VAR_ASSIGNMENT`: Preact.\n- STORAGE_SYNC in prose only\n';
    expect(unexplainedCodes(report, readme(section))).toEqual(['STORAGE_SYNC']);
  });

  it('treats a README without the section as explaining nothing', () => {
    expect(unexplainedCodes(report, '# App\n`UNSAFE_VAR_ASSIGNMENT` `STORAGE_SYNC`')).toHaveLength(2);
  });
});
