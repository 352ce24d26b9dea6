import { describe, expect, it } from 'vitest';
import { testProject } from '@/catalog/test-project';
import type { Project } from '@/catalog/types';
import { projectDescription } from './project-description';

function project(overrides: Partial<Project>): Project {
  return testProject('p', {
    name: 'P',
    categories: ['rpc'],
    url: 'https://example.org/',
    summary: { en: 'English summary' },
    ...overrides,
  });
}

const thrift = project({
  description: 'Thrift源于大名鼎鼎的facebook之手',
  descriptionLang: 'zh',
  summary: { en: 'Cross-language RPC and serialization', zh: '跨语言 RPC 与序列化框架' },
});

describe('projectDescription', () => {
  it('shows a Chinese seed description as it is in the Chinese UI, English summary behind the toggle', () => {
    expect(projectDescription(thrift, 'zh')).toEqual({
      primary: { text: 'Thrift源于大名鼎鼎的facebook之手', lang: 'zh' },
      other: { text: 'Cross-language RPC and serialization', lang: 'en' },
    });
  });

  it('shows the English summary in the English UI, the Chinese seed description behind the toggle', () => {
    expect(projectDescription(thrift, 'en')).toEqual({
      primary: { text: 'Cross-language RPC and serialization', lang: 'en' },
      other: { text: 'Thrift源于大名鼎鼎的facebook之手', lang: 'zh' },
    });
  });

  it('shows an English seed description in the English UI and the Chinese summary behind the toggle', () => {
    const avro = project({
      description: 'Apache Avro is a data serialization system.',
      summary: { en: 'Avro', zh: '数据序列化' },
    });
    expect(projectDescription(avro, 'en')).toEqual({
      primary: { text: 'Apache Avro is a data serialization system.', lang: 'en' },
      other: { text: '数据序列化', lang: 'zh' },
    });
    expect(projectDescription(avro, 'zh')).toEqual({
      primary: { text: '数据序列化', lang: 'zh' },
      other: { text: 'Apache Avro is a data serialization system.', lang: 'en' },
    });
  });

  it('prefers the one-line summary when asked (compact lists)', () => {
    expect(projectDescription(thrift, 'zh', 'summary').primary).toEqual({
      text: '跨语言 RPC 与序列化框架',
      lang: 'zh',
    });
  });

  it('falls back to English without a toggle when there is no Chinese text at all', () => {
    const json = project({ description: 'JSON is a lightweight data-interchange format.' });
    expect(projectDescription(json, 'zh')).toEqual({
      primary: { text: 'JSON is a lightweight data-interchange format.', lang: 'en' },
    });
  });

  it('offers no toggle when both sides would say the same thing', () => {
    const bare = project({ description: '', summary: { en: 'Same' } });
    expect(projectDescription(bare, 'en')).toEqual({ primary: { text: 'Same', lang: 'en' } });
  });
});
