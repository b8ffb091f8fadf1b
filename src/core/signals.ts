// The signals a candidate is scored on, each a value 0–1 with the evidence behind it: theme fit,
// experience in a country or region, KP experience, spare capacity, size. Pure. Each is computed
// for its value alone while ranking (100,000 candidates on large data), and again with its
// reasons only for a candidate whose reasons are read (the rows shown); the same function does
// both, so the two cannot disagree.
import type { Country } from './records.js';
import type { Dataset } from './dataset.js';
import type { Pair } from './profile.js';
import type { PairEvidence, Reason } from './reasons.js';
import { THEME_RELATION, type ThemeRelation } from './themes.js';

export interface Signal {
  readonly value: number;
  readonly reasons: readonly Reason[];
}

export const NO_REASONS: readonly Reason[] = Object.freeze([]);
export const NONE: Signal = { value: 0, reasons: NO_REASONS };

/** Two countries share an ICLD region: the same current cluster, else the same UN subregion. */
export function sameRegion(a: Country, b: Country): boolean {
  if (a.id === b.id) return false;
  if (a.icld_cluster && b.icld_cluster) return a.icld_cluster === b.icld_cluster;
  return !!a.subregion && a.subregion === b.subregion;
}

/**
 * For each theme a candidate may have (by its index in the dataset's list), the asked themes it
 * relates to and how much that relation is worth: built once per query, so scoring a candidate
 * is a few lookups per theme it has.
 */
export interface ThemeMatcher {
  readonly asked: readonly string[];
  /** Theme ids by index (the dataset's order, which facts refer to). */
  readonly ids: readonly string[];
  /** Per theme index: the asked themes it relates to, or undefined for none. */
  readonly related: readonly (RelatedThemes | undefined)[];
  /** Rarity weight of each asked theme, and their sum. */
  readonly weights: readonly number[];
  readonly total: number;
  /** Working space of themeFit, reused from candidate to candidate: per asked theme, the best so far. */
  readonly best: { value: Float64Array; has: Int32Array; relation: Int32Array };
}

/**
 * Parallel arrays, so the inner loop of theme fit (100,000 candidates × 70 themes) reads numbers.
 * Plain arrays, not typed ones: a run makes one per related theme (most themes share an ICLD core
 * area), and a typed array costs far more to make in cold code than to read.
 */
interface RelatedThemes {
  readonly asked: readonly number[];
  readonly worth: readonly number[];
  readonly relation: readonly ThemeRelation[];
}

export function themeMatcher(ds: Dataset, asked: readonly string[]): ThemeMatcher {
  const themes = ds.raw.themes;
  const ids: string[] = [];
  const related: (RelatedThemes | undefined)[] = [];
  // Index loops: built once per run, in cold code, for every theme of the data (see profile.ts).
  for (let t = 0; t < themes.length; t++) {
    const id = themes[t]!.id;
    ids.push(id);
    let found: { asked: number[]; worth: number[]; relation: ThemeRelation[] } | undefined;
    for (let i = 0; i < asked.length; i++) {
      const rel = ds.taxonomy.relation(asked[i]!, id);
      if (!rel) continue;
      // The first relation as one-element literals: a push onto an empty array makes room for 16
      // (about 130 bytes more, three lists for each of the 60-odd related themes of a run).
      if (!found) found = { asked: [i], worth: [THEME_RELATION[rel]], relation: [rel] };
      else {
        found.asked.push(i);
        found.worth.push(THEME_RELATION[rel]);
        found.relation.push(rel);
      }
    }
    related.push(found);
  }
  const weights = asked.map((q) => ds.rarity.get(q) ?? 1);
  return {
    asked,
    ids,
    related,
    weights,
    total: weights.reduce((s, w) => s + w, 0),
    best: {
      value: new Float64Array(asked.length),
      has: new Int32Array(asked.length),
      relation: new Int32Array(asked.length),
    },
  };
}

/**
 * A candidate's themes as the matcher reads them: entries from..to of two parallel lists, the
 * theme's index and its strength as an index into `levels` (strengths take few distinct values).
 */
export interface ThemeList {
  readonly index: ArrayLike<number>;
  readonly level: ArrayLike<number>;
  readonly levels: ArrayLike<number>;
  readonly from: number;
  readonly to: number;
}

