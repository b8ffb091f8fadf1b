// rank(query, dataset, weights) → ranking: every candidate with the points of each component.
// explain(ranking, n) → the evidence behind the first n, for the rows shown. Pure: no I/O, no
// clock, deterministic for the same inputs in any record order (ties break by Swedish collation
// of the name, then id). rank() walks the components table (components.ts) over a candidate view
// (candidates.ts); neither knows which direction it ranks in.
import { type CandidateView, candidateView, type Query, requesterOf } from './candidates.js';
import { COMPONENT_TABLE } from './components.js';
import type { Dataset } from './dataset.js';
import type { Reason } from './reasons.js';
import { compareSv } from './text.js';
import type { Component, Weights } from './weights.js';

export type { Direction, Query } from './candidates.js';
export { sameRegion } from './signals.js';

const round1 = (x: number) => Math.round(x * 10) / 10;

export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  /** ISO code of the candidate's country ("SE" for Swedish parties). */
  readonly country: string;
  readonly score: number;
  /** Points per component; they sum to the score. */
  readonly components: Readonly<Record<Component, number>>;
  /**
   * KP can fund a new partnership with this candidate as to the country: the partnership's country
   * (the candidate's abroad; the requester's for a Swedish party) is on ICLD's current list.
   */
  readonly eligible: boolean;
}

export interface Ranking {
  readonly query: Query;
  readonly candidates: readonly Candidate[];
  /**
   * Parties that have or had a KP partnership with the requester: not ranked. `active` when one
   * runs as of the year asked (current partners), else earlier partners; `partnerships` are the
   * pair's KP rows.
   */
  readonly existing: readonly Existing[];
  /** Components that applied (theme fit needs themes; size needs a requester of known size). */
  readonly applied: readonly Component[];
  readonly weights: Weights;
}

export interface Existing {
  readonly id: string;
  readonly name: string;
  readonly active: boolean;
  readonly partnerships: readonly string[];
}

/** Why a candidate scores what it does, for a row shown. */
export interface Explanation {
  readonly candidate: Candidate;
  /** The evidence: flags first, then each applied component's, by points. */
  readonly reasons: readonly Reason[];
  /**
   * The same with the reasons that only explain points ("room for a partnership", "size not
   * known"), in the same order: every component that gives points has its sentence (--explain).
   */
  readonly allReasons: readonly Reason[];
  /** Each applied component's own evidence: every component that gives points says why. */
  readonly why: Readonly<Partial<Record<Component, readonly Reason[]>>>;
  /**
   * The candidate's own relations in the country in question (ranking abroad: its own country)
   * with parties on the other side, grouped by those parties: ids, and the partnership rows.
   */
  readonly inCountry: readonly { readonly others: readonly string[]; readonly rows: readonly string[] }[];
}

class Ranked implements Candidate {
  /** Position among the candidates by name (then id), for ties in score; -1 when not known. */
  readonly #byName: number;
  /** Which candidate of the view this is. */
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
    source: number,
  ) {
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

  static source(c: Ranked): number {
    return c.#source;
  }
}

/** What explain() needs of a ranking, kept out of the ranking's data. */
interface Context {
  readonly view: CandidateView;
  /** The requester's other (non-KP) relations, by the party on the other side. */
  readonly otherRelation: ReadonlyMap<string, readonly string[]>;
}
const CONTEXT = new WeakMap<Ranking, Context>();

/** Rank candidates for a query. Candidates with the requester as a KP partner are listed in `existing`. */
export function rank(query: Query, ds: Dataset, given: Weights): Ranking {
  const requester = requesterOf(query, ds);
  const pairs = requester.profile?.pairs ?? [];
  // Each party on the other side of a KP pair: whether one of its KP rows runs, and those rows.
  const existingKp = new Map<string, { active: boolean; partnerships: string[] }>();
  for (const p of pairs) {
    if (!p.kp) continue;
    const rows = p.rows.filter((r) => r.programme === 'kp').map((r) => r.id);
    for (const o of p.others) {
      const had = existingKp.get(o);
      if (had) {
        had.active ||= p.active;
        had.partnerships.push(...rows.filter((r) => !had.partnerships.includes(r)));
      } else existingKp.set(o, { active: p.active, partnerships: [...rows] });
    }
  }
  const otherRelation = new Map(
    pairs.filter((p) => !p.kp).flatMap((p) => p.others.map((o) => [o, p.rows.map((r) => r.id)] as const)),
  );
  const view = candidateView(query, ds, requester);
  const weights = scaledWeights(given, view);

  const counted = COMPONENT_TABLE.filter((c) => weights[c.id] > 0 && c.appliesTo(view));
  const applied = counted.map((c) => c.id);
  const totalWeight = counted.reduce((s, c) => s + weights[c.id], 0);
  // Per component of the table: its weight when it counts, else 0 (no points).
  const weightOf = COMPONENT_TABLE.map((c) =>
    totalWeight > 0 && applied.includes(c.id) ? weights[c.id] : 0,
  );

  const existing: Existing[] = [];
  const candidates: Ranked[] = [];
  for (let i = 0; i < view.length; i++) {
    const had = existingKp.size && view.inScope(i) ? existingKp.get(view.id(i)) : undefined;
    if (!had && !view.included(i)) continue;
    const id = view.id(i);
    if (had) {
      // Row ids sorted: the same answer in any record order.
      existing.push({
        id,
        name: view.name(i),
        active: had.active,
        partnerships: [...had.partnerships].sort(),
      });
      continue;
    }
    const components = {} as Record<Component, number>;
    let sum = 0;
    for (let k = 0; k < COMPONENT_TABLE.length; k++) {
      const c = COMPONENT_TABLE[k]!;
      const w = weightOf[k]!;
      const points = w > 0 ? round1((100 * w * c.score(view, i)) / totalWeight) : 0;
      components[c.id] = points;
      sum += points;
    }
    candidates.push(
      new Ranked(
        id,
        view.name(i),
        view.kind(i),
        view.country(i),
        view.eligible(i),
        round1(sum),
        components,
        view.byName(i),
        i,
      ),
    );
  }

  candidates.sort(Ranked.compare);
  existing.sort((a, b) => compareSv(a.name, b.name));
  const ranking: Ranking = { query, candidates, existing, applied, weights };
  CONTEXT.set(ranking, { view, otherRelation });
  return ranking;
}

