// The ranking components, one entry each, in one table that rank() walks (like ESLint's rules).
// A component says when it applies, scores candidate i of a candidate view 0–1, and gives the
// reasons for that score. rank() turns the values into points: weight × value, scaled so the
// points of the components that apply sum to at most 100. The view (candidates.ts) hides how
// the facts are stored; score() runs for every candidate (100,000 on large data), so it reads
// numbers and allocates nothing; why() runs only for the rows shown.
//
// Adding a component:
//   1. an entry in COMPONENT_TABLE below (id, default weight, labels, appliesTo, score, why); its id
//      becomes a --weight name, a points field in JSON, a CSV column and an --explain term;
//   2. if it needs a fact the view does not give yet, a question in CandidateView
//      (candidates.ts), answered by both views (from facts.ts when every candidate needs it);
//   3. its row in the README's ranking table ("How ranking works").
//   If its reasons are of a new kind, that kind goes in core/reasons.ts and its sentence in
//   output/reasons.ts (the type checker points at the missing sentence).
import type { CandidateView } from './candidates.js';
import {
  diasporaApplies,
  diasporaOfCandidate,
  nearbyApplies,
  nearbyOfCandidate,
  nearbyWeightScale,
} from './first-partners.js';
import type { Reason } from './reasons.js';
import { buildProfile } from './profile.js';
import {
  activeKp,
  capacity,
  countryExperience,
  experience,
  NO_REASONS,
  regionExperience,
  sizeSimilarity,
  themeFit,
} from './signals.js';

export interface RankingComponent<Id extends string = string> {
  readonly id: Id;
  /** The default weight (chosen with `npm run eval`; --weight overrides it). */
  readonly weight: number;
  /** The component's name in --explain and tables. */
  readonly label: { readonly en: string; readonly sv: string };
  /** Its name in a CSV or workbook column header, where the short label is not clear alone. */
  readonly header?: { readonly en: string; readonly sv: string };
  /** The component counts for this query (a weight of 0 also leaves it out). */
  appliesTo(view: CandidateView): boolean;
  /** Candidate i's value, 0–1. */
  score(view: CandidateView, i: number): number;
  /** The evidence behind candidate i's value, strongest first. */
  why(view: CandidateView, i: number): readonly Reason[];
  /** The share of its weight it carries for this query (1 when absent): less where its evidence is weaker. */
  weightScale?(view: CandidateView): number;
}

const component = <Id extends string>(c: RankingComponent<Id>): RankingComponent<Id> => Object.freeze(c);

/**
 * A value worked out once per Experience (abroad: once per country, not per candidate). `value`
 * is a function of the module, not a closure made per call: ranking asks for every candidate.
 */
function perExperience(
  view: CandidateView,
  i: number,
  id: string,
  value: (view: CandidateView, i: number) => number,
): number {
  const { memo } = view.experience(i);
  if (!memo) return value(view, i);
  let v = memo.get(id);
  if (v === undefined) {
    v = value(view, i);
    memo.set(id, v);
  }
  return v;
}

/**
 * KP partnerships that count as experience: a Swedish party's all; a partner abroad's only those
 * that are not running, since a running one is a partner already taken (see capacity).
 */
const finishedKp = (view: CandidateView, i: number) =>
  view.side === 'abroad' ? view.kpPairs(i) - view.activeKpPairs(i) : view.kpPairs(i);

const country = (view: CandidateView, i: number, why: boolean) => {
  const e = view.experience(i);
  return countryExperience(e.pairs, e.country, e.whose, why, e.pairsWhere);
};
const region = (view: CandidateView, i: number, why: boolean) => {
  const e = view.experience(i);
  return regionExperience(view.ds, e.pairs, e.country, e.whose, why, e.pairsWhere);
};
const countryValue = (view: CandidateView, i: number) => country(view, i, false).value;
const regionValue = (view: CandidateView, i: number) => region(view, i, false).value;

