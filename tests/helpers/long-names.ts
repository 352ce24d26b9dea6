// Helpers for tests/e2e/long-names.spec.ts (issue #9): a catalog whose projects carry 10,000-
// character names (unbroken, with spaces, in Chinese), and checks on how a name box shows them.
import type { Locator } from '@playwright/test';
import { testProject } from '../../catalog/test-project';
import type { Catalog, Project } from '../../catalog/types';
import { expect } from './test';

const LENGTH = 10_000;
/** Every long project and RabbitMQ carry this keyword, so one search lists them together. */
export const KEYWORD = 'longname';

export const LONG_NAMES = {
  unbroken: 'Q'.repeat(LENGTH), // no break opportunity at all: only overflow-wrap breaks it
  spaced: 'Longer name '.repeat(Math.ceil(LENGTH / 12)).slice(0, LENGTH), // ends in "Long", no trailing space
  chinese: '很长的项目名称'.repeat(Math.ceil(LENGTH / 7)).slice(0, LENGTH),
} as const;

export type LongNameKind = keyof typeof LONG_NAMES;

export const longId = (kind: LongNameKind) => `long-${kind}`;

function longProject(kind: LongNameKind): Project {
  return testProject(longId(kind), {
    name: LONG_NAMES[kind],
    categories: ['message-queue'],
    url: `https://example.org/${kind}`,
    summary: { en: `A project whose name is ${LENGTH} characters long`, zh: `名称长达 ${LENGTH} 个字符的项目` },
    keywords: [KEYWORD],
  });
}

/**
 * The real catalog with the long-named projects first (catalog order decides among equals, so
 * RabbitMQ's alternatives and recommendations list them early), under a new hash as an update
 * would have; RabbitMQ gets the keyword too.
 */
export function longNamesCatalog(real: Catalog): Catalog {
  const projects = real.projects.map((p) => (p.id === 'rabbitmq' ? { ...p, keywords: [...p.keywords, KEYWORD] } : p));
  const kinds = Object.keys(LONG_NAMES) as LongNameKind[];
  return { ...real, hash: `long-names-${real.hash}`, projects: [...kinds.map(longProject), ...projects] };
}

/**
 * The real catalog with some of its projects renamed (`names`: id -> name), under a new hash.
 * The ids stay real, so the background (which keeps its own, real copy) knows them: favourites
 * are not orphans and visits are recorded, while the pages show the installed names.
 */
export function renamedCatalog(real: Catalog, names: Readonly<Record<string, string>>): Catalog {
  return {
    ...real,
    hash: `renamed-${real.hash}`,
    projects: real.projects.map((p) => (names[p.id] === undefined ? p : { ...p, name: names[p.id] })),
  };
}

/** Notes as long as a favourite can hold (1,000 characters, catalog/store/favourite-fields.ts). */
export const LONG_NOTES = {
  unbroken: 'N'.repeat(1000),
  lines: 'a line\n'.repeat(143).trim(), // 143 short lines: tall through line breaks alone
} as const;

/**
 * An import file favouriting `ids` (the schema caps names at 200 characters; the catalog's name
 * is what shows), with a note for the ids in `notes`.
 */
export function favouritesFile(ids: readonly string[], notes: Readonly<Record<string, string>> = {}): string {
  const addedAt = '2026-01-31T12:00:00.000Z';
  return JSON.stringify({
    format: 'archscout',
    version: 1,
    exportedAt: addedAt,
    favourites: ids.map((id) => ({ id, name: id, addedAt, tags: [], note: notes[id] })),
  });
}

export interface NameBox {
  height: number; // of the content box: padding and border left out (a note has padding)
  lineHeight: number;
  scrollHeight: number;
  clientHeight: number;
  title: string | null;
}

/** How a name's box is laid out (works through open shadow roots, as locators do). */
export async function measureName(box: Locator): Promise<NameBox> {
  return box.evaluate((el) => {
    const style = getComputedStyle(el);
    const lineHeight = Number.parseFloat(style.lineHeight) || Number.parseFloat(style.fontSize) * 1.2;
    const edges = ['paddingTop', 'paddingBottom', 'borderTopWidth', 'borderBottomWidth'] as const;
    return {
      height: el.getBoundingClientRect().height - edges.reduce((sum, edge) => sum + Number.parseFloat(style[edge]), 0),
      lineHeight,
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      title: el.getAttribute('title'),
    };
  });
}

/** The box shows exactly `lines` lines of its text and clips the rest; returns what it measured. */
export async function expectClampedLines(box: Locator, lines: number): Promise<NameBox> {
  const m = await measureName(box);
  expect(
    m.height / m.lineHeight,
    `the text shows ${lines} lines (${m.height}px at ${m.lineHeight}px a line)`,
  ).toBeCloseTo(lines, 1);
  expect(m.scrollHeight, 'the rest of the text is clipped').toBeGreaterThan(m.clientHeight + m.lineHeight);
  return m;
}

/** The box shows exactly `lines` lines of the name, clips the rest, and its title holds all of it. */
export async function expectClamped(box: Locator, lines: number, fullName: string): Promise<void> {
  const m = await expectClampedLines(box, lines);
  // Booleans, not the strings: a failure message with two 10 KB names in it helps nobody.
  expect(m.title === fullName, `the title holds the whole name (it has ${m.title?.length ?? 'no'} characters)`).toBe(
    true,
  );
}

/** The element's accessible name matches `expected` (reported without dumping 10 KB names). */
export async function expectAccessibleName(element: Locator, expected: string | RegExp, what: string): Promise<void> {
  const matched = await expect(element)
    .toHaveAccessibleName(expected)
    .then(() => true)
    .catch(() => false);
  expect(matched, `${what}: the accessible name holds the whole name`).toBe(true);
}

/** An ordinary name is not clamped: all of it shows, on `lines` lines. */
export async function expectWhole(box: Locator, lines = 1): Promise<void> {
  const m = await measureName(box);
  expect(m.scrollHeight, 'nothing of the name is clipped').toBe(m.clientHeight);
  expect(m.height / m.lineHeight, `the name takes ${lines} line(s)`).toBeCloseTo(lines, 1);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A RegExp matching text that starts with `text`. */
export const startingWith = (text: string): RegExp => new RegExp(`^${escapeRegExp(text)}`);

/** A RegExp matching text that contains `text`. */
export const containing = (text: string): RegExp => new RegExp(escapeRegExp(text));
