// Resolve what a person typed to one record: exact (NFC, case-insensitive) on names and codes,
// then on aliases and synonyms, then ignoring diacritics, then fuzzy. Ties are never guessed:
// Habo and Håbo are two municipalities, so "Habö" is ambiguous rather than either of them.
import { createFuzzySearch, type FuzzyHit } from './fuzzy.js';
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
  /** The label and detail in Swedish, where they differ ("Sydafrika"; a partner's "Georgien"). */
  readonly sv?: { readonly label?: string; readonly detail?: string };
  /** Names, ids and codes: an exact hit on one of these wins over an alias. */
  readonly primary: readonly string[];
  /**
   * Codes that identify the record as its id does (an SCB code, ISO3), also among `primary`. An
   * exact id, then an exact code, wins over another record's same name: `berg` is the kommun
   * Berg (id berg) though a German Berg exists, so the id an error message offers always works.
   */
  readonly codes?: readonly string[];
  /** Aliases, spellings, synonyms. */
  readonly secondary: readonly string[];
}

export type How = 'exact' | 'alias' | 'diacritics' | 'word' | 'prefix' | 'fuzzy';

export type Resolution<T> =
  | {
      readonly ok: true;
      readonly input: string;
      readonly entry: NameEntry<T>;
      readonly how: How;
      readonly matched: string;
      /** Records that have the input as a name too but lost to the entry's id or code. */
      readonly others?: readonly NameEntry<T>[];
    }
  | {
      readonly ok: false;
      readonly input: string;
      readonly reason: 'ambiguous' | 'no-match' | 'too-short';
      readonly candidates: readonly NameEntry<T>[];
    };

/**
 * Inputs shorter than this are not fuzzy-matched: "VGR" is not a typo of "BG", nor "Gulu" of
 * "Oulu". A short input still resolves as a name, code, alias or the start of a name.
 */
export const MIN_FUZZY_LENGTH = 5;
/** Inputs shorter than this resolve only exactly (a code such as KE): two letters start too many names. */
const MIN_PREFIX_LENGTH = 3;

/** Official suffixes of a name: "Lunds kommun", "Göteborgs stad", "Lodwar Municipality". */
const OFFICIAL_SUFFIX = / (?:kommun|stad|municipality|municipal council|town council)$/;
/**
 * How officials write a name, as rewrite rules from the normalised input to the forms the data
 * may hold, tried in order after the input itself. Irregular forms (Falu kommun, VGR) are aliases
 * in the data instead. Each rule returns the forms it derives, or nothing when it does not apply.
 */
const OFFICIAL_FORMS: readonly ((q: string) => readonly string[])[] = [
  // "Lunds kommun" → "lunds", "lund"; "Göteborgs stad" → "göteborg"; "Ale kommun" → "ale".
  (q) => {
    const base = q.replace(OFFICIAL_SUFFIX, '');
    return base === q || base.length < 2 ? [] : [base, ...genitive(base)];
  },
  // "Region Skåne län" → "region skåne"; "Region Stockholms län" → "region stockholm".
  (q) => {
    const m = /^(region .+?) län$/.exec(q);
    return m ? [m[1]!, ...genitive(m[1]!)] : [];
  },
  // "Region Jönköping" → "region jönköpings län", "region jönköping län".
  (q) => (q.startsWith('region ') && !q.endsWith(' län') ? [`${q}s län`, `${q} län`] : []),
];

/**
 * Official words people misspell ("Lunds kommmun", "Lund kommune", "Ekerö komun", "Regon
 * Skåne"): a word this close to one of them is read as it once the input's own forms found
 * nothing. The first letter must agree (the first two in a word of four letters), so that a
 * name's own last word is not taken for one: "Novi Sad" is not "Novi stad".
 */
const OFFICIAL_WORDS = Object.freeze({
  suffix: Object.freeze(['kommun', 'stad', 'municipality']),
  prefix: Object.freeze(['region']),
});

/** Whether a (folded) word is a misspelling of an official word: one edit for short words, two else. */
function misspelt(w: string, word: string): boolean {
  if (w === word || w.length < 3) return false;
  const short = word.length <= 4;
  const limit = short ? 1 : 2;
  return (
    w.startsWith(word.slice(0, short ? 2 : 1)) &&
    Math.abs(w.length - word.length) <= limit &&
    editDistance(w, word) <= limit
  );
}

