/** The build's one failure: every problem found, each a sentence that says what to change. */
export class CatalogBuildError extends Error {
  readonly problems: string[];

  constructor(problems: string[]) {
    super(`catalog build failed with ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'CatalogBuildError';
    this.problems = problems;
  }
}
