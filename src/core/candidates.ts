// The candidates of a query, as ranking components see them: one *candidate view* per direction
// (to Sweden: the Swedish parties; abroad: the partners abroad), both with the same questions
// about candidate i. The view is where the speed layout stays: it reads the columnar facts
// (facts.ts), which the snapshot and the cache of a data directory store, so components never
// learn how facts are kept, and records are read only for the reasons of the rows shown.
// Pure. A component that needs a new fact about a candidate adds a question here, answered in
// both views.
import type { Dataset } from './dataset.js';
import { eligibility } from './eligibility.js';
import { getOrCreate } from './memo.js';
import { buildProfile, type Pair, pairOfRows, type Profile } from './profile.js';
import type { Partnership } from './records.js';
import {
  type PairList,
  pairList,
  type ThemeList,
  type ThemeMatcher,
  themeMatcher,
  type Whose,
} from './signals.js';

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

/** Who is asking, when the data knows them. */
export interface Requester {
  readonly id?: string;
  readonly population?: number;
  readonly profile?: Profile;
}

/**
 * The relations whose experience counts for a candidate, and the country they are judged in:
 * ranking Swedish parties, the candidate's own relations in the requester's country; ranking
 * abroad, the requester's relations in the candidate's country. Candidates abroad in one country
 * share one Experience, so what a component works out from it (`memo`) is worked out once per
 * country, not once per candidate.
 */
export interface Experience {
  readonly whose: Whose;
  readonly country: string | undefined;
  /** Each pair's strength and countries, what scoring reads (from the facts, no records). */
  readonly pairs: PairList;
  /**
   * The same pairs as a profile's, records included, those whose countries `keep` takes (in the
   * profile's order), in a new list: for reasons only, which name the pairs in one country or its
   * region.
   */
  readonly pairsWhere: (keep: (countries: readonly string[]) => boolean) => Pair[];
  /**
   * Values components derive from this experience, by component id; undefined where each
   * candidate has its own experience (ranking Swedish parties), so there is nothing to share.
   */
  readonly memo: Map<string, number> | undefined;
}

export interface CandidateView {
  readonly query: Query;
  readonly ds: Dataset;
  readonly requester: Requester;
  /** The asked themes, prepared for scoring candidates' themes. */
  readonly themes: ThemeMatcher;
  /** Whose experience counts is known, and where: country and region experience can apply. */
  readonly hasExperience: boolean;
  /** Which side the candidates are on: capacity differs. */
  readonly side: 'sweden' | 'abroad';
  /** How many candidates the view holds (before selection). */
  readonly length: number;
  /** Candidate i belongs to the pool the query asks for (status, country, eligibility). */
  included(i: number): boolean;
  /**
   * Candidate i is where the query looks (its country, when one is asked), eligible or not: a
   * party already in KP with the requester is listed when it is (Lund's earlier partner
   * Hangzhou, in a country off ICLD's list).
   */
  inScope(i: number): boolean;
  id(i: number): string;
  name(i: number): string;
  kind(i: number): string;
  /** ISO code of the candidate's country ("SE" for Swedish parties). */
  country(i: number): string;
  /**
   * KP can fund a new partnership with the candidate as to the country: the partnership's country
   * is on ICLD's current list (the candidate's own abroad; the requester's for Swedish parties).
   */
  eligible(i: number): boolean;
  /** Position among all candidates by name (then id), for ties in score; -1 when not known. */
  byName(i: number): number;
  population(i: number): number | undefined;
  kpPairs(i: number): number;
  activeKpPairs(i: number): number;
  /** The candidate's themes; the same object, refilled, on every call (no allocation). */
  themeList(i: number): ThemeList;
  /** Whose experience counts for candidate i, and where; Swedish candidates share one object, refilled on each call. */
  experience(i: number): Experience;
  /** Candidate i's own relations in `country`, in the data's order (for the reasons of a row shown). */
  relationsIn(i: number, country: string): readonly Partnership[];
  /** The candidate wants a partner: a partner-seeker profile abroad, a recorded interest in Sweden. */
  wantsPartner(i: number): boolean;
  /** The ranked areas of a partner-seeker profile; undefined for a Swedish party (interest only). */
  seekingAreas(i: number): readonly string[] | undefined;
}

