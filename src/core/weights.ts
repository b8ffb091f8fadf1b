// The ranking's components and their default weights: one frozen table, overridable with
// --weight theme=3,country=1. The defaults were chosen with `npm run eval` (README, "How ranking works").

export const COMPONENTS = [
  'theme',
  'country',
  'region',
  'experience',
  'capacity',
  'seeking',
  'size',
  'diaspora',
  'nearby',
] as const;
export type Component = (typeof COMPONENTS)[number];
export type Weights = Readonly<Record<Component, number>>;

export const DEFAULT_WEIGHTS: Weights = Object.freeze({
  theme: 50,
  country: 15,
  region: 2,
  experience: 15,
  capacity: 8,
  seeking: 6,
  size: 4,
  diaspora: 30,
  nearby: 60,
});

/** What each component measures, for --explain and the README. */
export const COMPONENT_HELP: Readonly<Record<Component, string>> = Object.freeze({
  theme:
    'shared themes, taxonomy-aware (exact, broader/narrower, siblings, core area), rare themes weigh more',
  country: 'partnerships or other relations in the country in question, recent and KP ones counting most',
  region: 'experience in other countries of the same ICLD region',
  experience: 'number of KP partnerships: knowing the programme',
  capacity: 'spare capacity: many concurrent active partnerships is a load',
  seeking: 'seeking a partner (abroad: an ICLD partner-seeker profile; in Sweden: recorded interest)',
  size: 'similar population, when the requester is known',
  diaspora:
    'residents born in the country in question (or in one whose refugees the partner hosts), against the national share (SCB)',
  nearby: "close to Swedish parties with KP experience in the country, the requester's own partners most",
});

/** Multiplier on evidence by programme: a KP partnership is the strongest sign of a working relation. */
export const PROGRAMME_WEIGHT = Object.freeze({
  kp: 1,
  sida: 0.5,
  cities4cities: 0.5,
  'sala-ida': 0.4,
  tusenet: 0.4,
  twinning: 0.4,
  other: 0.3,
});

/** A relation its own source flags as uncertain (two Wikidata twin towns) counts this much. */
export const UNCERTAIN_STRENGTH = 0.5;
/**
 * Diaspora: residents born in a country, as a multiple of the national share. The value grows
 * with the logarithm of that multiple, reaching 1 at this multiple; fewer residents than the
 * minimum are too few to build a partnership on, whatever their share.
 */
export const DIASPORA_FULL_RATIO = 8;
export const DIASPORA_MIN_COUNT = 20;
/**
 * A diaspora from the country in question counts this much of a community the partner abroad
 * itself hosts (Lodwar: Somali refugees, as Borlänge): the partner's own link is the stronger
 * evidence, and without it country experience must still lead (seed scenario: Georgia → Skövde).
 */
export const DIASPORA_COUNTRY_STRENGTH = 0.2;
/** Nearby: a neighbour with KP experience counts fully at 0 km, half at NEARBY_HALF_KM, nothing from NEARBY_KM. */
export const NEARBY_KM = 150;
export const NEARBY_HALF_KM = 40;
/**
 * A neighbour that is the requester's own Swedish partner counts this much (a partner abroad
 * that took one Swedish partner often takes another nearby: JB Marks with Växjö, then Älmhult);
 * any other neighbour with KP experience in the country a twentieth of it (eval: distance alone is weak).
 */
export const NEARBY_OWN_PARTNER = 1;
export const NEARBY_OTHER = 0.05;
/** Ranking abroad for a Swedish party, nearby weighs this share of its weight (see evidence.ts). */
export const NEARBY_ABROAD = 0.2;
/** Recency: evidence halves every this many years before the latest year in the data. */
export const HALF_LIFE_YEARS = 10;
/** Evidence from a relation whose years no source gives. */
export const UNKNOWN_YEAR_RECENCY = 0.6;
/** How much a declared interest counts toward a theme, against a partnership's 1. */
export const INTEREST_STRENGTH = 0.8;
/** Ranked areas of a partner-seeker profile: first, second, third. */
export const SEEKING_AREA_STRENGTH = Object.freeze([1, 0.9, 0.8]);

export interface WeightProblem {
  readonly kind: 'not-pair' | 'unknown' | 'all-zero';
  /** The part of the spec, or the name, that is wrong. */
  readonly text: string;
}

/** Parse "theme=3,country=1" into weights over the defaults; unknown names are reported. */
export function parseWeights(
  spec: string,
  base: Weights = DEFAULT_WEIGHTS,
): { weights: Weights; errors: string[]; problems: WeightProblem[] } {
  const out: Record<Component, number> = { ...base };
  const errors: string[] = [];
  // The same problems as data, for messages in the reader's language.
  const problems: WeightProblem[] = [];
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) {
      errors.push(`"${part}" is not name=number`);
      problems.push({ kind: 'not-pair', text: part });
      continue;
    }
    const [, name, value] = m;
    if (!(COMPONENTS as readonly string[]).includes(name!)) {
      errors.push(`"${name}" is not a component`);
      problems.push({ kind: 'unknown', text: name! });
      continue;
    }
    out[name as Component] = Number(value);
  }
  if (!errors.length && COMPONENTS.every((c) => out[c] === 0)) {
    errors.push('at least one weight must be above 0');
    problems.push({ kind: 'all-zero', text: '' });
  }
  return { weights: Object.freeze(out), errors, problems };
}
