// Pure helpers for scripts/lint-firefox.ts: read web-ext's JSON report, summarise it,
// and check that every warning is explained in README's "For extension reviewers" section.

export interface LintMessage {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}

export interface LintReport {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

export const REVIEWERS_HEADING = '## For extension reviewers';

/** Parses `web-ext lint --output json` stdout; throws with the raw text when it is not a report. */
export function parseLintReport(stdout: string): LintReport {
  // web-ext may print a line before the JSON (e.g. an update notice): start at the first brace.
  const start = stdout.indexOf('{');
  const parsed: unknown = start >= 0 ? JSON.parse(stdout.slice(start)) : undefined;
  if (!isReport(parsed)) throw new Error(`web-ext lint did not print a JSON report:\n${stdout.slice(0, 2000)}`);
  return parsed;
}

function isReport(value: unknown): value is LintReport {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return Array.isArray(record.errors) && Array.isArray(record.warnings) && Array.isArray(record.notices);
}

/** One line per message, errors first, e.g. "  warning UNSAFE_VAR_ASSIGNMENT chunks/x.js:1:9181 Unsafe ...". */
export function formatReport(report: LintReport): string {
  const lines = [
    `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices`,
  ];
  for (const message of [...report.errors, ...report.warnings, ...report.notices]) {
    const where = message.file ? ` ${[message.file, message.line, message.column].filter(Boolean).join(':')}` : '';
    lines.push(`  ${message._type} ${message.code}${where} ${message.message}`);
  }
  return lines.join('\n');
}

/** The README section reviewers read: from its heading to the next level-2 heading. */
export function reviewersSection(readme: string): string {
  const start = readme.indexOf(REVIEWERS_HEADING);
  if (start < 0) return '';
  const next = readme.indexOf('\n## ', start + REVIEWERS_HEADING.length);
  return readme.slice(start, next < 0 ? undefined : next);
}

/** Warning and notice codes the README section does not mention (as `CODE`), so a new warning cannot slip in unexplained. */
export function unexplainedCodes(report: LintReport, readme: string): string[] {
  const section = reviewersSection(readme);
  const codes = new Set([...report.warnings, ...report.notices].map((message) => message.code));
  return [...codes].filter((code) => !section.includes(`\`${code}\``)).sort();
}
