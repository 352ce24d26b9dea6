// Test data only: a minimal valid Project, so unit tests state just the fields they are about.
import type { Project } from './types';

export function testProject(id: string, overrides: Partial<Project> = {}): Project {
  return {
    id,
    name: id,
    categories: [],
    url: `https://example.org/${id}`,
    description: '',
    descriptionLang: 'en',
    summary: { en: id },
    keywords: [],
    status: 'active',
    examples: [],
    ...overrides,
  };
}