/**
 * The input with a misspelt official word corrected, then its official forms ("lund kommune" →
 * "lund kommun", "lund"); nothing when no word is misspelt. Tried after `officialForms`.
 */
export function correctedForms(q: string): string[] {
  const words = q.split(' ');
  if (words.length < 2) return [];
  const fixed = [...words];
  const suffix = OFFICIAL_WORDS.suffix.find((w) => misspelt(fold(words.at(-1)!), w));
  if (suffix) fixed[fixed.length - 1] = suffix;
  const prefix = OFFICIAL_WORDS.prefix.find((w) => misspelt(fold(words[0]!), w));
  if (prefix) fixed[0] = prefix;
  return suffix || prefix ? officialForms(fixed.join(' ')) : [];
}

/**
 * The name without its official suffix, exact or misspelt, then without a genitive s
 * ("eskilstnas kommun" → "eskilstnas", "eskilstna"); nothing without a suffix. For searches on the
 * name alone: a typo in the name is then measured on the name.
 */
export function baseNames(q: string): string[] {
  const exact = q.replace(OFFICIAL_SUFFIX, '');
  const words = q.split(' ');
  const base =
    exact !== q
      ? exact
      : words.length > 1 && OFFICIAL_WORDS.suffix.some((w) => misspelt(fold(words.at(-1)!), w))
        ? words.slice(0, -1).join(' ')
        : '';
  return base.length < 2 ? [] : [base, ...genitive(base)];
}

/** Without a genitive s ("lunds" → "lund"), when what is left is still a name. */
function genitive(base: string): string[] {
  return base.endsWith('s') && base.length > 3 ? [base.slice(0, -1)] : [];
}