/** The weights for this query: a component may weigh less where its evidence is weaker (nearby). */
function scaledWeights(given: Weights, view: CandidateView): Weights {
  let out: Record<Component, number> | undefined;
  for (const c of COMPONENT_TABLE) {
    const scale = 'weightScale' in c ? c.weightScale?.(view) : undefined;
    if (scale === undefined || scale === 1) continue;
    out ??= { ...given };
    out[c.id] = given[c.id] * scale;
  }
  return out ? Object.freeze(out) : given;
}

/** Reasons that explain a component's points but say little in a list of reasons: kept to `why`. */
const WHY_ONLY: ReadonlySet<Reason['type']> = new Set(['room', 'size']);

/** The same ids in the same order. */
function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** The component of the table with this id. */
function componentById(id: Component): (typeof COMPONENT_TABLE)[number] {
  for (let k = 0; k < COMPONENT_TABLE.length; k++)
    if (COMPONENT_TABLE[k]!.id === id) return COMPONENT_TABLE[k]!;
  throw new Error(`no component ${id}`);
}

/** The reasons of the first `n` candidates of a ranking (the rows shown), put together now. */
export function explain(ranking: Ranking, n: number): Explanation[] {
  const context = CONTEXT.get(ranking);
  if (!context) throw new Error('explain() takes a ranking made by rank()');
  const { view, otherRelation } = context;
  const { query, applied } = ranking;
  const { ds } = view;
  return ranking.candidates.slice(0, n).map((candidate) => {
    const i = Ranked.source(candidate as Ranked);
    const flags: Reason[] = [];
    // Asked for one country, the caller says once that it is off the list; otherwise flag each.
    if (!candidate.eligible && !query.country) flags.push({ type: 'ineligible', country: candidate.country });
    const rows = otherRelation.get(candidate.id);
    if (rows) flags.push({ type: 'existing-relation', with: query.from!, rows });
    const reasons: Reason[] = [...flags];
    const allReasons: Reason[] = [...flags];
    const points = candidate.components;
    // Compared, not subtracted: points are fractional, and in cold code every difference of two
    // is a new heap number (the order is the same).
    const byPoints = applied
      .slice()
      .sort((a, b) => (points[b] > points[a] ? 1 : points[b] < points[a] ? -1 : 0));
    const why: Partial<Record<Component, readonly Reason[]>> = {};
    // Index loops, no closure or filtered copy per component: ten rows × nine components, cold.
    for (let k = 0; k < byPoints.length; k++) {
      const id = byPoints[k]!;
      const own = componentById(id).why(view, i);
      why[id] = own;
      // "Room for a partnership" and "size not known" explain points, not a choice: not in the
      // short list, but in `why` and the full one.
      for (let r = 0; r < own.length; r++) {
        const reason = own[r]!;
        const whyOnly = WHY_ONLY.has(reason.type);
        if (!whyOnly) reasons.push(reason);
        if (!whyOnly || points[id] > 0) allReasons.push(reason);
      }
    }

    const country = view.experience(i).country;
    // Groups in the order their first row comes, found by their parties: a few per row shown.
    const inCountry: { others: string[]; rows: string[] }[] = [];
    if (country) {
      // Ids are unique across Swedish parties and partners, and every party of a relation is one
      // (the data is validated): a party is on the other side when it is Swedish exactly if the
      // candidate is abroad. Asked of the Swedish index, with no index of every partner's id.
      const abroad = view.side === 'abroad';
      const there = view.relationsIn(i, country);
      for (let k = 0; k < there.length; k++) {
        const r = there[k]!;
        const others = r.parties.filter((p) => p !== candidate.id && ds.swedish.has(p) === abroad);
        let group: (typeof inCountry)[number] | undefined;
        for (let g = 0; g < inCountry.length && !group; g++)
          if (sameList(inCountry[g]!.others, others)) group = inCountry[g];
        if (group) group.rows.push(r.id);
        else inCountry.push({ others, rows: [r.id] });
      }
    }
    return { candidate, reasons, allReasons, why, inCountry };
  });
}
