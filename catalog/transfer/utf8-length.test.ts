import { describe, expect, it } from 'vitest';
import { utf8Length } from './utf8-length';

const encoded = (text: string) => new TextEncoder().encode(text).length;

describe('utf8Length', () => {
  // 16,384 code units are counted per step: these put pairs, lone halves and wide characters on
  // both sides of a step's end, where a pair split in two would count 6 bytes instead of 4.
  const pad = (n: number) => 'a'.repeat(n);
  const cases: [string, string][] = [
    ['empty', ''],
    ['ASCII', 'hello'],
    ['two- and three-byte characters', 'é中文ß'],
    ['a pair (emoji)', '😀'],
    ['a lone high surrogate', '\ud83d'],
    ['a lone low surrogate', '\ude00x'],
    ['a high surrogate ending the text', 'ab\ud83d'],
    ['reversed halves', '\ude00\ud83d'],
    ['a pair across the first step', `${pad(16_383)}😀tail`],
    ['a pair ending the first step', `${pad(16_382)}😀tail`],
    ['a lone high surrogate ending the first step', `${pad(16_383)}\ud83dx`],
    ['a lone high surrogate ending the text at the step', `${pad(16_383)}\ud83d`],
    ['Chinese across several steps', '负载均衡'.repeat(20_000)],
    ['pairs across several steps', `${pad(1)}${'😀'.repeat(40_000)}`],
    ['control characters', '\u0000\u0001\u007f\u0080\u07ff\u0800\uffff'],
  ];
  it.each(cases)('%s: as many bytes as TextEncoder writes', (_name, text) => {
    expect(utf8Length(text)).toBe(encoded(text));
  });
});
