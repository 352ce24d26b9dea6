// A deterministic catalog of any size grown from the real one, for the search and
// URL-matching benchmarks (issue #8) and the 50,000-project search test. The real
// projects come first and unchanged; the rest look like the long tail of a real
// list: invented names, plugins and forks of real projects ("RabbitMQ Exporter"),
// descriptions made of sentences from the seed, some in Chinese.

import { seededRandom } from './seeded-random';
import type { Catalog, Lang, Project, ProjectStatus } from './types';

const SYLLABLES = [
  'ka',
  'lo',
  'ver',
  'tra',
  'zen',
  'mi',
  'dor',
  'qua',
  'sel',
  'nox',
  'ri',
  'pha',
  'tun',
  'gel',
  'bri',
  'os',
  'cy',
  'mar',
  'ul',
  'fen',
];
const SUFFIXES = [
  'MQ',
  'DB',
  'FS',
  'Proxy',
  'Bus',
  'RPC',
  'Mesh',
  'Kit',
  'Hub',
  'Flow',
  'Store',
  'Gate',
  'Cache',
  'Sync',
  'Grid',
];
const MODIFIERS = [
  'Exporter',
  'Dashboard',
  'Operator',
  'Client',
  'Adapter',
  'Lite',
  'Plus',
  'Bridge',
  'Monitor',
  'Helm Chart',
];
const ADJECTIVES = [
  'Lightweight',
  'Fast',
  'Embeddable',
  'Cloud-native',
  'Minimal',
  'Reliable',
  'Pluggable',
  'Scalable',
];
const AUDIENCES = [
  'for Go services',
  'for the JVM',
  'for .NET',
  'written in Rust',
  'for Python apps',
  'for Kubernetes',
];
const STATUSES: [ProjectStatus, number][] = [
  ['active', 0.8],
  ['maintenance', 0.1],
  ['archived', 0.05],
  ['dead-link', 0.05],
];

export function syntheticCatalog(base: Catalog, size: number, seed = 1): Catalog {
  if (size <= base.projects.length) return { ...base, projects: base.projects.slice(0, Math.max(0, size)) };
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const sentences = sentencePools(base);
  const categoriesById = new Map(base.categories.map((c) => [c.id, c]));
  const projects: Project[] = [...base.projects];

  for (let n = 0; projects.length < size; n++) {
    const template = pick(base.projects);
    const name = inventName(template, random, pick);
    const slug =
      name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'project';
    const id = `syn-${n}-${slug}`;
    const owner = `syn${n % 997}`;
    const lang: Lang = random() < 0.1 && sentences.zh.length > 0 ? 'zh' : 'en';
    const pool = lang === 'zh' ? sentences.zh : sentences.en;
    const category = categoriesById.get(template.categories[0]);
    const what = category ? category.name.toLowerCase() : 'distributed systems';
    projects.push({
      id,
      name,
      categories: [...template.categories],
      url: `https://github.com/${owner}/${slug}-${n}`,
      repo: `${owner}/${slug}-${n}`,
      description: Array.from({ length: 1 + Math.floor(random() * 2) }, () => pick(pool)).join(' '),
      descriptionLang: lang,
      summary: {
        en: `${pick(ADJECTIVES)} ${what} tool ${pick(AUDIENCES)}`,
        ...(category && random() < 0.3 ? { zh: `轻量的${category.nameZh}工具` } : {}),
      },
      keywords: random() < 0.3 ? [inventWord(random, pick)] : [],
      status: weighted(STATUSES, random()),
      examples: [`https://github.com/${owner}/${slug}-${n}`],
    });
  }
  return { ...base, hash: `${base.hash}-synthetic-${size}-${seed}`, projects };
}

type Pick = <T>(items: readonly T[]) => T;

function inventWord(random: () => number, pick: Pick): string {
  const length = 2 + Math.floor(random() * 2);
  const word = Array.from({ length }, () => pick(SYLLABLES)).join('');
  return word[0].toUpperCase() + word.slice(1);
}

function inventName(template: Project, random: () => number, pick: Pick): string {
  const roll = random();
  if (roll < 0.5) return `${inventWord(random, pick)}${random() < 0.5 ? ' ' : ''}${pick(SUFFIXES)}`;
  if (roll < 0.75) return `${template.name} ${pick(MODIFIERS)}`;
  return `${inventWord(random, pick)} ${inventWord(random, pick)}`;
}

function sentencePools(base: Catalog): { en: string[]; zh: string[] } {
  const en: string[] = [];
  const zh: string[] = [];
  for (const project of base.projects) {
    if (project.descriptionLang === 'zh')
      zh.push(...project.description.split(/(?<=[。！？])/).filter((s) => s.trim()));
    else en.push(...project.description.split(/(?<=\.)\s+/).filter((s) => s.length > 20));
  }
  if (en.length === 0) en.push('A distributed systems project.');
  return { en, zh };
}

function weighted<T>(choices: [T, number][], roll: number): T {
  let total = 0;
  for (const [value, weight] of choices) {
    total += weight;
    if (roll < total) return value;
  }
  return choices[choices.length - 1][0];
}
