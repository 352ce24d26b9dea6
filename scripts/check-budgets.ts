// `npm run check:budgets`: fails when an entrypoint of the production build is over its budget
// in budgets.json (issue #8), so a size regression fails CI. Timings are never checked here.
// Usage: tsx scripts/check-budgets.ts [chrome build dir]; default $ARCHSCOUT_OUT_DIR/chrome-mv3 or .output/chrome-mv3.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkBudgets, formatBudgetTable, parseBudgets } from './budgets';
import { measureBundle } from './bundle-sizes';

const root = fileURLToPath(new URL('..', import.meta.url));
const buildDir = resolve(process.argv[2] ?? join(process.env.ARCHSCOUT_OUT_DIR ?? join(root, '.output'), 'chrome-mv3'));

if (!existsSync(join(buildDir, 'manifest.json'))) {
  console.error(`No Chrome build in ${buildDir}: run \`npm run build\` first.`);
  process.exit(1);
}

try {
  const budgets = parseBudgets(JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8')));
  const { rows, failures } = checkBudgets(measureBundle(buildDir), budgets);
  console.log(`Bundle sizes of ${buildDir} (gzip level 9, 1 KB = 1,000 bytes):\n${formatBudgetTable(rows)}`);
  if (failures.length > 0) {
    console.error(`\nBundle budget exceeded (budgets.json):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  console.log('\nEvery entry is within its budget.');
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
