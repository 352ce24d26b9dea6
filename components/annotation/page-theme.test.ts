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

describe('luminance of colours Chromium computes in other notations', () => {
  // A colour written as oklch() (Tailwind 4's palette), lab() or color-mix() keeps that notation
  // in getComputedStyle: "oklch(0.985 0.002 247.839)" is Tailwind's gray-50, a light page.
  it.each([
    ['oklch(0.985 0.002 247.839)', 'light'], // gray-50
    ['oklch(1 0 0)', 'light'],
    ['oklch(0.13 0.028 261.692)', 'dark'], // gray-950
    ['oklab(0.21 -0.01 -0.03)', 'dark'],
    ['lab(98 0 0)', 'light'],
    ['lch(10 20 270)', 'dark'],
    ['color(srgb 0.96 0.97 0.98)', 'light'],
    ['color(srgb 0.05 0.06 0.08)', 'dark'],
    ['color(display-p3 0.1 0.1 0.12)', 'dark'],
  ])('%s is %s, whatever the system says', (colour, palette) => {
    const other = palette === 'light';
    expect(docsPalette({ attributes: [], backgrounds: [colour] }, other)).toBe(palette);
  });

  it('reads their alpha after a slash', () => {
    expect(luminance('oklch(0.985 0.002 247.839 / 0.3)')).toBeUndefined();
    expect(luminance('color(srgb 1 1 1 / 0)')).toBeUndefined();
    expect(luminance('oklch(1 0 0 / 0.9)')).toBeCloseTo(1);
    expect(luminance('color(srgb 0.5 0.5 0.5)')).toBeCloseTo(0.214, 2);
  });

  it('gives none for a notation it does not know', () => {
    expect(luminance('hwb(0 100% 0%)')).toBeUndefined();
    expect(luminance('oklch(none none none)')).toBeUndefined();
  });
});
