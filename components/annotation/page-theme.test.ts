import { describe, expect, it } from 'vitest';
import { docsPalette, githubPalette, luminance } from './page-theme';

describe('githubPalette', () => {
  const attrs = (colorMode: string | null, lightTheme: string | null = 'light', darkTheme: string | null = 'dark') => ({
    colorMode,
    lightTheme,
    darkTheme,
  });

  it.each([
    // [data-color-mode, light theme, dark theme, system prefers dark, expected]
    ['light', 'light', 'dark', true, 'light'],
    ['dark', 'light', 'dark', false, 'dark'],
    ['auto', 'light', 'dark', false, 'light'],
    ['auto', 'light', 'dark', true, 'dark'],
    ['dark', 'light', 'dark_dimmed', false, 'dark'],
    ['light', 'light_high_contrast', 'dark', true, 'light'],
    // A dark theme chosen for the day slot is still dark.
    ['light', 'dark_dimmed', 'dark', false, 'dark'],
    // Missing attributes (not a GitHub page, or an old one): the system decides.
    [null, null, null, true, 'dark'],
    [null, null, null, false, 'light'],
  ] as const)('mode %s (day %s, night %s, prefers dark %s) -> %s', (mode, light, dark, prefersDark, expected) => {
    expect(githubPalette(attrs(mode, light, dark), prefersDark)).toBe(expected);
  });
});

describe('docsPalette', () => {
  it('honours explicit dark-mode markers of common doc generators', () => {
    expect(docsPalette({ attributes: ['dark'], backgrounds: ['rgb(255, 255, 255)'] }, false)).toBe('dark');
    expect(docsPalette({ attributes: ['slate'], backgrounds: [] }, false)).toBe('dark');
    expect(docsPalette({ attributes: ['nav-open dark'], backgrounds: [] }, false)).toBe('dark');
    expect(docsPalette({ attributes: ['light'], backgrounds: ['rgb(0, 0, 0)'] }, true)).toBe('light');
  });

  it('falls back to the painted background, then to the system preference', () => {
    expect(docsPalette({ attributes: [], backgrounds: ['rgb(27, 27, 29)'] }, false)).toBe('dark');
    expect(docsPalette({ attributes: [], backgrounds: ['rgb(250, 250, 250)'] }, true)).toBe('light');
    expect(docsPalette({ attributes: [], backgrounds: ['rgba(0, 0, 0, 0)', 'rgb(13, 17, 23)'] }, false)).toBe('dark');
    expect(docsPalette({ attributes: [], backgrounds: ['rgba(0, 0, 0, 0)'] }, true)).toBe('dark');
    expect(docsPalette({ attributes: [], backgrounds: [] }, false)).toBe('light');
  });
});

describe('luminance', () => {
  it('reads rgb() and ignores transparent or unreadable colours', () => {
    expect(luminance('rgb(255, 255, 255)')).toBeCloseTo(1);
    expect(luminance('rgb(0, 0, 0)')).toBe(0);
    expect(luminance('rgba(0, 0, 0, 0)')).toBeUndefined();
    expect(luminance('transparent')).toBeUndefined();
  });
});
