import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withinTypos } from './typo-distance';

/** Optimal string alignment distance, written out in full: the reference withinTypos must agree with. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[a.length][b.length];
}

describe('withinTypos', () => {
  it.each([
    ['rabbitmq', 'rabbitmq', 0, true],
    ['rabitmq', 'rabbitmq', 1, true], // a letter left out
    ['rabbitqm', 'rabbitmq', 1, true], // two letters swapped
    ['nginix', 'nginx', 1, true], // one too many
    ['distribted', 'distributed', 1, true],
    ['redis', 'reduces', 1, false], // the start of a longer word is not a typo of it
    ['nats', 'native', 1, false],
    ['pulsar', 'popular', 2, false], // nor is a word found inside another
    ['grpc', 'rpc', 0, false],
  ])('%s and %s within %i: %s', (a, b, max, expected) => {
    expect(withinTypos(a, b, max)).toBe(expected);
    expect(withinTypos(b, a, max)).toBe(expected);
  });

  it('agrees with the full distance for any two words and any allowance', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        expect(withinTypos(a, b, max)).toBe(distance(a, b) <= max);
      }),
      { numRuns: 2000 },
    );
  });
});
