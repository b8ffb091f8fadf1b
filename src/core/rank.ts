// rank(query, dataset, weights) → ranking: every candidate with the points of each component and
// the evidence behind them. Pure: no I/O, no clock, deterministic for the same inputs in any
// record order (ties break by Swedish collation of the name, then id).
import type { Dataset } from './dataset.js';
import { getOrCreate } from './memo.js';
import { buildProfile } from './profile.js';
import type { Reason } from './reasons.js';
import {
  capacity,
  countryExperience,
  experience,
  NO_REASONS,
  NONE,
  type PairLike,
  regionExperience,
  type Signal,
  sizeSimilarity,
  themeFit,
  themeMatcher,
} from './signals.js';
import { diaspora, diasporaLinks, nearbyAbroad, nearbyToSweden, nearbyWeights } from './evidence.js';
import { compareSv } from './text.js';
import { COMPONENTS, type Component, NEARBY_ABROAD, NEARBY_OTHER, type Weights } from './weights.js';

export { sameRegion } from './signals.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

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

function populationOf(ds: Dataset, id: string | undefined): number | undefined {
  if (!id) return undefined;
  return ds.swedish.get(id)?.population ?? ds.partners.get(id)?.population;
}

/** How a ranking explains its candidates: candidate i's signals, with reasons, and reasons of its own. */
interface Explainer {
  readonly signals: (i: number, why: boolean) => Record<Component, Signal>;
  readonly extra: (i: number) => Reason[];
  readonly applied: readonly Component[];
}

/** A candidate whose reasons are put together when first read: ranking 100,000 shows ten. */
class Ranked implements Candidate {
  #explainer: Explainer | undefined;
  #reasons: readonly Reason[] | undefined;
  /** Position among the candidates by name (then id), for ties in score; -1 when not known. */
  readonly #byName: number;
  /** Which candidate this is to the explainer. */
  readonly #source: number;

  constructor(
    readonly id: string,
    readonly name: string,
    readonly kind: string,
    readonly country: string,
    readonly eligible: boolean,
    readonly score: number,
    readonly components: Readonly<Record<Component, number>>,
    byName: number,
    explainer: Explainer,
    source: number,
  ) {
    this.#explainer = explainer;
    this.#byName = byName;
    this.#source = source;
  }

