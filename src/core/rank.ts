// rank(query, dataset, weights) → ranking: every candidate with the points of each component and
// the evidence behind them. Pure: no I/O, no clock, deterministic for the same inputs in any
// record order (ties break by Swedish collation of the name, then id).
import type { Country } from '../dataset/schema.js';
import type { Dataset } from './dataset.js';
import { getOrCreate } from './memo.js';
import { buildProfile, combine, type Pair, type Profile } from './profile.js';
import type { PairEvidence, Reason } from './reasons.js';
import { compareSv } from './text.js';
import { THEME_RELATION, type ThemeRelation } from './themes.js';
import { COMPONENTS, type Component, type Weights } from './weights.js';

export type Direction = 'to-sweden' | 'abroad';

export interface Query {
  /** to-sweden: rank Swedish parties for someone abroad; abroad: rank municipalities abroad for a Swedish party. */
  readonly direction: Direction;
  /** to-sweden: the requester's country. abroad: only candidates in this country. */
  readonly country?: string;
  readonly themes: readonly string[];
  /** The requesting party, when it is in the data. */
  readonly from?: string;
  /** to-sweden: include Swedish parties with no KP history. */
  readonly all?: boolean;
  /** abroad: include countries not on ICLD's current list (flagged). */
  readonly includeIneligible?: boolean;
}

export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** ISO code of the candidate's country ("SE" for Swedish parties). */
  readonly country: string;
  readonly score: number;
  /** Points per component; they sum to the score. */
  readonly components: Readonly<Record<Component, number>>;
  /** The evidence, strongest first. */
  readonly reasons: readonly Reason[];
  readonly eligible: boolean;
}

export interface Ranking {
  readonly query: Query;
  readonly candidates: readonly Candidate[];
  /** Parties that already have a KP partnership with the requester: not recommended again. */
  readonly existing: readonly { id: string; name: string }[];
  /** Components that applied (theme fit needs themes; size needs a requester of known size). */
  readonly applied: readonly Component[];
  readonly weights: Weights;
}

interface Signal {
  readonly value: number;
  readonly reasons: readonly Reason[];
}

// Every signal is computed twice at most: for its value alone while ranking (100,000 candidates
// on large data), then with its reasons for a candidate whose reasons are read (the rows shown).
// The same function does both, so the two cannot disagree.
const NO_REASONS: readonly Reason[] = Object.freeze([]);
const NONE: Signal = { value: 0, reasons: NO_REASONS };
const round1 = (x: number) => Math.round(x * 10) / 10;

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
  /** Theme ids by index, and back. */
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  /** Per theme index: the asked themes it relates to, or undefined for none. */
  readonly related: readonly (RelatedThemes | undefined)[];
  /** Rarity weight of each asked theme, and their sum. */
  readonly weights: readonly number[];
  readonly total: number;
  /** Working space of themeFit, reused from candidate to candidate: per asked theme, the best so far. */
  readonly best: { value: Float64Array; has: Int32Array; relation: Int32Array };
}

/** Parallel arrays, so the inner loop of theme fit (100,000 candidates × 70 themes) reads numbers. */
interface RelatedThemes {
  readonly asked: Int32Array;
  readonly worth: Float64Array;
  readonly relation: readonly ThemeRelation[];
}

