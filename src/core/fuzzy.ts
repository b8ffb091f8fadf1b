// The only module that imports fuse.js: typo-tolerant search over a fixed list of keys.
import Fuse from 'fuse.js';

/** Fuse scores run from 0 (perfect) to 1; results above this are not offered at all. */
export const FUZZY_OPTIONS = Object.freeze({
  threshold: 0.4,
  ignoreLocation: true,
  includeScore: true,
  ignoreDiacritics: true,
  minMatchCharLength: 2,
});

export interface FuzzyHit {
  readonly index: number;
  /** 0 is a perfect match, 1 no match. */
  readonly score: number;
}

/** Build the index once; the returned function searches it. */
export function createFuzzySearch(keys: readonly string[]): (query: string, limit?: number) => FuzzyHit[] {
  const fuse = new Fuse(keys as string[], FUZZY_OPTIONS);
  return (query, limit = 10) =>
    fuse
      .search(query, { limit })
      // A final score can exceed the threshold (fuse.js adds field-norm terms): filter ourselves.
      .filter((r) => (r.score ?? 1) <= FUZZY_OPTIONS.threshold)
      .map((r) => ({ index: r.refIndex, score: r.score ?? 1 }));
}
