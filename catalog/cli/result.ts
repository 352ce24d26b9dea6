/** What a command prints: JSON on stdout, optional lines on stderr, and its exit code. */
export interface CommandResult {
  output: unknown;
  stderr?: string[];
  exitCode?: number; // 0 when left out
}

export type Command = (args: readonly string[]) => CommandResult | Promise<CommandResult>;
