// The only module that imports fuse.js: typo-tolerant search over a fixed list of keys.
import { createRequire } from 'node:module';
import type FuseClass from 'fuse.js';

// Loaded on the first fuzzy search, not at start-up: most names match exactly, and fuse.js is a
// quarter of what every run would otherwise load (see docs/performance.md). Synchronous, since
// name resolution is; the build leaves fuse.js in node_modules for this require.
let Fuse: typeof FuseClass | undefined;
const loadFuse = () => {
  Fuse ??= createRequire(import.meta.filename)('fuse.js') as typeof FuseClass;
  return Fuse;
};

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
  const fuse = new (loadFuse())(keys as string[], FUZZY_OPTIONS);
  return (query, limit = 10) =>
    fuse
      .search(query, { limit })
      // A final score can exceed the threshold (fuse.js adds field-norm terms): filter ourselves.
      .filter((r) => (r.score ?? 1) <= FUZZY_OPTIONS.threshold)
      .map((r) => ({ index: r.refIndex, score: r.score ?? 1 }));
}
