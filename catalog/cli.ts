// `npm run -s catalog -- <command>`: the catalog from the command line, through the
// same modules as the extension. JSON on stdout; bad input is one line on stderr
// and exit code 2, never a stack trace (DESIGN.md "Contracts").
import { pathToFileURL } from 'node:url';
import type { Command } from './cli/result';
import { UsageError } from './cli/usage-error';
import { errorText } from './error-text';

// Loaded on demand: `parse` need not load the catalog, `stats` need not load the parser.
const commands: Record<string, () => Promise<Command>> = {
  validate: async () => (await import('./cli/catalog-commands')).validate,
  stats: async () => (await import('./cli/catalog-commands')).stats,
  match: async () => (await import('./cli/query-commands')).match,
  search: async () => (await import('./cli/query-commands')).search,
  parse: async () => (await import('./cli/parse-command')).parse,
  build: async () => (await import('./cli/catalog-commands')).build,
};

const USAGE = `usage: npm run -s catalog -- <command>
  validate                  rebuild from seed + curation and check the committed catalog (exit 1 if unsound)
  stats                     counts: projects, categories, per category, per status
  match <url>               the project a page belongs to, its categories and alternatives, or null
  search <query> [--limit N]
                            projects best first: id, name, categories, score
  parse <file.md>           any awesome-list markdown -> categories and linked projects
  build                     write catalog/data/catalog.json, match-index.json, docs-matches.json`;

export async function runCli(argv: readonly string[]): Promise<{ stdout: string; stderr: string; exitCode: number }> {
  const [name, ...args] = argv;
  if (name === undefined) return { stdout: '', stderr: `${USAGE}\n`, exitCode: 2 };
  if (name === 'help' || name === '--help' || name === '-h') return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  try {
    if (!Object.hasOwn(commands, name)) {
      throw new UsageError(`unknown command '${name}' (commands: ${Object.keys(commands).join(', ')})`);
    }
    const command = await commands[name]();
    const result = await command(args);
    const stderr = (result.stderr ?? []).map((line) => `${line}\n`).join('');
    return { stdout: `${JSON.stringify(result.output, null, 2)}\n`, stderr, exitCode: result.exitCode ?? 0 };
  } catch (error) {
    if (error instanceof UsageError) return { stdout: '', stderr: `error: ${oneLine(error.message)}\n`, exitCode: 2 };
    return { stdout: '', stderr: `internal error: ${oneLine(errorText(error))}\n`, exitCode: 1 };
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}

// Run only as the entry point, so tests can import runCli.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A closed pipe (`... | head -1`) is not an error worth a stack trace.
  process.stdout.on('error', () => {});
  runCli(process.argv.slice(2)).then(({ stdout, stderr, exitCode }) => {
    process.stdout.write(stdout);
    process.stderr.write(stderr);
    process.exitCode = exitCode;
  });
}
