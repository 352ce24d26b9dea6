// One valibot issue from import-schema.ts -> the ImportProblem it stands for.
// Our schema's messages are FieldRules; the settings schema (catalog/settings.ts)
// keeps valibot's default messages, so its rules come from the issue's type.
import type * as v from 'valibot';
import { type FieldRule, formatPath, type ImportProblem, isFieldRule } from './import-problem';

function ruleOf(issue: v.BaseIssue<unknown>): FieldRule {
  if (isFieldRule(issue.message)) return issue.message;
  if (issue.type === 'picklist' || issue.type === 'literal') return 'one-of';
  if (issue.type === 'boolean') return 'boolean';
  if (issue.type === 'string') return 'string';
  return 'invalid';
}

/** `"auto" | "light"` from valibot's `("auto" | "light")`: the accepted values, quoted from the schema. */
const unwrap = (expected: string) => expected.replace(/^\((.*)\)$/, '$1');

export function problemFromIssue(issue: v.BaseIssue<unknown>): ImportProblem {
  const keys = (issue.path ?? []).map((item) => item.key as string | number);
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    const key = keys.pop();
    return { code: 'unknown-field', path: formatPath(keys), key: String(key) };
  }
  if (issue.kind === 'schema' && issue.input === undefined && (keys.length > 0 || issue.type === 'object')) {
    return { code: 'missing-field', path: formatPath(keys) };
  }
  const path = formatPath(keys);
  const rule = ruleOf(issue);
  if (rule === 'max-length' || rule === 'max-items') {
    return { code: 'invalid-field', path, rule, limit: Number(issue.requirement) };
  }
  if (rule === 'one-of' && issue.expected)
    return { code: 'invalid-field', path, rule, expected: unwrap(issue.expected) };
  return { code: 'invalid-field', path, rule };
}
