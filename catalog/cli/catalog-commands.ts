// validate, stats and build: the catalog as a whole.
import { CatalogBuildError } from '../build-error';
import { buildFromData, renderFiles, staleFiles, writeFiles } from '../build-files';
import { bundledCatalog } from '../bundled';
import type { Catalog, ProjectStatus } from '../types';
import type { Command } from './result';
import { UsageError } from './usage-error';

const REBUILD = 'run `npm run -s catalog -- build` and commit catalog/data';

function noArgs(command: string, args: readonly string[]): void {
  if (args.length > 0) throw new UsageError(`${command} takes no arguments (got '${args[0]}')`);
}

/** Rebuild from seed + curation in memory; sound when nothing fails and the committed JSON is current. */
export const validate: Command = (args) => {
  noArgs('validate', args);
  let problems: string[];
  let summary = {};
  try {
    const output = buildFromData();
    problems = staleFiles(renderFiles(output)).map((name) => `catalog/data/${name} is stale: ${REBUILD}`);
    summary = {
      projects: output.catalog.projects.length,
      categories: output.catalog.categories.length,
      hash: output.catalog.hash,
      dropped: output.dropped.length,
    };
  } catch (error) {
    if (!(error instanceof CatalogBuildError)) throw error;
    problems = error.problems;
  }
  if (problems.length === 0) return { output: { ok: true, ...summary } };
  return {
    output: { ok: false, problems },
    stderr: [`catalog is not sound: ${problems.length} problem(s), listed on stdout`],
    exitCode: 1,
  };
};

export const build: Command = (args) => {
  noArgs('build', args);
  try {
    const output = buildFromData();
    const files = renderFiles(output);
    const changed = staleFiles(files);
    writeFiles(files);
    return {
      output: { ok: true, projects: output.catalog.projects.length, hash: output.catalog.hash, changed },
      stderr: output.dropped.map((item) => `warning: seed line ${item.line}: dropped (${item.reason}) ${item.text}`),
    };
  } catch (error) {
    if (!(error instanceof CatalogBuildError)) throw error;
    return { output: { ok: false, problems: error.problems }, stderr: error.problems, exitCode: 1 };
  }
};

export const stats: Command = (args) => {
  noArgs('stats', args);
  return { output: catalogStats(bundledCatalog) };
};

export function catalogStats(catalog: Catalog) {
  const perCategory: Record<string, number> = {};
  for (const category of catalog.categories) {
    perCategory[category.name] = catalog.projects.filter((p) => p.categories.includes(category.id)).length;
  }
  const perStatus: Record<ProjectStatus, number> = { active: 0, maintenance: 0, archived: 0, 'dead-link': 0 };
  for (const project of catalog.projects) perStatus[project.status]++;
  return { projects: catalog.projects.length, categories: catalog.categories.length, perCategory, perStatus };
}
