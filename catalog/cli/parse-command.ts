// parse <file.md>: any awesome list, with the parser the build uses.
import { parseAwesomeList } from '../parse-awesome-list';
import { single } from './args';
import { readTextFile } from './read-text-file';
import type { Command } from './result';

export const parse: Command = (args) => {
  const path = single('parse', 'file.md', args);
  const { categories, entries, dropped } = parseAwesomeList(readTextFile(path));
  return {
    output: {
      categories,
      projects: entries.map(({ name, url, category, parent }) =>
        parent === undefined ? { name, url, category } : { name, url, category, parent },
      ),
    },
    // Dropped links are reported, never kept (issue #3); stdout stays pure JSON.
    stderr: dropped.map(
      (item) => `warning: line ${item.line}: dropped ${item.reason}${item.url ? ` ${item.url}` : ''} (${item.text})`,
    ),
  };
};
