import { describe, expect, it } from 'vitest';
import { testProject } from '@/catalog/test-project';
import type { Project } from '@/catalog/types';
import { projectUrl } from './project-url';

const base: Project = testProject('x', { name: 'X', categories: ['message-queue'], url: 'http://seed.example/' });

describe('projectUrl', () => {
  it.each([
    ['homepage', { homepage: 'https://h.example/', repo: 'o/r' }, 'https://h.example/'],
    ['repository', { homepage: 'https://h.example/', repo: 'o/r' }, 'https://github.com/o/r'],
    ['repository', { homepage: 'https://h.example/' }, 'https://h.example/'],
    ['homepage', { repo: 'o/r' }, 'https://github.com/o/r'],
    ['homepage', {}, 'http://seed.example/'],
    ['repository', {}, 'http://seed.example/'],
  ] as const)('%s with %j -> %s', (target, extra, expected) => {
    expect(projectUrl({ ...base, ...extra }, target)).toBe(expected);
  });
});
