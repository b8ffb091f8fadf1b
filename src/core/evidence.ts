// How strong a piece of evidence is: by programme, by age, by kind. profile.ts weighs each relation
// and declared interest with these.

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

/** Recency: evidence halves every this many years before the latest year in the data. */
export const HALF_LIFE_YEARS = 10;
/** Evidence from a relation whose years no source gives. */
export const UNKNOWN_YEAR_RECENCY = 0.6;
/** How much a declared interest counts toward a theme, against a partnership's 1. */
export const INTEREST_STRENGTH = 0.8;
/** Ranked areas of a partner-seeker profile: first, second, third. */
export const SEEKING_AREA_STRENGTH = Object.freeze([1, 0.9, 0.8]);
/** A relation its own source flags as uncertain (two Wikidata twin towns) counts this much. */
export const UNCERTAIN_STRENGTH = 0.5;
