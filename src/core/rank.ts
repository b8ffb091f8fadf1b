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

const NONE: Signal = { value: 0, reasons: [] };
const round1 = (x: number) => Math.round(x * 10) / 10;

/** Two countries share an ICLD region: the same current cluster, else the same UN subregion. */
export function sameRegion(a: Country, b: Country): boolean {
  if (a.id === b.id) return false;
  if (a.icld_cluster && b.icld_cluster) return a.icld_cluster === b.icld_cluster;
  return !!a.subregion && a.subregion === b.subregion;
}

/**
 * For each theme a candidate may have, the asked themes it relates to and how much that relation
 * is worth: built once per query, so scoring a candidate is a few lookups per theme it has.
 */
export interface ThemeMatcher {
  /** Per theme a candidate may have: the asked themes (by index) it relates to, and how. */
  readonly related: ReadonlyMap<string, RelatedThemes>;
  /** Rarity weight of each asked theme, and their sum. */
  readonly weights: readonly number[];
  readonly total: number;
}

/** Parallel arrays, so the inner loop of theme fit (100,000 candidates × 70 themes) reads numbers. */
interface RelatedThemes {
  readonly asked: Int32Array;
  readonly worth: Float64Array;
  readonly relation: readonly ThemeRelation[];
}

export function themeMatcher(ds: Dataset, asked: readonly string[]): ThemeMatcher {
  const related = new Map<string, RelatedThemes>();
  for (const t of ds.themes.keys()) {
    const index: number[] = [];
    const relation: ThemeRelation[] = [];
    asked.forEach((q, i) => {
      const rel = ds.taxonomy.relation(q, t);
      if (rel) {
        index.push(i);
        relation.push(rel);
      }
    });
    related.set(t, {
      asked: Int32Array.from(index),
      worth: Float64Array.from(relation, (r) => THEME_RELATION[r]),
      relation,
    });
  }
  const weights = asked.map((q) => ds.rarity.get(q) ?? 1);
  return { related, weights, total: weights.reduce((s, w) => s + w, 0) };
}