export function requesterOf(query: Query, ds: Dataset): Requester {
  const id = query.from;
  if (!id) return {};
  return {
    id,
    population: ds.swedish.get(id)?.population ?? ds.partners.get(id)?.population,
    profile: buildProfile(ds, id),
  };
}

export function candidateView(query: Query, ds: Dataset, requester: Requester): CandidateView {
  return query.direction === 'to-sweden'
    ? swedishView(query, ds, requester)
    : partnerView(query, ds, requester);
}

const NO_ROWS: readonly Partnership[] = Object.freeze([]);

/** Swedish party i has a relation (of any programme) in the country. */
function relationIn(sf: Dataset['swedishFacts'], i: number, country: string): boolean {
  for (let k = sf.pairStart[i]!; k < sf.pairStart[i + 1]!; k++)
    if (sf.pairCountries[k]!.includes(country)) return true;
  return false;
}

/** Swedish parties, scored from their facts; a candidate's relations are read only for its reasons. */
function swedishView(query: Query, ds: Dataset, requester: Requester): CandidateView {
  const municipalities = ds.raw.municipalities;
  const sf = ds.swedishFacts;
  // A new partnership with any of them would be in the requester's country: each candidate is as
  // eligible as that country (Georgia, off ICLD's current list: none), not as Sweden.
  const home = query.country ? ds.countries.get(query.country) : undefined;
  const pairEligible = !home || eligibility(home) === 'current';
  const list = { index: sf.themeIndex, level: sf.themeLevel, levels: sf.strengths, from: 0, to: 0 };
  // Candidate i's experience: one object, refilled for each candidate in turn (country and region
  // experience both ask for the same one). Its pairs' records are read only for reasons, and only
  // those of the pairs asked for (the facts know each pair's countries and rows).
  const pairs = { level: sf.pairLevel, levels: sf.strengths, countries: sf.pairCountries, from: 0, to: 0 };
  let at = -1;
  /** Candidate `at`'s pair k (an index into the facts' pairs), its records read. */
  const pairAt = (k: number) => {
    const rows: Partnership[] = [];
    for (let n = sf.pairRowStart[k]!; n < sf.pairRowStart[k + 1]!; n++)
      rows.push(ds.partnershipAt(sf.pairRows[n]!));
    return pairOfRows(ds, municipalities[at]!.id, rows);
  };
  const experience: Experience = {
    whose: 'candidate',
    country: query.country,
    pairs,
    pairsWhere: (keep) => {
      const out: Pair[] = [];
      for (let k = pairs.from; k < pairs.to; k++) if (keep(sf.pairCountries[k]!)) out.push(pairAt(k));
      return out;
    },
    memo: undefined,
  };
  return {
    query,
    ds,
    requester,
    themes: themeMatcher(ds, query.themes),
    hasExperience: !!query.country,
    side: 'sweden',
    length: municipalities.length,
    // The default pool: parties with KP history or interest, and every party with any relation in
    // the country in question (Värmdö's earlier contact with Homa Bay County, Kenya): the
    // programme advises starting from earlier contacts.
    included: (i) =>
      !!query.all ||
      (ds.status.get(municipalities[i]!.id) ?? 'none') !== 'none' ||
      (!!query.country && relationIn(sf, i, query.country)),
    // The requester's KP partners have KP history: in the pool.
    inScope: () => true,
    id: (i) => municipalities[i]!.id,
    name: (i) => municipalities[i]!.name,
    kind: (i) => municipalities[i]!.kind,
    country: () => 'SE',
    eligible: () => pairEligible,
    byName: () => -1,
    population: (i) => municipalities[i]!.population,
    kpPairs: (i) => sf.kpPairs[i]!,
    activeKpPairs: (i) => sf.activeKpPairs[i]!,
    themeList: (i) => {
      list.from = sf.themeStart[i]!;
      list.to = sf.themeStart[i + 1]!;
      return list;
    },
    experience: (i) => {
      if (at !== i) {
        at = i;
        pairs.from = sf.pairStart[i]!;
        pairs.to = sf.pairStart[i + 1]!;
      }
      return experience;
    },
    // Its pairs in the country hold every relation there (a pair's countries are its rows').
    relationsIn: (i, country) => {
      let rows: number[] | undefined;
      for (let k = sf.pairStart[i]!; k < sf.pairStart[i + 1]!; k++) {
        if (!sf.pairCountries[k]!.includes(country)) continue;
        for (let n = sf.pairRowStart[k]!; n < sf.pairRowStart[k + 1]!; n++)
          (rows ??= []).push(sf.pairRows[n]!);
      }
      if (!rows) return NO_ROWS;
      // Positions in the data: their order is the data's, as in the party's relations.
      rows.sort((a, b) => a - b);
      const out: Partnership[] = [];
      for (let n = 0; n < rows.length; n++) {
        const r = ds.partnershipAt(rows[n]!);
        if (r.countries.includes(country)) out.push(r);
      }
      return out;
    },
    wantsPartner: (i) => ds.status.get(municipalities[i]!.id) === 'interested',
    seekingAreas: () => undefined,
  };
}

