// Text helpers shared by name resolution, sorting and suggestions. Pure.
import { compareSv } from './collate.js';

export { compareSv };

/** Printable ASCII but the backtick (folded to an apostrophe): nothing to compose, fold or case by locale. */
const PLAIN = /^[\x20-\x5f\x61-\x7e]*$/;
/** PLAIN, and already normal: no capitals, single spaces, none at either end ("refugees", "ke"). */
const NORMAL = /^[\x21-\x40\x5b-\x5f\x61-\x7e]+(?: [\x21-\x40\x5b-\x5f\x61-\x7e]+)*$/;

/** NFC, lower case (Swedish rules), single spaces, typographic apostrophes folded. */
export function normalize(s: string): string {
  // Most names and keys are plain ASCII, and most synonyms and ids normal already: skipping the
  // Unicode steps for them, and then every step, is most of the cost of building the name indexes
  // (and so of a run's start-up). The result is the same.
  if (NORMAL.test(s)) return s;
  if (PLAIN.test(s)) {
    // "Kenya", "Refugee inclusion": normal once in lower case. A global replace that finds a
    // space makes a new string even when it changes nothing (about 200 bytes a name).
    const lower = s.toLowerCase();
    return NORMAL.test(lower) ? lower : lower.replace(/\s+/g, ' ').trim();
  }
  return s
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐‑‒–—]/g, '-')
    .toLocaleLowerCase('sv')
    .replace(/\s+/g, ' ')
    .trim();
}

/** `normalize`, then without diacritics: "Håbo" → "habo", "Chișinău" → "chisinau". */
export function fold(s: string): string {
  if (PLAIN.test(s)) return normalize(s);
  return normalize(s)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss')
    .replace(/ł/g, 'l')
    .replace(/ı/g, 'i')
    .replace(/đ/g, 'd')
    .normalize('NFC');
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) rows.push([i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 0; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = rows[i]!;
    const prev = rows[i - 1]!;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row[j] = d;
    }
  }
  return rows[a.length]![b.length]!;
}

/**
 * The closest of `options` to `input` by edit distance on folded text, for "did you mean" hints.
 * Only close ones (at most a third of the length, at least 2 edits) are offered.
 */
export function nearest(input: string, options: Iterable<string>, max = 3): string[] {
  const q = fold(input);
  const limit = Math.max(2, Math.floor(q.length / 3));
  const scored: Array<[string, number]> = [];
  for (const option of options) {
    const d = editDistance(q, fold(option));
    if (d <= limit) scored.push([option, d]);
  }
  scored.sort((x, y) => x[1] - y[1] || compareSv(x[0], y[0]));
  return scored.slice(0, max).map(([o]) => o);
}

/** "a", "a or b", "a, b or c" with each quoted. */
export function orList(items: readonly string[], quote = true): string {
  const q = items.map((i) => (quote ? `"${i}"` : i));
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} or ${q.at(-1)}`;
}