/** Theme fit: for each asked theme, the best related theme the candidate has, weighted by rarity. */
export function themeFit(m: ThemeMatcher, has: ThemeList, why: boolean): Signal {
  const n = m.asked.length;
  if (!n) return NONE;
  // Best value per asked theme; ties go to the theme id that sorts first, whatever the order of
  // the candidate's themes, so the reasons are deterministic.
  const { value: best, has: bestHas, relation: bestRel } = m.best;
  best.fill(0);
  bestHas.fill(-1);
  for (let k = has.from; k < has.to; k++) {
    const t = has.index[k]!;
    const related = m.related[t];
    if (!related) continue;
    const strength = has.levels[has.level[k]!]!;
    const { asked: index, worth } = related;
    for (let r = 0; r < index.length; r++) {
      const i = index[r]!;
      const v = worth[r]! * strength;
      if (v > best[i]! || (v === best[i] && bestHas[i]! >= 0 && m.ids[t]! < m.ids[bestHas[i]!]!)) {
        best[i] = v;
        bestHas[i] = t;
        bestRel[i] = r;
      }
    }
  }
  let got = 0;
  for (let i = 0; i < n; i++) got += m.weights[i]! * best[i]!;
  const value = m.total ? got / m.total : 0;
  if (!why) return { value, reasons: NO_REASONS };
  const shared: string[] = [];
  const related: { asked: string; has: string; relation: ThemeRelation }[] = [];
  for (let i = 0; i < n; i++) {
    if (bestHas[i]! < 0) continue;
    const rel = m.related[bestHas[i]!]!.relation[bestRel[i]!]!;
    // Every relation that scores has a sentence, the weakest (same ICLD core area) too.
    if (rel === 'exact') shared.push(m.asked[i]!);
    else related.push({ asked: m.asked[i]!, has: m.ids[bestHas[i]!]!, relation: rel });
  }
  const reasons: Reason[] = [];
  if (shared.length) reasons.push({ type: 'shared-themes', themes: shared });
  if (related.length) reasons.push({ type: 'related-themes', pairs: related });
  return { value, reasons };
}

export type Whose = 'candidate' | 'requester';

function pairEvidence(pairs: readonly Pair[]): PairEvidence[] {
  return pairs.map((p) => ({
    others: p.others,
    countries: p.countries,
    kp: p.kp,
    active: p.active,
    rows: p.rows.map((r) => r.id),
  }));
}

/**
 * A party's relations as experience reads them while ranking: pairs from..to of parallel lists,
 * each pair's strength (an index into `levels`: strengths take few distinct values) and its
 * countries. Like ThemeList, a view may refill the same object for each candidate: scoring
 * 100,000 candidates then allocates nothing for the ones without experience there.
 */
export interface PairList {
  readonly level: ArrayLike<number>;
  readonly levels: ArrayLike<number>;
  readonly countries: ArrayLike<readonly string[]>;
  readonly from: number;
  readonly to: number;
}

/** A profile's pairs as a PairList. */
export function pairList(pairs: readonly Pair[]): PairList {
  return {
    level: pairs.map((_, k) => k),
    levels: pairs.map((p) => p.strength),
    countries: pairs.map((p) => p.countries),
    from: 0,
    to: pairs.length,
  };
}

/**
 * The strengths of one candidate's pairs in a country (or region), strongest first: working
 * space reused from candidate to candidate, since ranking asks this of every candidate in cold
 * code, where a list, a sort and a reduce per candidate are garbage. Pairs of one party are few.
 */
const strongest = {
  values: new Float64Array(16),
  n: 0,
  clear(): void {
    this.n = 0;
  },
  /** Insert v in order, strongest first. */
  add(v: number): void {
    if (this.n === this.values.length) {
      const more = new Float64Array(this.n * 2);
      more.set(this.values);
      this.values = more;
    }
    const values = this.values;
    let j = this.n++;
    for (; j > 0 && values[j - 1]! < v; j--) values[j] = values[j - 1]!;
    values[j] = v;
  },
  /**
   * combine() of them, strongest first: the order experience has always multiplied them in
   * (floating point rounds differently in another order).
   */
  combined(): number {
    let rest = 1;
    for (let k = 0; k < this.n; k++) rest *= 1 - this.values[k]!;
    return 1 - rest;
  },
};