/** The input, then every official form the rules derive from it, without repeats. */
export function officialForms(q: string): string[] {
  const out = [q];
  for (const rule of OFFICIAL_FORMS) for (const f of rule(q)) if (!out.includes(f)) out.push(f);
  return out;
}

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

  /**
   * An exact hit on names, ids and codes. When several records have the key, the one whose id it
   * is wins, then the one whose code it is: an id names one record only (the others are kept, for
   * a note). Not when diacritics are ignored: "Habö" stays Habo or Håbo, though habo is an id.
   */
  const pickExact = (
    input: string,
    hits: number | number[] | undefined,
    v: string,
  ): Resolution<T> | undefined => {
    if (Array.isArray(hits)) {
      const byId = hits.filter((i) => normalize(entries[i]!.id) === v);
      const by = byId.length ? byId : hits.filter((i) => entries[i]!.codes?.some((c) => normalize(c) === v));
      if (by.length === 1) {
        const others = hits.filter((i) => i !== by[0]).map((i) => entries[i]!);
        return { ok: true, input, entry: entries[by[0]!]!, how: 'exact', matched: v, others };
      }
    }
    return pick(input, hits, 'exact', v);
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

  /**
   * Suggestions, the fewest edits from the input first (to the key or one of its words): fuse.js
   * scores a short input by where it fits inside a long name, so "wste" found "Digitalisation and
   * e-governance" before "Waste management". Equal ones keep fuse's order.
   */
  const closestFirst = (queries: readonly string[], hits: readonly FuzzyHit[]): FuzzyHit[] => {
    const edits = (key: string) =>
      Math.min(
        ...queries.flatMap((q) => [editDistance(q, key), ...wordsOf(key).map((w) => editDistance(q, w))]),
      );
    const scored = hits.map((h, order) => ({ h, order, d: edits(fuzzyKeys[h.index]!) }));
    return scored.sort((a, b) => a.d - b.d || a.order - b.order).map((x) => x.h);
  };

  // Whole words and prefixes, on folded keys: "planning" is a word of "Urban planning and
  // development", "Zimb" starts "Zimbabwe". Names (primary keys) before aliases and synonyms.
  // Each key's words are split once, on the first input that gets this far.
  const wordsOf = (k: string) => k.split(/[\s,/()-]+/).filter(Boolean);
  type Key = { readonly owner: number; readonly text: string; readonly words: readonly string[] };
  const sideKeys = (side: (e: NameEntry<T>) => readonly string[]) =>
    lazy(() => {
      const out: Key[] = [];
      entries.forEach((e, owner) => {
        for (const k of side(e)) {
          const text = fold(k);
          out.push({ owner, text, words: wordsOf(text) });
        }
      });
      return out;
    });
  const sides = [sideKeys((e) => e.primary), sideKeys((e) => e.secondary)];
  const byText = (input: string, test: (key: Key) => boolean, how: How): Resolution<T> | undefined => {
    for (const side of sides) {
      const hits: number[] = [];
      for (const key of side()) if (!hits.includes(key.owner) && test(key)) hits.push(key.owner);
      const r = pick(input, hits.length ? hits : undefined, how, input);
      if (r) return r;
    }
    return undefined;
  };

  const resolve = (input: string): Resolution<T> => {
    const q = normalize(input);
    if (q.length < 2) return { ok: false, input, reason: 'too-short', candidates: [] };
    // Exact, alias, then diacritics-insensitive, for the input and then each official form of it:
    // "Håbo kommun" is Håbo before anything ignores the ring.
    const exactly = (v: string) =>
      pickExact(input, primary().get(v), v) ??
      pick(input, secondary().get(v), 'alias', v) ??
      pick(input, folded().get(fold(v)), 'diacritics', v);
    for (const v of officialForms(q)) {
      const hit = exactly(v);
      if (hit) return hit;
    }
    // A misspelt official word ("Lund kommune"): the name is exact, the whole is a typo.
    for (const v of correctedForms(q)) {
      const hit = exactly(v);
      if (hit) return hit.ok ? { ...hit, how: 'fuzzy' } : hit;
    }
    const f = fold(q);
    if (f.length < MIN_PREFIX_LENGTH) return { ok: false, input, reason: 'too-short', candidates: [] };
    const asked = wordsOf(f);
    const hit =
      byText(input, (k) => asked.every((w) => k.words.includes(w)), 'word') ??
      byText(input, (k) => k.text.startsWith(f), 'prefix') ??
      byText(input, (k) => k.words.some((w) => w.startsWith(f)), 'prefix');
    if (hit) return hit;

    // Fuzzy: fuse.js proposes, edit distance decides. A proposal is accepted when it is a small
    // typo away (Kenia, Tblisi). Short inputs only get suggestions: at four letters and less a
    // typo and another name are one edit apart.
    // A name with an official suffix is searched without it first ("Eskilstna kommun" is one edit
    // from Eskilstuna), and its neighbours come first: the whole input's are names with "kommun".
    // The whole is searched only when the name alone finds nothing (a search of 100,000 partners
    // takes seconds: one per lookup where one is enough).
    search ??= fuzzyIndex();
    const base = baseNames(q)[0];
    const queries = base === undefined ? [f] : [fold(base), f];
    const best = new Map<number, number>();
    const hits: FuzzyHit[] = [];
    for (const query of queries) {
      if (best.size) break;
      const found = search(query, 40);
      hits.push(...found);
      if (query.length < MIN_FUZZY_LENGTH) continue;
      const limit = Math.max(1, Math.floor(query.length / 4));
      for (const h of found) {
        const d = editDistance(query, fuzzyKeys[h.index]!);
        const owner = fuzzyOwner[h.index]!;
        if (d <= limit && d < (best.get(owner) ?? Number.POSITIVE_INFINITY)) best.set(owner, d);
      }
    }
    const accepted = [...best].sort((a, b) => a[1] - b[1]);
    if (!accepted.length)
      return {
        ok: false,
        input,
        reason: 'no-match',
        candidates: nearby(closestFirst(queries, hits)),
      };
    const top = accepted.filter(([, d]) => d === accepted[0]![1]);
    if (top.length > 1)
      return { ok: false, input, reason: 'ambiguous', candidates: top.map(([i]) => entries[i]!) };
    const entry = entries[top[0]![0]]!;
    return { ok: true, input, entry, how: 'fuzzy', matched: entry.label };
  };

  return { resolve, entries };
}
