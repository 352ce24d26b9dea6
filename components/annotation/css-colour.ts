// A computed CSS colour read as its relative luminance and alpha, to tell a light page from a
// dark one. getComputedStyle keeps the notation a colour was written in: "rgb(r, g, b)" or
// "rgba(r, g, b, a)" for hex, names and rgb(), but "oklch(L C H)" for oklch() (Tailwind 4's whole
// palette), likewise oklab(), lab() and lch(), and "color(srgb r g b)" for color() and what
// color-mix() gives; each with " / a" for an alpha. Read as rgb, "oklch(0.985 0.002 247.839)"
// (a near-white grey) came out dark.

export interface ReadColour {
  luminance: number; // 0 (black) .. 1 (white)
  alpha: number; // 0 (transparent) .. 1 (opaque)
}

const linear = (s: number) => (s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4);
/** Relative luminance of gamma-encoded RGB channels in 0..1 (WCAG). */
const ofRgb = (r: number, g: number, b: number) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
/** CIE lightness L* (0..100) as luminance. */
const ofLabLightness = (l: number) => (l > 8 ? ((l + 16) / 116) ** 3 : l / 903.3);

function luminanceOf(notation: string, space: string | undefined, [a = 0, b = 0, c = 0]: number[]): number | undefined {
  switch (notation) {
    case 'rgb':
    case 'rgba':
      return ofRgb(a / 255, b / 255, c / 255);
    case 'color':
      if (space === 'srgb-linear') return 0.2126 * a + 0.7152 * b + 0.0722 * c;
      if (space?.startsWith('xyz')) return b; // Y is the luminance
      return ofRgb(a, b, c); // srgb; display-p3 and other RGB spaces read as sRGB: near enough for light or dark
    case 'oklab':
    case 'oklch':
      return a ** 3; // OKLab's lightness is the cube root of luminance (exactly so for greys)
    case 'lab':
    case 'lch':
      return ofLabLightness(a);
    default:
      return undefined; // hwb() and anything newer: not read rather than misread
  }
}

/** The colour's luminance and alpha, or undefined when it is no colour this can read ("transparent" is none). */
export function readColour(text: string): ReadColour | undefined {
  const match = /^([a-z]+)\((.*)\)$/.exec(text.trim().toLowerCase());
  if (!match) return undefined;
  const [, notation = '', body = ''] = match;
  const [channels = '', slashAlpha] = body.split('/');
  const tokens = channels.split(/[\s,]+/).filter(Boolean);
  const space = notation === 'color' ? tokens.shift() : undefined;
  // rgba(r, g, b, a): the legacy notation puts the alpha fourth, not after a slash.
  const alphaText = slashAlpha ?? (tokens.length === 4 ? tokens.pop() : undefined);
  const values = tokens.map(Number); // "none" and percentages are NaN: not read
  const alpha = alphaText === undefined ? 1 : Number(alphaText);
  if (values.length !== 3 || !values.every(Number.isFinite) || !Number.isFinite(alpha)) return undefined;
  const luminance = luminanceOf(notation, space, values);
  if (luminance === undefined || !Number.isFinite(luminance)) return undefined;
  return { luminance: Math.min(1, Math.max(0, luminance)), alpha: Math.min(1, Math.max(0, alpha)) };
}
