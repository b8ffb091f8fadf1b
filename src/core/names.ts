// Resolve what a person typed to one record: exact (NFC, case-insensitive) on names and codes,
// then on aliases and synonyms, then ignoring diacritics, then fuzzy. Ties are never guessed:
// Habo and Håbo are two municipalities, so "Habö" is ambiguous rather than either of them.
import { createFuzzySearch } from './fuzzy.js';
import { editDistance, fold, normalize } from './text.js';

export interface NameEntry<T> {
  readonly record: T;
  readonly id: string;
  /** Shown to people: "Habo", "Kenya", "Refugee inclusion". */
  readonly label: string;
  /** What kind of record, for messages: "municipality", "country", "theme". */
  readonly kind: string;
  /** Extra words that tell two entries apart in a message: "Jönköpings län". */
  readonly detail?: string;
  /** Names, ids and codes: an exact hit on one of these wins over an alias. */
  readonly primary: readonly string[];
  /** Aliases, spellings, synonyms. */
  readonly secondary: readonly string[];
}

export type How = 'exact' | 'alias' | 'diacritics' | 'fuzzy';

export type Resolution<T> =
  | {
      readonly ok: true;
      readonly input: string;
      readonly entry: NameEntry<T>;
      readonly how: How;
      readonly matched: string;
    }
  | {
      readonly ok: false;
      readonly input: string;
      readonly reason: 'ambiguous' | 'no-match' | 'too-short';
      readonly candidates: readonly NameEntry<T>[];
    };

/** Inputs shorter than this match nothing fuzzily (one letter matches nearly everything). */
export const MIN_FUZZY_LENGTH = 3;
/** Suffixes people add to a Swedish municipality's name: "Borlänge kommun", "Västerås stad". */
const SUFFIXES = [' kommun', ' stad', ' municipality', ' municipal council', ' town council'];

export interface Resolver<T> {
  resolve(input: string): Resolution<T>;
  readonly entries: readonly NameEntry<T>[];
}

export function createResolver<T>(entries: readonly NameEntry<T>[]): Resolver<T> {
  // Each tier is built the first time a lookup reaches it: most inputs are exact names, so a run
  // usually normalises only the primary keys (a fifth of the work, and most of a run's start-up).
  // Key → the entry with it, or the entries when several share it (rare: a number, not a Set, per
  // key, for 200,000 keys on large data).
  const index = (keys: (e: NameEntry<T>) => readonly string[], key: (k: string) => string) => {
    const map = new Map<string, number | number[]>();
    for (let i = 0; i < entries.length; i++) {
      const list = keys(entries[i]!);
      for (let k = 0; k < list.length; k++) {
        const n = key(list[k]!);
        const had = map.get(n);
        if (had === undefined) map.set(n, i);
        else if (typeof had === 'number') {
          if (had !== i) map.set(n, [had, i]);
        } else if (!had.includes(i)) had.push(i);
      }
    }
    return map;
  };
  const allKeys = (e: NameEntry<T>) => [...e.primary, ...e.secondary];
  const lazy = <V>(build: () => V) => {
    let value: V | undefined;
    return () => {
      value ??= build();
      return value;
    };
  };
  const primary = lazy(() => index((e) => e.primary, normalize));
  const secondary = lazy(() => index((e) => e.secondary, normalize));
  const folded = lazy(() => index(allKeys, fold));
  const fuzzyKeys: string[] = [];
  const fuzzyOwner: number[] = [];
  const fuzzyIndex = () => {
    if (!fuzzyKeys.length) {
      entries.forEach((e, i) => {
        for (const k of allKeys(e)) {
          fuzzyKeys.push(fold(k));
          fuzzyOwner.push(i);
        }
      });
    }
    return createFuzzySearch(fuzzyKeys);
  };
  let search: ReturnType<typeof createFuzzySearch> | undefined;

  const pick = (
    input: string,
    hits: number | number[] | undefined,
    how: How,
    matched: string,
  ): Resolution<T> | undefined => {
    if (hits === undefined) return undefined;
    const list = (typeof hits === 'number' ? [hits] : hits).map((i) => entries[i]!);
    if (list.length === 1) return { ok: true, input, entry: list[0]!, how, matched };
    return { ok: false, input, reason: 'ambiguous', candidates: list };
  };

  /** The distinct records behind fuzzy hits, best first: the "did you mean" list. */
  const nearby = (hits: readonly { index: number }[], n = 5): NameEntry<T>[] => {
    const seen = new Set<number>();
    const out: NameEntry<T>[] = [];
    for (const hit of hits) {
      const owner = fuzzyOwner[hit.index]!;
      if (seen.has(owner)) continue;
      seen.add(owner);
      out.push(entries[owner]!);
      if (out.length === n) break;
    }
    return out;
  };

  const resolve = (input: string): Resolution<T> => {
    const q = normalize(input);
    if (q.length < 2) return { ok: false, input, reason: 'too-short', candidates: [] };
    const variants = [
      q,
      ...SUFFIXES.filter((s) => q.endsWith(s) && q.length > s.length + 1).map((s) => q.slice(0, -s.length)),
    ];
    for (const v of variants) {
      const hit =
        pick(input, primary().get(v), 'exact', v) ??
        pick(input, secondary().get(v), 'alias', v) ??
        pick(input, folded().get(fold(v)), 'diacritics', v);
      if (hit) return hit;
    }
    const f = fold(q);
    if (f.length < MIN_FUZZY_LENGTH) return { ok: false, input, reason: 'too-short', candidates: [] };

    // Fuzzy: fuse.js proposes, edit distance decides. A proposal is accepted when it is a small
    // typo away (Kenia, Tblisi) or the input starts a longer name ("Nelson Mandela").
    search ??= fuzzyIndex();
    const limit = Math.max(1, Math.floor(f.length / 4));
    const best = new Map<number, number>();
    const hits = search(f, 40);
    for (const hit of hits) {
      const key = fuzzyKeys[hit.index]!;
      const owner = fuzzyOwner[hit.index]!;
      const d = editDistance(f, key);
      const prefix =
        f.length >= 4 && (key.startsWith(`${f} `) || key.startsWith(`${f}-`) || key.startsWith(f));
      const quality = d <= limit ? d : prefix ? limit + 0.5 : Number.POSITIVE_INFINITY;
      if (quality < (best.get(owner) ?? Number.POSITIVE_INFINITY)) best.set(owner, quality);
    }
    const accepted = [...best].filter(([, d]) => Number.isFinite(d)).sort((a, b) => a[1] - b[1]);
    if (!accepted.length) return { ok: false, input, reason: 'no-match', candidates: nearby(hits) };
    const top = accepted.filter(([, d]) => d === accepted[0]![1]);
    if (top.length > 1)
      return { ok: false, input, reason: 'ambiguous', candidates: top.map(([i]) => entries[i]!) };
    const entry = entries[top[0]![0]]!;
    return { ok: true, input, entry, how: 'fuzzy', matched: entry.label };
  };

  return { resolve, entries };
}
