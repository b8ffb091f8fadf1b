// The plain measure (src/output/width.ts) must give what string-width and wrap-ansi give, on
// every text it accepts; other text goes to the libraries.
import fc from 'fast-check';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  displayWidth,
  fill,
  layout,
  libraryMeasure,
  plainMeasure,
  useLibraries,
  wrap,
  wrapHanging,
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

  it('wraps a hanging indent as wrapping twice does (the lines after the first again, narrower)', () => {
    fc.assert(
      fc.property(
        plainText,
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        (s, columns, hang) => {
          const [first = '', ...rest] = wrap(s, columns);
          expect(wrapHanging(s, columns, hang)).toEqual(
            rest.length ? [first, ...wrap(rest.join(' '), hang)] : [first],
          );
        },
      ),
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
    // A hanging indent: the lines after the first wrapped again, narrower (大阪 名古 屋 at 4).
    expect(wrapHanging('東京 大阪 名古屋', 5, 4)).toEqual(['東京', '大阪', '名古', '屋']);
  });

  it('layout renders again with the libraries when the text needs them', async () => {
    expect(await layout(() => displayWidth('東京'))).toBe(4);
  });
});

describe('fill: lines of a width with a hanging indent, URLs whole', () => {
  const URL = 'https://example.org/a/long/path/to/a/page';
  it.each<{ name: string; text: string; width: number; indent?: string; hang?: string; lines: string[] }>([
    { name: 'fits', text: 'a b c', width: 5, lines: ['a b c'] },
    { name: 'breaks at spaces', text: 'aa bb cc', width: 5, lines: ['aa bb', 'cc'] },
    {
      name: 'indents the first line and hangs the rest',
      text: 'Label: one two three four',
      width: 16,
      indent: '  ',
      hang: '    ',
      lines: ['  Label: one two', '    three four'],
    },
    { name: 'runs of white space are one', text: ' a \n\t b ', width: 9, lines: ['a b'] },
    {
      name: 'a no-break space joins',
      text: 'of 32\u00a0106 people',
      width: 8,
      lines: ['of', '32\u00a0106', 'people'],
    },
    { name: 'a long word is broken', text: 'x abcdefghij', width: 4, lines: ['x', 'abcd', 'efgh', 'ij'] },
    {
      name: 'a long word is broken where the line ends',
      text: 'abcdefghij',
      width: 6,
      indent: '  ',
      hang: '    ',
      lines: ['  abcd', '    ef', '    gh', '    ij'],
    },
    {
      name: 'a URL wider than the line goes on its own, whole',
      text: `Source: ${URL} (2019)`,
      width: 20,
      indent: '  ',
      hang: '    ',
      lines: ['  Source:', `    ${URL}`, '    (2019)'],
    },
    {
      name: 'a URL that fits only with less indent moves left',
      text: `Source: ${URL}`,
      width: URL.length + 1,
      indent: '  ',
      hang: '    ',
      lines: ['  Source:', ` ${URL}`],
    },
    { name: 'a URL in brackets too', text: `see (${URL})`, width: 10, lines: ['see', `(${URL})`] },
    { name: 'www. is a URL', text: 'www.example.org/abcdef', width: 8, lines: ['www.example.org/abcdef'] },
    { name: 'nothing', text: ' ', width: 10, indent: '  ', lines: [] },
  ])('$name', ({ text, width, indent, hang, lines }) => {
    expect(fill(text, width, indent, hang)).toEqual(lines);
  });

  it('measures wide characters', () => {
    expect(fill('東京 大阪 名古屋', 6, '', '  ')).toEqual(['東京', '  大阪', '  名古', '  屋']);
  });
});
