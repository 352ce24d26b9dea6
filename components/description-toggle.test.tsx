// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Project } from '@/catalog/types';
import { DescriptionToggle } from './description-toggle';
import { LocaleProvider } from './locale-context';

const thrift: Project = {
  id: 'apache-thrift',
  name: 'Apache Thrift',
  categories: ['rpc'],
  url: 'http://thrift.apache.org/',
  description: 'Thrift源于大名鼎鼎的facebook之手',
  descriptionLang: 'zh',
  summary: { en: 'Cross-language RPC and serialization' },
  keywords: [],
  status: 'active',
  examples: [],
};

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('DescriptionToggle', () => {
  it('in English shows the English summary and reveals the Chinese description on click', () => {
    render(<DescriptionToggle project={thrift} />);
    expect(screen.getByText('Cross-language RPC and serialization')).toBeTruthy();
    const hidden = screen.getByText('Thrift源于大名鼎鼎的facebook之手');
    expect(hidden.hidden).toBe(true);
    expect(hidden.getAttribute('lang')).toBe('zh-CN');
    const button = screen.getByRole('button', { name: 'Show Chinese description' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(button.getAttribute('aria-controls')).toBe(hidden.id);
    fireEvent.click(button);
    expect(hidden.hidden).toBe(false);
    expect(screen.getByRole('button', { name: 'Hide Chinese description' }).getAttribute('aria-expanded')).toBe('true');
  });

  it('in Chinese (language setting) shows the seed text as it is and offers the English summary', async () => {
    // The browser says English; the setting must win.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('en-US');
    await fakeBrowser.storage.local.set({ settings: { language: 'zh_CN' } });
    render(
      <LocaleProvider>
        <DescriptionToggle project={thrift} />
      </LocaleProvider>,
    );
    const button = await waitFor(() => screen.getByRole('button', { name: '显示英文简介' }));
    expect(screen.getByText('Thrift源于大名鼎鼎的facebook之手').hidden).toBe(false);
    expect(screen.getByText('Cross-language RPC and serialization').hidden).toBe(true);
    fireEvent.click(button);
    expect(screen.getByText('Cross-language RPC and serialization').hidden).toBe(false);
  });
});
