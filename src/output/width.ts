// Display width of text in a terminal: å, ä, ö (composed or not) take one column, CJK two,
// colour codes none. Column alignment depends on it.

const ANSI = /\u001b\[[0-9;]*m/g;
/** Built on first use: a Unicode property class costs a fraction of a millisecond to compile. */
let combining: RegExp | undefined;

export function stripAnsi(s: string): string {
  return s.replace(ANSI, '');
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/**
 * A combining mark (takes no column). None lies below U+0300, nor among the punctuation, arrows,
 * box drawing and blocks of U+2000–U+2CEE but U+20D0–U+20FF; only other code points need the
 * Unicode property test (tables draw █, ░, ·, → in every row).
 */
function isMark(cp: number): boolean {
  if (cp < 0x300) return false;
  if (cp >= 0x2000 && cp < 0x2cef && !(cp >= 0x20d0 && cp <= 0x20ff)) return false;
  combining ??= /\p{M}/u;
  return combining.test(String.fromCodePoint(cp));
}

/** Printable ASCII: one column per character, no colour codes, nothing to compose. */
const PLAIN = /^[\x20-\x7e]*$/;

export function displayWidth(s: string): number {
  // Most cells and words are plain ASCII; the per-character Unicode walk below is for the rest.
  if (PLAIN.test(s)) return s.length;
  const text = (s.includes('\u001b') ? stripAnsi(s) : s).normalize('NFC');
  let w = 0;
  // An index walk, not for...of: tables measure every cell, cold, at start-up (see core/profile.ts).
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (isMark(cp)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

/** Cut to at most `width` columns, ending in "…" when cut. Works on plain text (no colour codes). */
export function truncate(s: string, width: number): string {
  const text = s.normalize('NFC');
  if (displayWidth(text) <= width) return text;
  if (width <= 1) return width === 1 ? '…' : '';
  let out = '';
  let w = 0;
  for (const ch of text) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out.trimEnd()}…`;
}

export function padEnd(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

export function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}

/** Split text into lines of at most `width` columns at spaces (a word longer than the line is cut). */
export function wrap(s: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  // The line's width is kept as it grows (a space is one column and joins nothing), rather than
  // measured again for every word.
  let lineWidth = 0;
  const words = s.split(/\s+/);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (!word) continue;
    const wordWidth = displayWidth(word);
    const candidateWidth = line ? lineWidth + 1 + wordWidth : wordWidth;
    if (candidateWidth <= width) {
      line = line ? `${line} ${word}` : word;
      lineWidth = candidateWidth;
    } else {
      if (line) lines.push(line);
      line = wordWidth > width ? truncate(word, width) : word;
      lineWidth = wordWidth > width ? displayWidth(line) : wordWidth;
    }
  }
  if (line) lines.push(line);
  return lines.length ? lines : [''];
}
