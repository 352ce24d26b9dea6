// Bundle budgets (issue #8): compares measured entries (scripts/bundle-sizes.ts) with
// budgets.json and says, per entry, what is over and by how much. Pure: no file access.
import type { BundleEntry, BundleFile } from './bundle-sizes';
import { formatTable } from './text-table';

export interface Budget {
  gzipKB: number;
  lazyGzipKB?: number;
  why?: string;
}

export interface BudgetFile {
  budgets: Record<string, Budget>;
}

export interface BudgetRow {
  name: string;
  raw: number;
  gzip: number;
  budget?: Budget;
  lazyGzip: number;
  ok: boolean;
}

export interface BudgetCheck {
  rows: BudgetRow[];
  failures: string[]; // one clear sentence per problem
}

const KB = 1000;
const kb = (bytes: number) => (bytes / KB).toFixed(1);

/** Validates the parsed budgets.json: every budget a positive number of KB. */
export function parseBudgets(json: unknown): BudgetFile {
  const budgets = (json as { budgets?: unknown } | null)?.budgets;
  if (!budgets || typeof budgets !== 'object')
    throw new Error('budgets.json: expected {"budgets": {"<entry>": {...}}}');
  for (const [name, budget] of Object.entries(budgets)) {
    const { gzipKB, lazyGzipKB } = (budget ?? {}) as Partial<Budget>;
    const valid = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;
    if (!valid(gzipKB) || (lazyGzipKB !== undefined && !valid(lazyGzipKB))) {
      throw new Error(`budgets.json: "${name}" needs a positive "gzipKB" (and "lazyGzipKB", if given)`);
    }
  }
  return { budgets: budgets as Record<string, Budget> };
}

function largest(files: BundleFile[]): string {
  return [...files]
    .sort((a, b) => b.gzip - a.gzip)
    .slice(0, 3)
    .map((file) => `${file.path} ${kb(file.gzip)} KB`)
    .join(', ');
}

export function checkBudgets(entries: BundleEntry[], { budgets }: BudgetFile): BudgetCheck {
  const failures: string[] = [];
  const rows = entries.map((entry): BudgetRow => {
    const budget = Object.hasOwn(budgets, entry.name) ? budgets[entry.name] : undefined;
    let ok = true;
    if (!budget) {
      ok = false;
      failures.push(`${entry.name}: no budget in budgets.json; add one for this entrypoint.`);
    } else {
      const over = entry.gzip - budget.gzipKB * KB;
      if (over > 0) {
        ok = false;
        failures.push(
          `${entry.name}: ${kb(entry.gzip)} KB gzip is ${kb(over)} KB over its ${budget.gzipKB} KB budget (largest: ${largest(entry.files)}).`,
        );
      }
      const lazyOver = budget.lazyGzipKB === undefined ? 0 : entry.lazyGzip - budget.lazyGzipKB * KB;
      if (lazyOver > 0) {
        ok = false;
        failures.push(
          `${entry.name}: lazily loaded chunks are ${kb(entry.lazyGzip)} KB gzip, ${kb(lazyOver)} KB over their ${budget.lazyGzipKB} KB budget (largest: ${largest(entry.lazy)}).`,
        );
      }
    }
    return { name: entry.name, raw: entry.raw, gzip: entry.gzip, budget, lazyGzip: entry.lazyGzip, ok };
  });
  const built = new Set(entries.map((entry) => entry.name));
  for (const name of Object.keys(budgets)) {
    if (!built.has(name)) failures.push(`${name}: budgets.json has a budget but the build has no such entry.`);
  }
  return { rows, failures };
}

export function formatBudgetTable(rows: BudgetRow[]): string {
  return formatTable(
    ['entry', 'raw KB', 'gzip KB', 'budget KB', 'lazy gzip KB', 'lazy budget KB', 'status'],
    rows.map((row) => [
      row.name,
      kb(row.raw),
      kb(row.gzip),
      row.budget ? String(row.budget.gzipKB) : '-',
      kb(row.lazyGzip),
      row.budget?.lazyGzipKB === undefined ? '-' : String(row.budget.lazyGzipKB),
      row.ok ? 'ok' : 'OVER',
    ]),
  );
}