/** Theme fit: for each asked theme, the best related theme in the profile, weighted by rarity. */
export function themeFit(
  ds: Dataset,
  asked: readonly string[],
  profile: Profile,
  matcher: ThemeMatcher = themeMatcher(ds, asked),
): Signal {
  if (!asked.length) return NONE;
  // Best value per asked theme; ties go to the theme id that sorts first, whatever the order of
  // the profile, so the reasons are deterministic.
  const best = new Array<number>(asked.length).fill(0);
  const bestHas = new Array<string | undefined>(asked.length);
  const bestRel = new Array<ThemeRelation | undefined>(asked.length);
  // forEach and index loops: this runs once per candidate, cold at start-up (see profile.ts).
  profile.themes.forEach((strength, t) => {
    const related = matcher.related.get(t);
    if (!related) return;
    const { asked: index, worth } = related;
    for (let n = 0; n < index.length; n++) {
      const i = index[n]!;
      const v = worth[n]! * strength;
      if (v > best[i]! || (v === best[i] && bestHas[i] !== undefined && t < bestHas[i]!)) {
        best[i] = v;
        bestHas[i] = t;
        bestRel[i] = related.relation[n];
      }
    }
  });
  const { weights, total } = matcher;
  let got = 0;
  const shared: string[] = [];
  const related: { asked: string; has: string; relation: ThemeRelation }[] = [];
  for (let i = 0; i < asked.length; i++) {
    got += weights[i]! * best[i]!;
    const rel = bestRel[i];
    const has = bestHas[i];
    if (rel === 'exact') shared.push(asked[i]!);
    else if (rel && has && rel !== 'coreArea') related.push({ asked: asked[i]!, has, relation: rel });
  }
  const reasons: Reason[] = [];
  if (shared.length) reasons.push({ type: 'shared-themes', themes: shared });
  if (related.length) reasons.push({ type: 'related-themes', pairs: related });
  return { value: total ? got / total : 0, reasons };
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

function experience(profile: Profile): Signal {
  const n = profile.kpPairs;
  if (!n) return NONE;
  return {
    value: 1 - Math.exp(-n / 2),
    reasons: [{ type: 'experience', pairs: n, active: profile.activeKpPairs }],
  };
}

/** Spare capacity. Swedish parties carry two active partnerships easily; a partner abroad one. */
function capacity(profile: Profile, side: 'sweden' | 'abroad'): Signal {
  const a = profile.activeKpPairs;
  const easy = side === 'sweden' ? 2 : 0;
  const value = a <= easy ? 1 : Math.max(0, 1 - (a - easy) / (side === 'sweden' ? 4 : 2));
  return { value, reasons: value < 1 ? [{ type: 'busy', active: a }] : [] };
}

function sizeSimilarity(a: number | undefined, b: number | undefined): Signal {
  if (a === undefined || b === undefined) return { value: 0.5, reasons: [] };
  // 1 for equal size, 0 at a factor of 20 apart (log scale).
  const value = Math.max(0, 1 - Math.abs(Math.log(a / b)) / Math.log(20));
  return { value, reasons: value >= 0.6 ? [{ type: 'similar-size', population: b, requester: a }] : [] };
}

function populationOf(ds: Dataset, id: string | undefined): number | undefined {
  if (!id) return undefined;
  return ds.swedish.get(id)?.population ?? ds.partners.get(id)?.population;
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

  const existing: { id: string; name: string }[] = [];
  const candidates: Candidate[] = [];
  const matcher = themeMatcher(ds, query.themes);
  // Ranking abroad, the requester's experience depends only on the candidate's country: work it
  // out once per country, not once per candidate (100,000 candidates, 50 countries).
  const requesterSignals = new Map<string, { country: Signal; region: Signal }>();
  const requesterIn = (country: string) =>
    getOrCreate(requesterSignals, country, () =>
      requesterProfile
        ? {
            country: countryExperience(requesterProfile, country, 'requester'),
            region: regionExperience(ds, requesterProfile, country, 'requester'),
          }
        : { country: NONE, region: NONE },
    );

  const score = (
    id: string,
    name: string,
    kind: string,
    country: string,
    eligible: boolean,
    signals: Record<Component, Signal>,
    extra: Reason[],
  ) => {
    const components = {} as Record<Component, number>;
    let sum = 0;
    for (let i = 0; i < COMPONENTS.length; i++) {
      const c = COMPONENTS[i]!;
      components[c] =
        applied.includes(c) && totalWeight > 0
          ? round1((100 * weights[c] * signals[c].value) / totalWeight)
          : 0;
      sum += components[c];
    }
    const total = round1(sum);
    const reasons = extra;
    const byPoints = applied.slice().sort((a, b) => components[b] - components[a]);
    for (let i = 0; i < byPoints.length; i++) {
      const more = signals[byPoints[i]!].reasons;
      for (let k = 0; k < more.length; k++) reasons.push(more[k]!);
    }
    candidates.push({ id, name, kind, country, score: total, components, reasons, eligible });
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
      const extra: Reason[] = [];
      const rel = otherRelation.get(m.id);
      if (rel) extra.push({ type: 'existing-relation', with: requester!, rows: rel.rows.map((r) => r.id) });
      score(
        m.id,
        m.name,
        m.kind,
        'SE',
        true,
        {
          theme: themeFit(ds, query.themes, profile, matcher),
          country: countryExperience(profile, query.country, 'candidate'),
          region: regionExperience(ds, profile, query.country, 'candidate'),
          experience: experience(profile),
          capacity: capacity(profile, 'sweden'),
          seeking: status === 'interested' ? { value: 1, reasons: [{ type: 'interested' }] } : NONE,
          size: sizeSimilarity(requesterSize, m.population),
        },
        extra,
      );
    }
  } else {
    const partners = ds.raw.partners;
    for (let i = 0; i < partners.length; i++) {
      const p = partners[i]!;
      if (query.country && p.country !== query.country) continue;
      const country = ds.countries.get(p.country);
      const eligible = !!country?.icld_lists.includes('latest');
      if (!eligible && !query.includeIneligible) continue;
      if (existingKp.has(p.id)) {
        existing.push({ id: p.id, name: p.name });
        continue;
      }
      const profile = buildProfile(ds, p.id);
      const extra: Reason[] = [];
      // Asked for one country, the caller says once that it is off the list; otherwise flag each.
      if (!eligible && !query.country) extra.push({ type: 'ineligible', country: p.country });
      const rel = otherRelation.get(p.id);
      if (rel) extra.push({ type: 'existing-relation', with: requester!, rows: rel.rows.map((r) => r.id) });
      score(
        p.id,
        p.name,
        'partner',
        p.country,
        eligible,
        {
          theme: themeFit(ds, query.themes, profile, matcher),
          country: requesterIn(p.country).country,
          region: requesterIn(p.country).region,
          experience: experience(profile),
          capacity: capacity(profile, 'abroad'),
          seeking: p.seeking ? { value: 1, reasons: [{ type: 'seeking', areas: p.seeking.areas }] } : NONE,
          size: sizeSimilarity(requesterSize, p.population),
        },
        extra,
      );
    }
  }

  candidates.sort(
    (a, b) => b.score - a.score || compareSv(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  existing.sort((a, b) => compareSv(a.name, b.name));
  return { query, candidates, existing, applied, weights };
}
