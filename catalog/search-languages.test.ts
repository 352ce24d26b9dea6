import { describe, expect, it } from 'vitest';
import { createSearchIndex, search } from './search';
import { testProject } from './test-project';
import { normalizeText } from './text-normalize';
import type { Catalog, Project } from './types';

const project = (id: string, name: string, extra: Partial<Project> = {}): Project =>
  testProject(id, { name, categories: ['bus'], summary: { en: '' }, ...extra });

const catalogOf = (projects: Project[]): Catalog => ({
  version: 1,
  hash: 'test',
  categories: [{ id: 'bus', name: 'Service Bus', nameZh: '服务总线', heading: 'Service Bus' }],
  projects,
});

const ids = (hits: { project: Project }[]) => hits.map((hit) => hit.project.id);

describe('languages spelt with punctuation', () => {
  it.each([
    ['C#', 'csharp'],
    ['a C# port', 'a csharp port'],
    ['C++ and F#', 'cpp and fsharp'],
    ['Ｃ＃', 'csharp'], // full width
    ['C#写的', 'csharp 写的'],
    ['abc#', 'abc'], // after a letter it is no language
    ['c', 'c'],
  ])('%s -> %s', (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe('a language finds the projects written in it', () => {
  const index = createSearchIndex(
    catalogOf([
      project('cobalt', 'Cobalt', { language: 'C' }),
      project('courier', 'Courier', { language: 'C#' }),
      project('relay', 'Relay', { language: 'Go' }),
      project('hopper', 'Hopper', { keywords: ['erlang'] }),
    ]),
  );

  it('"c#" lists the C# project, not every name that starts with a "c"', () => {
    expect(ids(search(index, 'c#'))).toEqual(['courier']);
    expect(ids(search(index, 'C# service bus'))).toEqual(['courier']);
  });

  it('"go" and "golang" list the Go project; "golang" is no typo of "erlang"', () => {
    expect(ids(search(index, 'go'))[0]).toBe('relay');
    expect(ids(search(index, 'golang'))).toEqual(['relay']);
  });

  it('"f#" lists nothing rather than the C# project: "fsharp" is one letter from "csharp", another language', () => {
    expect(search(index, 'f#')).toEqual([]);
    expect(search(index, 'fsharp')).toEqual([]);
    expect(ids(search(index, 'csharp'))).toEqual(['courier']);
  });

  it('without a Go project, "golang" lists nothing rather than the Erlang one', () => {
    const noGo = createSearchIndex(catalogOf([project('hopper', 'Hopper', { keywords: ['erlang'] })]));
    expect(search(noGo, 'golang')).toEqual([]);
    expect(ids(search(noGo, 'erlang'))).toEqual(['hopper']);
  });
});
