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

/** An import file (the schema caps names at 200 characters; the catalog's name is what shows) favouriting `ids`. */
export function favouritesFile(ids: readonly string[]): string {
  const addedAt = '2026-01-31T12:00:00.000Z';
  return JSON.stringify({
    format: 'archscout',
    version: 1,
    exportedAt: addedAt,
    favourites: ids.map((id) => ({ id, name: id, addedAt, tags: [] })),
  });
}

export interface NameBox {
  height: number;
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
    return {
      height: el.getBoundingClientRect().height,
      lineHeight,
      scrollHeight: el.scrollHeight,
      clientHeight: el.clientHeight,
      title: el.getAttribute('title'),
    };
  });
}

/** The box shows exactly `lines` lines of the name, clips the rest, and its title holds all of it. */
export async function expectClamped(box: Locator, lines: number, fullName: string): Promise<void> {
  const m = await measureName(box);
  expect(
    m.height / m.lineHeight,
    `the name shows ${lines} lines (${m.height}px at ${m.lineHeight}px a line)`,
  ).toBeCloseTo(lines, 1);
  expect(m.scrollHeight, 'the rest of the name is clipped').toBeGreaterThan(m.clientHeight + m.lineHeight);
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
