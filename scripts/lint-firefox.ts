// `npm run lint:firefox`: Mozilla's add-on linter (web-ext lint, offline) on the Firefox build.
// Fails on any error, and on any warning or notice that README's "For extension reviewers"
// section does not explain, so what reviewers read stays true.
// Usage: tsx scripts/lint-firefox.ts [firefox build dir]; default $ARCHSCOUT_OUT_DIR/firefox-mv3 or .output/firefox-mv3.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatReport, parseLintReport, REVIEWERS_HEADING, unexplainedCodes } from './firefox-lint-report';

const root = fileURLToPath(new URL('..', import.meta.url));
const sourceDir = resolve(
  process.argv[2] ?? join(process.env.ARCHSCOUT_OUT_DIR ?? join(root, '.output'), 'firefox-mv3'),
);

if (!existsSync(join(sourceDir, 'manifest.json'))) {
  console.error(`No Firefox build in ${sourceDir}: run \`npm run build:firefox\` first.`);
  process.exit(1);
}

const webExt = join(root, 'node_modules', '.bin', 'web-ext');
// --no-config-discovery: a web-ext config in the user's home must not change what CI checks.
const run = spawnSync(webExt, ['lint', '--source-dir', sourceDir, '--output', 'json', '--no-config-discovery'], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
if (run.error) {
  console.error(`Could not run web-ext: ${run.error.message}`);
  process.exit(1);
}

let report: ReturnType<typeof parseLintReport>;
try {
  report = parseLintReport(run.stdout);
} catch (error) {
  console.error((error as Error).message, run.stderr);
  process.exit(1);
}

console.log(formatReport(report));
const unexplained = unexplainedCodes(report, readFileSync(join(root, 'README.md'), 'utf8'));
for (const code of unexplained)
  console.error(`${code} is not explained in README's "${REVIEWERS_HEADING.slice(3)}" section.`);
if (report.errors.length > 0 || unexplained.length > 0) process.exit(1);
