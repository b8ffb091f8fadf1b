import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayWidth, truncate, wrap } from '../../src/output/width.js';

// The walk displayWidth replaced, kept as the reference it must agree with.
function reference(s: string): number {
  let w = 0;
  for (const ch of s.replace(/\u001b\[[0-9;]*m/g, '').normalize('NFC')) {
    if (/\p{M}/u.test(ch)) continue;
    const cp = ch.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    const wide =
      (cp >= 0x1100 && cp <= 0x115f) ||
      (cp >= 0x2e80 && cp <= 0xa4cf) ||
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0xf900 && cp <= 0xfaff) ||
      (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) ||
      (cp >= 0xffe0 && cp <= 0xffe6) ||
      (cp >= 0x1f300 && cp <= 0x1faff) ||
      (cp >= 0x20000 && cp <= 0x3fffd);
    w += wide ? 2 : 1;
  }
  return w;
}

describe('displayWidth', () => {
  it('agrees with the per-character walk', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), fc.string());
    fc.assert(
      fc.property(text, (s) => {
        expect(displayWidth(s)).toBe(reference(s));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['Borlänge', 8],
    ['Borla\u0308nge', 8],
    ['\u001b[1mbold\u001b[22m', 4],
    ['███░░', 5],
    ['中文', 4],
    ['😀', 2],
  ])('%j is %i columns', (s, w) => {
    expect(displayWidth(s)).toBe(w);
  });
});

describe('wrap', () => {
  // The word-by-word measure wrap replaced, kept as the reference it must agree with.
  function reference(s: string, width: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (const word of s.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (displayWidth(candidate) <= width) line = candidate;
      else {
        if (line) lines.push(line);
        line = displayWidth(word) > width ? truncate(word, width) : word;
      }
    }
    if (line) lines.push(line);
    return lines.length ? lines : [''];
  }
  it('agrees with measuring each candidate line', () => {
    const words = fc.array(
      fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.constantFrom('Borlänge', '█░', 'a\u0308b')),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 30 }), (ws, width) => {
        const s = ws.join(' ');
        expect(wrap(s, width)).toEqual(reference(s, width));
      }),
      { numRuns: 3000 },
    );
  });
});