/**
 * Partners abroad, from their facts, not their records (100,000 on large data). What the
 * requester brings depends only on the candidate's country: one Experience per country.
 */
function partnerView(query: Query, ds: Dataset, requester: Requester): CandidateView {
  const f = ds.facts;
  const list = { index: f.themeIndex, level: f.themeLevel, levels: f.strengths, from: 0, to: 0 };
  const pairs = requester.profile?.pairs ?? [];
  const pairsList = pairList(pairs);
  const perCountry = new Map<string, { eligible: boolean; experience: Experience }>();
  // Several questions about candidate i in turn name its country: the last one is kept at hand.
  let lastCountry: string | undefined;
  let last: { eligible: boolean; experience: Experience } | undefined;
  const inCountry = (country: string) => {
    if (country !== lastCountry) {
      lastCountry = country;
      last = getOrCreate(perCountry, country, () => ({
        eligible: !!ds.countries.get(country)?.icld_lists.includes('latest'),
        experience: {
          whose: 'requester',
          country,
          pairs: pairsList,
          pairsWhere: (keep) => pairs.filter((p) => keep(p.countries)),
          memo: new Map(),
        },
      }));
    }
    return last!;
  };
  return {
    query,
    ds,
    requester,
    themes: themeMatcher(ds, query.themes),
    hasExperience: !!requester.profile,
    side: 'abroad',
    length: f.ids.length,
    included: (i) => {
      const country = f.countries[i]!;
      if (query.country && country !== query.country) return false;
      return inCountry(country).eligible || !!query.includeIneligible;
    },
    inScope: (i) => !query.country || f.countries[i] === query.country,
    id: (i) => f.ids[i]!,
    name: (i) => f.names[i]!,
    kind: () => 'partner',
    country: (i) => f.countries[i]!,
    eligible: (i) => inCountry(f.countries[i]!).eligible,
    byName: (i) => f.byName[i]!,
    population: (i) => f.populations[i] ?? undefined,
    kpPairs: (i) => f.kpPairs[i]!,
    activeKpPairs: (i) => f.activeKpPairs[i]!,
    themeList: (i) => {
      list.from = f.themeStart[i]!;
      list.to = f.themeStart[i + 1]!;
      return list;
    },
    experience: (i) => inCountry(f.countries[i]!).experience,
    relationsIn: (i, country) =>
      (ds.relationsOf.get(f.ids[i]!) ?? []).filter((r) => r.countries.includes(country)),
    wantsPartner: (i) => f.seeking[i] === 1,
    seekingAreas: (i) => ds.partners.get(f.ids[i]!)?.seeking?.areas ?? [],
  };
}
