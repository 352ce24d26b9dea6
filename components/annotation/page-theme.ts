// Which palette the annotation uses: GitHub's own theme when on GitHub, the docs site's
// apparent theme elsewhere. GitHub keeps it on <html>: data-color-mode = light | dark | auto,
// with data-light-theme / data-dark-theme naming the theme used in each mode (e.g. "dark_dimmed"),
// and auto following prefers-color-scheme.

import { readColour } from './css-colour';

export type Palette = 'light' | 'dark';

export interface ThemeAttributes {
  colorMode: string | null;
  lightTheme: string | null;
  darkTheme: string | null;
}

export function githubPalette(attrs: ThemeAttributes, prefersDark: boolean): Palette {
  const mode =
    attrs.colorMode === 'light' || attrs.colorMode === 'dark' ? attrs.colorMode : prefersDark ? 'dark' : 'light';
  const theme = mode === 'dark' ? (attrs.darkTheme ?? 'dark') : (attrs.lightTheme ?? 'light');
  // A user may pick any theme for either slot ("dark_dimmed" as the day theme): the name decides.
  return theme.startsWith('dark') ? 'dark' : 'light';
}

/** Relative luminance (0..1) of a computed colour (css-colour.ts), or undefined when mostly transparent or unreadable. */
export function luminance(color: string): number | undefined {
  const read = readColour(color);
  return read && read.alpha >= 0.5 ? read.luminance : undefined;
}

export interface DocsThemeHints {
  attributes: string[]; // data-theme, data-bs-theme, data-md-color-scheme, class of <html> and <body>
  backgrounds: string[]; // computed background colours of <body> and <html>
}

/**
 * A documentation site's palette: explicit dark-mode markers used by common generators
 * (Docusaurus data-theme, Bootstrap data-bs-theme, MkDocs Material "slate", Tailwind/VitePress
 * class "dark"), else the page's painted background, else the system preference.
 */
export function docsPalette(hints: DocsThemeHints, prefersDark: boolean): Palette {
  for (const value of hints.attributes) {
    const words = value.toLowerCase().split(/\s+/);
    if (words.includes('dark') || words.includes('slate')) return 'dark';
    if (words.includes('light') || words.includes('default')) return 'light';
  }
  for (const background of hints.backgrounds) {
    const l = luminance(background);
    if (l !== undefined) return l < 0.2 ? 'dark' : 'light';
  }
  return prefersDark ? 'dark' : 'light';
}
