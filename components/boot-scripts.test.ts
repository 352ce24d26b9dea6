// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { keepEarlyTyping } from './early-typing';
import { applyCachedTheme, THEME_CACHE_KEY } from './theme-boot';

afterEach(() => {
  localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  document.body.replaceChildren();
});

describe('applyCachedTheme', () => {
  it('applies a cached light or dark choice and ignores anything else', () => {
    applyCachedTheme();
    expect(document.documentElement.dataset.theme).toBeUndefined();
    localStorage.setItem(THEME_CACHE_KEY, 'dark');
    applyCachedTheme();
    expect(document.documentElement.dataset.theme).toBe('dark');
    document.documentElement.removeAttribute('data-theme');
    localStorage.setItem(THEME_CACHE_KEY, '<img src=x>');
    applyCachedTheme();
    expect(document.documentElement.dataset.theme).toBeUndefined();
  });
});

describe('keepEarlyTyping', () => {
  const key = (k: string, init: KeyboardEventInit = {}) =>
    document.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, ...init }));

  it('collects letters before the field exists and hands them over, with focus, once the page is parsed', () => {
    keepEarlyTyping('early');
    key('r');
    key('a');
    key('x');
    key('Backspace');
    key('Shift'); // not a letter
    key('c', { ctrlKey: true }); // a shortcut, not typing
    key('b');
    const field = document.createElement('input');
    field.id = 'early';
    field.value = 'r'; // what the field took natively, if anything
    document.body.append(field);
    document.dispatchEvent(new Event('readystatechange'));
    expect(field.value).toBe('rrab');
    expect(document.activeElement).toBe(field);
    key('z'); // from now on the field types natively: nothing is collected twice
    document.dispatchEvent(new Event('readystatechange'));
    expect(field.value).toBe('rrab');
  });
});