  /** Best first; equal scores by Swedish collation of the name, then id. */
  static compare(a: Ranked, b: Ranked): number {
    if (a.score !== b.score) return b.score - a.score;
    // Ranking abroad, the facts know the partners' order by name: no collation per comparison.
    if (a.#byName >= 0 && b.#byName >= 0) return a.#byName - b.#byName;
    return compareSv(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  }

  get reasons(): readonly Reason[] {
    if (!this.#reasons) {
      const { signals, extra, applied } = this.#explainer!;
      const out = extra(this.#source);
      const full = signals(this.#source, true);
      const components = this.components;
      const byPoints = applied.slice().sort((a, b) => components[b] - components[a]);
      for (const c of byPoints) out.push(...full[c].reasons);
      this.#reasons = out;
      this.#explainer = undefined;
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
export function rank(query: Query, ds: Dataset, given: Weights): Ranking {
  const requester = query.from;
  const requesterSize = populationOf(ds, requester);
  const requesterProfile = requester ? buildProfile(ds, requester) : undefined;
  /** The requester's place among the Swedish parties, when it is one (-1 otherwise). */
  const swedishIndex =
    requester && ds.swedish.has(requester) ? ds.raw.municipalities.findIndex((m) => m.id === requester) : -1;
  const existingKp = new Set(requesterProfile?.pairs.filter((p) => p.kp).flatMap((p) => p.others) ?? []);
  // Without Swedish partners of its own, a requester abroad has only other parties' experience
  // nearby: weaker evidence, so the component weighs NEARBY_OTHER of its weight (see evidence.ts).
  const ownSwedish = [...existingKp].some((id) => ds.swedish.has(id));
  const weights = nearbyWeights(
    given,
    query.direction === 'abroad' ? NEARBY_ABROAD : ownSwedish ? 1 : NEARBY_OTHER,
  );
  const otherRelation = new Map(
    requesterProfile?.pairs.filter((p) => !p.kp).flatMap((p) => p.others.map((o) => [o, p] as const)) ?? [],
  );

  const applied = COMPONENTS.filter((c) => {
    if (weights[c] <= 0) return false;
    if (c === 'theme') return query.themes.length > 0;
    if (c === 'size') return requesterSize !== undefined;
    if (c === 'country' || c === 'region')
      return query.direction === 'abroad' ? !!requesterProfile : !!query.country;
    // Residents by country of birth are known for Swedish parties: the candidates', or the requester's.
    if (c === 'diaspora')
      return (
        !!ds.bornAbroad &&
        (query.direction === 'abroad'
          ? swedishIndex >= 0
          : diasporaLinks(ds, query.country, requester).length > 0)
      );
    if (c === 'nearby') return query.direction === 'abroad' ? swedishIndex >= 0 : !!query.country;
    return true;
  });
  const totalWeight = applied.reduce((s, c) => s + weights[c], 0);
  const counts = COMPONENTS.map((c) => applied.includes(c) && totalWeight > 0);
  const points = (values: Record<Component, Signal>) => {
    const components = {} as Record<Component, number>;
    let sum = 0;
    for (let i = 0; i < COMPONENTS.length; i++) {
      const c = COMPONENTS[i]!;
      components[c] = counts[i] ? round1((100 * weights[c] * values[c].value) / totalWeight) : 0;
      sum += components[c];
    }
    return { components, score: round1(sum) };
  };

  const matcher = themeMatcher(ds, query.themes);
  const existingRelation = (id: string): Reason[] => {
    const rel = otherRelation.get(id);
    return rel ? [{ type: 'existing-relation', with: requester!, rows: rel.rows.map((r) => r.id) }] : [];
  };
  const existing: { id: string; name: string }[] = [];
  const candidates: Ranked[] = [];

  if (query.direction === 'to-sweden') {
    // Swedish parties are scored from their facts; a candidate's relations (their records) are
    // read only for its reasons.
    const municipalities = ds.raw.municipalities;
    const sf = ds.swedishFacts;
    const themes = { index: sf.themeIndex, level: sf.themeLevel, levels: sf.strengths, from: 0, to: 0 };
    const pairsOf = (i: number, why: boolean): readonly PairLike[] => {
      if (why) return buildProfile(ds, municipalities[i]!.id).pairs;
      const out: PairLike[] = [];
      for (let k = sf.pairStart[i]!; k < sf.pairStart[i + 1]!; k++)
        out.push({ strength: sf.strengths[sf.pairLevel[k]!]!, countries: sf.pairCountries[k]! });
      return out;
    };
    const links = diasporaLinks(ds, query.country, requester);
    const nearby = applied.includes('nearby') ? nearbyToSweden(ds, query.country, existingKp) : () => NONE;
    const explainer: Explainer = {
      signals: (i, why) => {
        const m = municipalities[i]!;
        const pairs = pairsOf(i, why);
        themes.from = sf.themeStart[i]!;
        themes.to = sf.themeStart[i + 1]!;
        const active = sf.activeKpPairs[i]!;
        return {
          theme: themeFit(matcher, themes, why),
          country: countryExperience(pairs, query.country, 'candidate', why),
          region: regionExperience(ds, pairs, query.country, 'candidate', why),
          experience: experience(sf.kpPairs[i]!, active, why),
          capacity: capacity(active, 'sweden', why),
          seeking:
            ds.status.get(m.id) === 'interested' ? { value: 1, reasons: [{ type: 'interested' }] } : NONE,
          size: sizeSimilarity(requesterSize, m.population, why),
          diaspora: diaspora(ds.bornAbroad, i, links, why),
          nearby: nearby(i, why),
        };
      },
      extra: (i) => existingRelation(municipalities[i]!.id),
      applied,
    };
    for (let i = 0; i < municipalities.length; i++) {
      const m = municipalities[i]!;
      const status = ds.status.get(m.id) ?? 'none';
      if (!query.all && status === 'none') continue;
      if (existingKp.has(m.id)) {
        existing.push({ id: m.id, name: m.name });
        continue;
      }
      const { components, score } = points(explainer.signals(i, false));
      candidates.push(new Ranked(m.id, m.name, m.kind, 'SE', true, score, components, -1, explainer, i));
    }
  } else {
    // Ranking abroad reads the partners' facts, not their records (100,000 on large data). The
    // requester's experience depends only on the candidate's country: worked out once per
    // country, not once per candidate.
    const f = ds.facts;
    const perCountry = new Map<string, { eligible: boolean; country: Signal; region: Signal }>();
    const inCountry = (country: string) =>
      getOrCreate(perCountry, country, () => ({
        eligible: !!ds.countries.get(country)?.icld_lists.includes('latest'),
        country: requesterProfile
          ? countryExperience(requesterProfile.pairs, country, 'requester', true)
          : NONE,
        region: requesterProfile
          ? regionExperience(ds, requesterProfile.pairs, country, 'requester', true)
          : NONE,
      }));
    const themes = { index: f.themeIndex, level: f.themeLevel, levels: f.strengths, from: 0, to: 0 };
    // The requester's diaspora in each candidate's country, and in the countries it hosts people from.
    const hostsOf = new Map<number, string[]>();
    for (const [i, code] of f.hosts) hostsOf.set(i, [...(hostsOf.get(i) ?? []), code]);
    const nearby = applied.includes('nearby') ? nearbyAbroad(ds, requester) : () => NONE;
    const diasporaFor = (i: number, why: boolean) => {
      if (!applied.includes('diaspora')) return NONE;
      const codes = [f.countries[i]!, ...(hostsOf.get(i) ?? [])];
      const links = codes.map((country, k) => (k ? { country, hostedBy: { id: f.ids[i]! } } : { country }));
      return diaspora(ds.bornAbroad, swedishIndex, links, why);
    };
    const explainer: Explainer = {
      signals: (i, why) => {
        const here = inCountry(f.countries[i]!);
        themes.from = f.themeStart[i]!;
        themes.to = f.themeStart[i + 1]!;
        const active = f.activeKpPairs[i]!;
        return {
          theme: themeFit(matcher, themes, why),
          country: here.country,
          region: here.region,
          experience: experience(f.kpPairs[i]!, active, why),
          capacity: capacity(active, 'abroad', why),
          seeking:
            f.seeking[i] !== 1
              ? NONE
              : {
                  value: 1,
                  reasons: why
                    ? [{ type: 'seeking', areas: ds.partners.get(f.ids[i]!)?.seeking?.areas ?? [] }]
                    : NO_REASONS,
                },
          size: sizeSimilarity(requesterSize, f.populations[i] ?? undefined, why),
          diaspora: diasporaFor(i, why),
          nearby: nearby(f.ids[i]!, why),
        };
      },
      extra: (i) => {
        const country = f.countries[i]!;
        // Asked for one country, the caller says once that it is off the list; otherwise flag each.
        const flag: Reason[] =
          !inCountry(country).eligible && !query.country ? [{ type: 'ineligible', country }] : [];
        return [...flag, ...existingRelation(f.ids[i]!)];
      },
      applied,
    };
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
      const { components, score } = points(explainer.signals(i, false));
      candidates.push(
        new Ranked(
          id,
          f.names[i]!,
          'partner',
          country,
          here.eligible,
          score,
          components,
          f.byName[i]!,
          explainer,
          i,
        ),
      );
    }
  }

  candidates.sort(Ranked.compare);
  existing.sort((a, b) => compareSv(a.name, b.name));
  return { query, candidates, existing, applied, weights };
}
