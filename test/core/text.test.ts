import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold, normalize } from '../../src/core/text.js';

// The Unicode path of normalize/fold, kept here as the reference the ASCII fast path must match.
const slowNormalize = (s: string) =>
  s
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .trim();

describe('normalize and fold on plain ASCII', () => {
  const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) });
  it('match the Unicode path', () => {
    fc.assert(
      fc.property(ascii, (s) => {
        expect(normalize(s)).toBe(slowNormalize(s));
        expect(fold(s)).toBe(slowNormalize(s));
      }),
      { numRuns: 5000 },
    );
  });

  it.each([
    ['  Borlänge  Kommun ', 'borlänge kommun'],
    ['Kamianets`Podilskyi', "kamianets'podilskyi"],
    ['ÅRE', 'åre'],
  ])('normalize(%j) = %j', (input, expected) => {
    expect(normalize(input)).toBe(expected);
  });
});