/**
 * Experience in `country`: the relations there. The value is read from `list`; with `why`, the
 * reason from `pairs`, the same relations with their records (a profile's, those whose countries
 * it keeps), strongest first.
 */
export function countryExperience(
  list: PairList,
  country: string | undefined,
  whose: Whose,
  why: boolean,
  pairs: (keep: (countries: readonly string[]) => boolean) => Pair[],
): Signal {
  if (!country) return NONE;
  strongest.clear();
  for (let k = list.from; k < list.to; k++)
    if (list.countries[k]!.includes(country)) strongest.add(list.levels[list.level[k]!]!);
  if (!strongest.n) return NONE;
  const value = strongest.combined();
  if (!why) return { value, reasons: NO_REASONS };
  const there = pairs((countries) => countries.includes(country)).sort((a, b) => b.strength - a.strength);
  return { value, reasons: [{ type: 'country-experience', whose, country, pairs: pairEvidence(there) }] };
}

/** Some country of `countries` other than `home` is in its region. */
function inRegionOf(ds: Dataset, home: Country, countries: readonly string[]): boolean {
  for (let c = 0; c < countries.length; c++) {
    const other = countries[c] === home.id ? undefined : ds.countries.get(countries[c]!);
    if (other && sameRegion(home, other)) return true;
  }
  return false;
}

/** The same in the other countries of `country`'s region, half as strong: a region shares context, not contacts. */
export function regionExperience(
  ds: Dataset,
  list: PairList,
  country: string | undefined,
  whose: Whose,
  why: boolean,
  pairs: (keep: (countries: readonly string[]) => boolean) => Pair[],
): Signal {
  const home = country ? ds.countries.get(country) : undefined;
  if (!home) return NONE;
  strongest.clear();
  for (let k = list.from; k < list.to; k++)
    if (inRegionOf(ds, home, list.countries[k]!)) strongest.add(list.levels[list.level[k]!]! * 0.5);
  if (!strongest.n) return NONE;
  const value = strongest.combined();
  if (!why) return { value, reasons: NO_REASONS };
  const near = pairs((countries) => inRegionOf(ds, home, countries)).sort((a, b) => b.strength - a.strength);
  return {
    value,
    reasons: [
      {
        type: 'region-experience',
        whose,
        region: home.icld_cluster ?? home.subregion ?? '',
        pairs: pairEvidence(near),
      },
    ],
  };
}

export function experience(kpPairs: number, active: number, why: boolean): Signal {
  if (!kpPairs) return NONE;
  const value = 1 - Math.exp(-kpPairs / 2);
  return { value, reasons: why ? [{ type: 'experience', pairs: kpPairs, active }] : NO_REASONS };
}

/**
 * Spare capacity. A Swedish party carries two active partnerships easily, then less and less; a
 * partner abroad works with one Swedish party at a time, so one already in an active KP
 * partnership has none to spare (Krolevets, with Berg since 2025, is no first choice for Ekerö).
 * `pairs` (the active KP partnerships) only for the reason.
 */
export function capacity(
  active: number,
  side: 'sweden' | 'abroad',
  why: boolean,
  pairs: () => readonly PairEvidence[] = () => [],
): Signal {
  const value = side === 'abroad' ? (active ? 0 : 1) : active <= 2 ? 1 : Math.max(0, 1 - (active - 2) / 4);
  if (!why) return { value, reasons: NO_REASONS };
  return {
    value,
    reasons: [value < 1 ? { type: 'busy', active, pairs: pairs() } : { type: 'room', active }],
  };
}

/** The active KP partnerships among a party's relations, as evidence for a reason. */
export function activeKp(pairs: readonly Pair[]): PairEvidence[] {
  return pairEvidence(pairs.filter((p) => p.kp && p.active));
}

export function sizeSimilarity(a: number | undefined, b: number | undefined, why: boolean): Signal {
  // Half the points when the data has no size: neither for nor against.
  if (a === undefined || b === undefined)
    return { value: 0.5, reasons: why ? [{ type: 'size', population: b, requester: a }] : NO_REASONS };
  // 1 for equal size, 0 at a factor of 20 apart (log scale).
  const value = Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.log(20));
  if (!why || value === 0) return { value, reasons: NO_REASONS };
  return {
    value,
    reasons: [{ type: value >= 0.6 ? 'similar-size' : 'size', population: b, requester: a }],
  };
}
