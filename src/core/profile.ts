// What the data says about one party: which themes it works on and how strongly, where it has
// worked, how busy it is. Evidence is weighted by programme and by recency. Pure.
import type { Partnership } from './records.js';
import type { Dataset } from './model.js';
import { isActive, lastYear, pairKey } from './relations.js';
import {
  HALF_LIFE_YEARS,
  INTEREST_STRENGTH,
  PROGRAMME_WEIGHT,
  SEEKING_AREA_STRENGTH,
  UNCERTAIN_STRENGTH,
  UNKNOWN_YEAR_RECENCY,
} from './evidence.js';

/** A party's relations with one other party (all rows of the pair), and how strong they are. */
export interface Pair {
  readonly key: string;
  readonly rows: readonly Partnership[];
  /** 0–1: the strongest row, by programme and recency. */
  readonly strength: number;
  readonly kp: boolean;
  readonly active: boolean;
  readonly countries: readonly string[];
  /** The parties on the other side. */
  readonly others: readonly string[];
}

export interface Profile {
  readonly id: string;
  readonly pairs: readonly Pair[];
  /** Theme id → 0–1, the strongest evidence that the party works on it. */
  readonly themes: ReadonlyMap<string, number>;
  readonly kpPairs: number;
  readonly activeKpPairs: number;
}

export function recency(p: Partnership, asOf: number): number {
  if (isActive(p, asOf)) return 1;
  const y = lastYear(p);
  if (y === undefined) return p.status === 'ended' ? UNKNOWN_YEAR_RECENCY * 0.8 : UNKNOWN_YEAR_RECENCY;
  return Math.max(0.25, Math.min(1, 0.5 ** ((asOf - y) / HALF_LIFE_YEARS)));
}

/** How much a row counts by its programme, and half when its own source doubts it. */
const programmeWeight = (p: Partnership) =>
  PROGRAMME_WEIGHT[p.programme] * (p.uncertain ? UNCERTAIN_STRENGTH : 1);

export function buildProfile(
  ds: Dataset,
  id: string,
  relations: readonly Partnership[] = ds.relationsOf.get(id) ?? [],
): Profile {
  // Index loops and no per-row maps: ranking builds a profile per candidate (100,000 on large
  // data), and at start-up this code runs cold, in the interpreter, where every for...of step
  // allocates an iterator result; the garbage alone costs a few milliseconds per run.
  const recencies: number[] = [];
  const keys: string[] = [];
  /** Per pair, the indexes of its rows in `relations`. */
  const groups: number[][] = [];
  const groupOf = new Map<string, number>();
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    recencies.push(recency(r, ds.asOf));
    const k = pairKey(r);
    const g = groupOf.get(k);
    if (g === undefined) {
      groupOf.set(k, groups.length);
      keys.push(k);
      groups.push([i]);
    } else groups[g]!.push(i);
  }
  const pairs: Pair[] = [];
  for (let g = 0; g < groups.length; g++)
    pairs.push(pairOf(ds, id, keys[g]!, relations, groups[g]!, recencies));

  const themes = new Map<string, number>();
  const bump = (t: string, v: number) => {
    const had = themes.get(t);
    if (had === undefined || v > had) themes.set(t, had === undefined ? Math.max(0, v) : v);
  };
  // What a party has worked on stays known longer than its contacts stay warm: themes fade to
  // half with age, where country experience fades further (a pair's strength, above).
  for (let i = 0; i < relations.length; i++) {
    const r = relations[i]!;
    const v = programmeWeight(r) * (0.5 + 0.5 * recencies[i]!);
    for (let k = 0; k < r.themes.length; k++) bump(r.themes[k]!, v);
  }
  const interests = ds.swedish.get(id)?.interests ?? [];
  for (let i = 0; i < interests.length; i++) bump(interests[i]!, INTEREST_STRENGTH);
  const partner = ds.partners.get(id);
  const own = partner?.themes ?? [];
  for (let i = 0; i < own.length; i++) bump(own[i]!, 1);
  const areas = partner?.seeking?.areas ?? [];
  for (let i = 0; i < areas.length; i++) {
    bump(areas[i]!, SEEKING_AREA_STRENGTH[i] ?? SEEKING_AREA_STRENGTH.at(-1)!);
  }

  let kpPairs = 0;
  let activeKpPairs = 0;
  for (let i = 0; i < pairs.length; i++) {
    if (pairs[i]!.kp) kpPairs++;
    if (pairs[i]!.active) activeKpPairs++;
  }
  return { id, pairs, themes, kpPairs, activeKpPairs };
}

/**
 * Party `id`'s pair made of rows relations[at[0]], relations[at[1]], … (every row of one pair, in
 * the data's order); recencies[n] is the recency of relations[n].
 */
function pairOf(
  ds: Dataset,
  id: string,
  key: string,
  relations: readonly Partnership[],
  at: readonly number[],
  recencies: readonly number[],
): Pair {
  const rows: Partnership[] = [];
  let strength = Number.NEGATIVE_INFINITY;
  let kp = false;
  let active = false;
  const countries: string[] = [];
  const others: string[] = [];
  for (let n = 0; n < at.length; n++) {
    const r = relations[at[n]!]!;
    rows.push(r);
    strength = Math.max(strength, programmeWeight(r) * recencies[at[n]!]!);
    if (r.programme === 'kp') {
      kp = true;
      if (!active && isActive(r, ds.asOf)) active = true;
    }
    addAll(countries, r.countries);
    for (let k = 0; k < r.parties.length; k++) {
      const party = r.parties[k]!;
      if (party !== id && !others.includes(party)) others.push(party);
    }
  }
  return { key, rows, strength, kp, active, countries, others };
}

/**
 * Party `id`'s pair with the other parties of `rows`, every row of one pair in the data's order:
 * the same pair its profile holds, without reading the party's other relations (the reasons of
 * a row shown need only the pairs in a country and its region).
 */
export function pairOfRows(ds: Dataset, id: string, rows: readonly Partnership[]): Pair {
  const at: number[] = [];
  const recencies: number[] = [];
  for (let n = 0; n < rows.length; n++) {
    at.push(n);
    recencies.push(recency(rows[n]!, ds.asOf));
  }
  return pairOf(ds, id, pairKey(rows[0]!), rows, at, recencies);
}

/** Append the values `to` does not hold yet, in order (a set for the few countries of a pair). */
function addAll(to: string[], values: readonly string[]): void {
  for (let i = 0; i < values.length; i++) if (!to.includes(values[i]!)) to.push(values[i]!);
}

/** 1 − Π(1 − s): several pieces of evidence add up without passing 1. */
export function combine(strengths: readonly number[]): number {
  return 1 - strengths.reduce((acc, s) => acc * (1 - s), 1);
}
