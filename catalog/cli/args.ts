import { UsageError } from './usage-error';

export interface SearchArgs {
  query: string;
  limit?: number;
}

export const MAX_LIMIT = 1000;

/** `search <query words...> [--limit N | --limit=N]`. */
export function parseSearchArgs(args: readonly string[]): SearchArgs {
  const words: string[] = [];
  let limit: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--limit' || arg.startsWith('--limit=')) {
      const value = arg === '--limit' ? args[++i] : arg.slice('--limit='.length);
      limit = parseLimit(value);
    } else if (arg.startsWith('--')) {
      throw new UsageError(`unknown option for search: ${arg} (only --limit N)`);
    } else words.push(arg);
  }
  const query = words.join(' ').trim();
  if (!query) throw new UsageError('search needs a query, e.g. search "message queue" --limit 5');
  return limit === undefined ? { query } : { query, limit };
}

function parseLimit(value: string | undefined): number {
  if (value === undefined) throw new UsageError('--limit needs a number, e.g. --limit 5');
  if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) {
    throw new UsageError(`bad --limit: '${value}' (a whole number from 1 to ${MAX_LIMIT})`);
  }
  return Number(value);
}

/** Exactly one positional argument, else a usage error naming the command. */
export function single(command: string, what: string, args: readonly string[]): string {
  if (args.length !== 1 || args[0] === '') {
    throw new UsageError(`${command} takes exactly one ${what}, e.g. npm run -s catalog -- ${command} <${what}>`);
  }
  return args[0];
}