export const COMPONENT_TABLE = Object.freeze([
  /** Theme fit, taxonomy-aware, rare themes weighing more. */
  component({
    id: 'theme',
    weight: 50,
    label: { en: 'theme', sv: 'tema' },
    appliesTo: (view) => view.query.themes.length > 0,
    score: (view, i) => themeFit(view.themes, view.themeList(i), false).value,
    why: (view, i) => themeFit(view.themes, view.themeList(i), true).reasons,
  }),
  /** Relations in the country in question, recent and KP ones counting most. */
  component({
    id: 'country',
    weight: 15,
    label: { en: 'country', sv: 'land' },
    appliesTo: (view) => view.hasExperience,
    score: (view, i) => perExperience(view, i, 'country', countryValue),
    why: (view, i) => country(view, i, true).reasons,
  }),
  /** The same, at half strength, in other countries of the same ICLD region. */
  component({
    id: 'region',
    weight: 2,
    label: { en: 'region', sv: 'region' },
    appliesTo: (view) => view.hasExperience,
    score: (view, i) => perExperience(view, i, 'region', regionValue),
    why: (view, i) => region(view, i, true).reasons,
  }),
  /** Number of KP partnerships: knowing the programme. */
  component({
    id: 'experience',
    weight: 15,
    label: { en: 'experience', sv: 'erfarenhet' },
    appliesTo: () => true,
    score: (view, i) => experience(finishedKp(view, i), 0, false).value,
    why: (view, i) =>
      experience(finishedKp(view, i), view.side === 'abroad' ? 0 : view.activeKpPairs(i), true).reasons,
  }),
  /** Spare capacity: many concurrent active partnerships are a load. */
  component({
    id: 'capacity',
    weight: 8,
    label: { en: 'capacity', sv: 'kapacitet' },
    appliesTo: () => true,
    score: (view, i) => capacity(view.activeKpPairs(i), view.side, false).value,
    why: (view, i) =>
      capacity(view.activeKpPairs(i), view.side, true, () =>
        activeKp(buildProfile(view.ds, view.id(i)).pairs),
      ).reasons,
  }),
  /** Wants a partner: a partner-seeker profile abroad, a recorded interest in Sweden. */
  component({
    id: 'seeking',
    weight: 6,
    label: { en: 'seeking', sv: 'söker' },
    header: { en: 'seeking', sv: 'söker partner' },
    appliesTo: () => true,
    score: (view, i) => (view.wantsPartner(i) ? 1 : 0),
    why: (view, i): readonly Reason[] => {
      if (!view.wantsPartner(i)) return NO_REASONS;
      const areas = view.seekingAreas(i);
      return [areas ? { type: 'seeking', areas } : { type: 'interested' }];
    },
  }),
  /** Similar population, when the requester's is known. */
  component({
    id: 'size',
    weight: 4,
    label: { en: 'size', sv: 'storlek' },
    appliesTo: (view) => view.requester.population !== undefined,
    score: (view, i) => sizeSimilarity(view.requester.population, view.population(i), false).value,
    why: (view, i) => sizeSimilarity(view.requester.population, view.population(i), true).reasons,
  }),
  /** Residents born in the country in question, or in one whose refugees the partner hosts (SCB). */
  component({
    id: 'diaspora',
    weight: 30,
    label: { en: 'diaspora', sv: 'diaspora' },
    appliesTo: diasporaApplies,
    score: (view, i) => diasporaOfCandidate(view, i, false).value,
    why: (view, i) => diasporaOfCandidate(view, i, true).reasons,
  }),
  /** Close to Swedish parties with KP experience in the country, the requester's own partners most. */
  component({
    id: 'nearby',
    weight: 60,
    label: { en: 'nearby', sv: 'grannar' },
    header: { en: 'nearby', sv: 'grannar' },
    appliesTo: nearbyApplies,
    score: (view, i) => nearbyOfCandidate(view, i, false).value,
    why: (view, i) => nearbyOfCandidate(view, i, true).reasons,
    weightScale: nearbyWeightScale,
  }),
] as const);

export type Component = (typeof COMPONENT_TABLE)[number]['id'];
