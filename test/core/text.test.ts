import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSv, editDistance, fold, nearest, normalize, orList } from '../../src/core/text.js';

describe('normalize and fold', () => {
  it.each([
    { input: '  Borlänge  kommun ', normalized: 'borlänge kommun', folded: 'borlange kommun' },
    { input: 'Ha\u030abo', normalized: 'håbo', folded: 'habo' },
    { input: 'Chișinău', normalized: 'chișinău', folded: 'chisinau' },
    { input: 'Murang’a', normalized: "murang'a", folded: "murang'a" },
    { input: 'Kamianets–Podilskyi', normalized: 'kamianets-podilskyi', folded: 'kamianets-podilskyi' },
    { input: 'Helsingør', normalized: 'helsingør', folded: 'helsingor' },
  ])('$input', ({ input, normalized, folded }) => {
    expect(normalize(input)).toBe(normalized);
    expect(fold(input)).toBe(folded);
  });

  it.each(['refugees', 'ke', 'local democracy', 'Kenya', 'a  b', ' ab', 'ab ', 'a\tb', 'don`t'])(
    'returns a normal key as given and mends the rest: %j',
    (input) =>
      expect(normalize(input)).toBe(input.toLowerCase().replace(/\s+/g, ' ').trim().replace(/`/g, "'")),
  );

  it('takes the shortcut for normal keys only: the same result as the whole way', () => {
    // The whole way for ASCII, as normalize() did before it returned normal keys as they are.
    const whole = (s: string) =>
      s.normalize('NFC').replace(/[`]/g, "'").toLocaleLowerCase('sv').replace(/\s+/g, ' ').trim();
    const ascii = fc.string({ unit: fc.constantFrom(..."aZ09 -_\t`'.,/()".split('')), maxLength: 12 });
    fc.assert(fc.property(ascii, (s) => normalize(s) === whole(s)));
  });
});

describe('editDistance', () => {
  it.each([
    ['kenya', 'kenia', 1],
    ['tblisi', 'tbilisi', 1],
    ['refugess', 'refugees', 1],
    ['', 'abc', 3],
    ['same', 'same', 0],
    ['narnia', 'namibia', 3],
  ])('%s ~ %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));
});

describe('nearest', () => {
  it('offers close ids only, closest first', () => {
    expect(nearest('refugess', ['refugees', 'youth', 'refugee-camps'])).toEqual(['refugees']);
    expect(nearest('zzzzzz', ['refugees', 'youth'])).toEqual([]);
  });
});

describe('Swedish collation', () => {
  it('sorts Å, Ä, Ö after Z, in that order', () => {
    expect(['Örebro', 'Ale', 'Åre', 'Älmhult', 'Zero'].sort(compareSv)).toEqual([
      'Ale',
      'Zero',
      'Åre',
      'Älmhult',
      'Örebro',
    ]);
  });
});

describe('orList', () => {
  it.each([
    [[], ''],
    [['a'], '"a"'],
    [['a', 'b'], '"a" or "b"'],
    [['a', 'b', 'c'], '"a", "b" or "c"'],
  ])('%j', (items, out) => expect(orList(items)).toBe(out));
});

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
