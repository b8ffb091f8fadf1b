// The plain measure (src/output/width.ts) must give what string-width and wrap-ansi give, on
// every text it accepts; other text goes to the libraries.
import fc from 'fast-check';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  displayWidth,
  layout,
  libraryMeasure,
  plainMeasure,
  useLibraries,
  wrap,
} from '../../src/output/width.js';

/** Every BMP code point the plain measure accepts. */
const PLAIN_CODE_POINTS: number[] = [];
for (let cp = 0; cp <= 0xffff; cp++) {
  if (cp >= 0xd800 && cp <= 0xdfff) continue;
  try {
    plainMeasure.width(String.fromCodePoint(cp));
    PLAIN_CODE_POINTS.push(cp);
  } catch {
    // not plain
  }
}

describe('the plain measure', () => {
  it('accepts the letters, punctuation and blocks of the tables', () => {
    expect(PLAIN_CODE_POINTS.length).toBeGreaterThan(800);
    for (const s of ['Borlänge', 'Dalarnas län', 'Chișinău', '███░░', '·', '→', '…', '–', '✓', '32\u00a0106'])
      expect(() => plainMeasure.width(s)).not.toThrow();
  });

  it('accepts only code points string-width counts as one column, unchanged by NFC', () => {
    const wrong = PLAIN_CODE_POINTS.filter((cp) => {
      const s = String.fromCodePoint(cp);
      return stringWidth(s) !== 1 || s.normalize('NFC') !== s;
    });
    expect(wrong.map((cp) => cp.toString(16))).toEqual([]);
  });

  it.each([
    ['a combining mark', 'Borla\u0308nge'],
    ['CJK', '東京'],
    ['an emoji', '👨‍👩‍👧'],
    ['a zero-width joiner', 'a\u200db'],
    ['a colour code', '\u001b[1mx\u001b[22m'],
    ['a soft hyphen', 'a\u00adb'],
  ])('refuses %s (the libraries measure it)', (_, s) => {
    expect(() => plainMeasure.width(s)).toThrow();
  });

  const plainText = fc
    .array(fc.oneof(fc.constantFrom(...PLAIN_CODE_POINTS.filter((cp) => cp !== 0x20)), fc.constant(0x20)), {
      maxLength: 120,
    })
    .map((cps) =>
      String.fromCodePoint(...cps)
        .replace(/ +/g, ' ')
        .trim(),
    );

  it('measures as string-width does', () => {
    fc.assert(
      fc.property(plainText, (s) => {
        expect(plainMeasure.width(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000 },
    );
  });

  it('wraps as wrap-ansi does (hard, trim), long words and all', () => {
    fc.assert(
      fc.property(plainText, fc.integer({ min: 1, max: 40 }), (s, columns) => {
        expect(plainMeasure.wrap(s, columns)).toEqual(
          wrapAnsi(s, columns, { hard: true, trim: true }).split('\n'),
        );
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the libraries measure what the plain measure refuses', () => {
  beforeAll(useLibraries);

  it.each([
    ['Borlänge', 8],
    ['Borla\u0308nge', 8],
    ['東京', 4],
    ['👨‍👩‍👧', 2],
    ['a\u200db', 2],
    ['\u001b[1mBorlänge\u001b[22m', 8],
  ])('%s takes %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });

  it('wraps wide text without splitting a character', async () => {
    const m = await libraryMeasure();
    expect(m.wrap('東京 大阪 名古屋', 5)).toEqual(['東京', '大阪', '名古', '屋']);
    expect(wrap('a  b', 10)).toEqual(['a b']);
  });

  it('layout renders again with the libraries when the text needs them', async () => {
    expect(await layout(() => displayWidth('東京'))).toBe(4);
  });
});