export function themeMatcher(ds: Dataset, asked: readonly string[]): ThemeMatcher {
  const ids = ds.raw.themes.map((t) => t.id);
  const related = ids.map((t): RelatedThemes | undefined => {
    const index: number[] = [];
    const relation: ThemeRelation[] = [];
    asked.forEach((q, i) => {
      const rel = ds.taxonomy.relation(q, t);
      if (rel) {
        index.push(i);
        relation.push(rel);
      }
    });
    if (!index.length) return undefined;
    return {
      asked: Int32Array.from(index),
      worth: Float64Array.from(relation, (r) => THEME_RELATION[r]),
      relation,
    };
  });
  const weights = asked.map((q) => ds.rarity.get(q) ?? 1);
  return {
    asked,
    ids,
    indexOf: new Map(ids.map((t, i) => [t, i])),
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

/** A candidate's themes as the matcher reads them: entries from..to of two parallel lists. */
interface ThemeList {
  readonly index: ArrayLike<number>;
  readonly strength: ArrayLike<number>;
  readonly from: number;
  readonly to: number;
}

/** A profile's themes as a ThemeList. */
function themeList(matcher: ThemeMatcher, profile: Profile): ThemeList {
  const index: number[] = [];
  const strength: number[] = [];
  profile.themes.forEach((s, t) => {
    const i = matcher.indexOf.get(t);
    if (i === undefined) return;
    index.push(i);
    strength.push(s);
  });
  return { index, strength, from: 0, to: index.length };
}

/** Theme fit: for each asked theme, the best related theme the candidate has, weighted by rarity. */
function themeFit(m: ThemeMatcher, has: ThemeList, why: boolean): Signal {
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
    const strength = has.strength[k]!;
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
    if (rel === 'exact') shared.push(m.asked[i]!);
    else if (rel !== 'coreArea')
      related.push({ asked: m.asked[i]!, has: m.ids[bestHas[i]!]!, relation: rel });
  }
  const reasons: Reason[] = [];
  if (shared.length) reasons.push({ type: 'shared-themes', themes: shared });
  if (related.length) reasons.push({ type: 'related-themes', pairs: related });
  return { value, reasons };
}

type Whose = 'candidate' | 'requester';

function pairEvidence(pairs: readonly Pair[]): PairEvidence[] {
  return pairs.map((p) => ({
    others: p.others,
    countries: p.countries,
    kp: p.kp,
    active: p.active,
    rows: p.rows.map((r) => r.id),
  }));
}

/** Experience of `profile` in `country`: its relations there, strongest first. */
function countryExperience(profile: Profile, country: string | undefined, whose: Whose): Signal {
  if (!country) return NONE;
  const there = profile.pairs
    .filter((p) => p.countries.includes(country))
    .sort((a, b) => b.strength - a.strength);
  if (!there.length) return NONE;
  return {
    value: combine(there.map((p) => p.strength)),
    reasons: [{ type: 'country-experience', whose, country, pairs: pairEvidence(there) }],
  };
}

function regionExperience(ds: Dataset, profile: Profile, country: string | undefined, whose: Whose): Signal {
  const home = country ? ds.countries.get(country) : undefined;
  if (!home) return NONE;
  const near = profile.pairs
    .filter((p) =>
      p.countries.some((c) => c !== country && ds.countries.get(c) && sameRegion(home, ds.countries.get(c)!)),
    )
    .sort((a, b) => b.strength - a.strength);
  if (!near.length) return NONE;
  return {
    // Half as strong as the same country: a region shares context, not contacts.
    value: combine(near.map((p) => p.strength * 0.5)),
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

function experience(kpPairs: number, active: number, why: boolean): Signal {
  if (!kpPairs) return NONE;
  const value = 1 - Math.exp(-kpPairs / 2);
  return { value, reasons: why ? [{ type: 'experience', pairs: kpPairs, active }] : NO_REASONS };
}

/** Spare capacity. Swedish parties carry two active partnerships easily; a partner abroad one. */
function capacity(active: number, side: 'sweden' | 'abroad', why: boolean): Signal {
  const easy = side === 'sweden' ? 2 : 0;
  const value = active <= easy ? 1 : Math.max(0, 1 - (active - easy) / (side === 'sweden' ? 4 : 2));
  return { value, reasons: why && value < 1 ? [{ type: 'busy', active }] : NO_REASONS };
}

function sizeSimilarity(a: number | undefined, b: number | undefined, why: boolean): Signal {
  if (a === undefined || b === undefined) return { value: 0.5, reasons: NO_REASONS };
  // 1 for equal size, 0 at a factor of 20 apart (log scale).
  const value = Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.log(20));
  return {
    value,
    reasons: why && value >= 0.6 ? [{ type: 'similar-size', population: b, requester: a }] : NO_REASONS,
  };
}

function populationOf(ds: Dataset, id: string | undefined): number | undefined {
  if (!id) return undefined;
  return ds.swedish.get(id)?.population ?? ds.partners.get(id)?.population;
}

/** A candidate whose reasons are put together when first read: ranking 100,000 shows ten. */
class Ranked implements Candidate {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string;
  readonly eligible: boolean;
  #explain: (() => Reason[]) | undefined;
  #reasons: readonly Reason[] | undefined;

  constructor(
    base: { id: string; name: string; kind: string; country: string; eligible: boolean },
    readonly score: number,
    readonly components: Readonly<Record<Component, number>>,
    explain: () => Reason[],
  ) {
    this.id = base.id;
    this.name = base.name;
    this.kind = base.kind;
    this.country = base.country;
    this.eligible = base.eligible;
    this.#explain = explain;
  }

  get reasons(): readonly Reason[] {
    if (!this.#reasons) {
      this.#reasons = this.#explain!();
      this.#explain = undefined;
    }
    return this.#reasons;
  }

  /** As data, reasons included (JSON and test comparisons see own properties only). */
  toJSON() {
    const { id, name, kind, country, score, components, reasons, eligible } = this;
    return { id, name, kind, country, score, components, reasons, eligible };
  }
}

/** Rank candidates for a query. Candidates with the requester as a KP partner are listed in `existing`. */
export function rank(query: Query, ds: Dataset, weights: Weights): Ranking {
  const requester = query.from;
  const requesterSize = populationOf(ds, requester);
  const requesterProfile = requester ? buildProfile(ds, requester) : undefined;
  const existingKp = new Set(requesterProfile?.pairs.filter((p) => p.kp).flatMap((p) => p.others) ?? []);
  const otherRelation = new Map(
    requesterProfile?.pairs.filter((p) => !p.kp).flatMap((p) => p.others.map((o) => [o, p] as const)) ?? [],
  );

  const applied = COMPONENTS.filter((c) => {
    if (weights[c] <= 0) return false;
    if (c === 'theme') return query.themes.length > 0;
    if (c === 'size') return requesterSize !== undefined;
    if (c === 'country' || c === 'region')
      return query.direction === 'abroad' ? !!requesterProfile : !!query.country;
    return true;
  });
  const totalWeight = applied.reduce((s, c) => s + weights[c], 0);
  const counts = COMPONENTS.map((c) => applied.includes(c) && totalWeight > 0);

  const existing: { id: string; name: string }[] = [];
  const candidates: Candidate[] = [];
  const matcher = themeMatcher(ds, query.themes);
  const existingRelation = (id: string): Reason[] => {
    const rel = otherRelation.get(id);
    return rel ? [{ type: 'existing-relation', with: requester!, rows: rel.rows.map((r) => r.id) }] : [];
  };

  /**
   * A candidate from its signals. `signals(why)` gives the signals with their reasons when `why`
   * is true: called once without, for the score, and again only if the reasons are read.
   */
  const add = (
    base: { id: string; name: string; kind: string; country: string; eligible: boolean },
    signals: (why: boolean) => Record<Component, Signal>,
    extra: () => Reason[],
  ) => {
    const values = signals(false);
    const components = {} as Record<Component, number>;
    let sum = 0;
    for (let i = 0; i < COMPONENTS.length; i++) {
      const c = COMPONENTS[i]!;
      components[c] = counts[i] ? round1((100 * weights[c] * values[c].value) / totalWeight) : 0;
      sum += components[c];
    }
    candidates.push(
      new Ranked(base, round1(sum), components, () => {
        const out = extra();
        const full = signals(true);
        const byPoints = applied.slice().sort((a, b) => components[b] - components[a]);
        for (const c of byPoints) out.push(...full[c].reasons);
        return out;
      }),
    );
  };

  if (query.direction === 'to-sweden') {
    const municipalities = ds.raw.municipalities;
    for (let i = 0; i < municipalities.length; i++) {
      const m = municipalities[i]!;
      const status = ds.status.get(m.id) ?? 'none';
      if (!query.all && status === 'none') continue;
      if (existingKp.has(m.id)) {
        existing.push({ id: m.id, name: m.name });
        continue;
      }
      const profile = buildProfile(ds, m.id);
      const themes = themeList(matcher, profile);
      add(
        { id: m.id, name: m.name, kind: m.kind, country: 'SE', eligible: true },
        (why) => ({
          theme: themeFit(matcher, themes, why),
          country: countryExperience(profile, query.country, 'candidate'),
          region: regionExperience(ds, profile, query.country, 'candidate'),
          experience: experience(profile.kpPairs, profile.activeKpPairs, why),
          capacity: capacity(profile.activeKpPairs, 'sweden', why),
          seeking: status === 'interested' ? { value: 1, reasons: [{ type: 'interested' }] } : NONE,
          size: sizeSimilarity(requesterSize, m.population, why),
        }),
        () => existingRelation(m.id),
      );
    }
  } else {
    // Ranking abroad reads the partners' facts, not their records (100,000 on large data); the
    // requester's experience depends only on the candidate's country: worked out once per
    // country, not once per candidate.
    const f = ds.facts;
    const perCountry = new Map<string, { eligible: boolean; country: Signal; region: Signal }>();
    const inCountry = (country: string) =>
      getOrCreate(perCountry, country, () => ({
        eligible: !!ds.countries.get(country)?.icld_lists.includes('latest'),
        country: requesterProfile ? countryExperience(requesterProfile, country, 'requester') : NONE,
        region: requesterProfile ? regionExperience(ds, requesterProfile, country, 'requester') : NONE,
      }));
    for (let i = 0; i < f.ids.length; i++) {
      const country = f.countries[i]!;
      if (query.country && country !== query.country) continue;
      const here = inCountry(country);
      if (!here.eligible && !query.includeIneligible) continue;
      const id = f.ids[i]!;
      if (existingKp.has(id)) {
        existing.push({ id, name: f.names[i]! });
        continue;
      }
      const themes = {
        index: f.themeIndex,
        strength: f.themeStrength,
        from: f.themeStart[i]!,
        to: f.themeStart[i + 1]!,
      };
      const kpPairs = f.kpPairs[i]!;
      const active = f.activeKpPairs[i]!;
      const seeking = f.seeking[i] === 1;
      const population = f.populations[i] ?? undefined;
      add(
        { id, name: f.names[i]!, kind: 'partner', country, eligible: here.eligible },
        (why) => ({
          theme: themeFit(matcher, themes, why),
          country: here.country,
          region: here.region,
          experience: experience(kpPairs, active, why),
          capacity: capacity(active, 'abroad', why),
          seeking: !seeking
            ? NONE
            : why
              ? { value: 1, reasons: [{ type: 'seeking', areas: ds.partners.get(id)?.seeking?.areas ?? [] }] }
              : { value: 1, reasons: NO_REASONS },
          size: sizeSimilarity(requesterSize, population, why),
        }),
        // Asked for one country, the caller says once that it is off the list; otherwise flag each.
        () => [
          ...(!here.eligible && !query.country ? [{ type: 'ineligible', country } as const] : []),
          ...existingRelation(id),
        ],
      );
    }
  }

  candidates.sort(
    (a, b) => b.score - a.score || compareSv(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  existing.sort((a, b) => compareSv(a.name, b.name));
  return { query, candidates, existing, applied, weights };
}
