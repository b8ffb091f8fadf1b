// What the data says about one party: which themes it works on and how strongly, where it has
// worked, how busy it is. Evidence is weighted by programme and by recency. Pure.
import type { Partnership } from '../dataset/schema.js';
import { type Dataset, isActive, lastYear, pairKey } from './dataset.js';
import {
  HALF_LIFE_YEARS,
  INTEREST_STRENGTH,
  PROGRAMME_WEIGHT,
  SEEKING_AREA_STRENGTH,
  UNKNOWN_YEAR_RECENCY,
} from './weights.js';

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

export function rowStrength(p: Partnership, asOf: number): number {
  return PROGRAMME_WEIGHT[p.programme] * recency(p, asOf);
}

export function buildProfile(
  ds: Dataset,
  id: string,
  relations: readonly Partnership[] = ds.relationsOf.get(id) ?? [],
): Profile {
  // Plain loops: ranking builds one profile per candidate, 100,000 of them on large data.
  const byPair = new Map<string, Partnership[]>();
  const recencyOf = new Map<Partnership, number>();
  for (const r of relations) {
    const k = pairKey(r);
    const rows = byPair.get(k);
    if (rows) rows.push(r);
    else byPair.set(k, [r]);
    recencyOf.set(r, recency(r, ds.asOf));
  }
  const pairs: Pair[] = [];
  for (const [key, rows] of byPair) {
    let strength = Number.NEGATIVE_INFINITY;
    let kp = false;
    let active = false;
    const countries = new Set<string>();
    const others = new Set<string>();
    for (const r of rows) {
      strength = Math.max(strength, PROGRAMME_WEIGHT[r.programme] * recencyOf.get(r)!);
      if (r.programme === 'kp') {
        kp = true;
        if (!active && isActive(r, ds.asOf)) active = true;
      }
      for (const c of r.countries) countries.add(c);
      for (const p of r.parties) if (p !== id) others.add(p);
    }
    pairs.push({ key, rows, strength, kp, active, countries: [...countries], others: [...others] });
  }

  const themes = new Map<string, number>();
  const bump = (t: string, v: number) => {
    const had = themes.get(t);
    if (had === undefined || v > had) themes.set(t, had === undefined ? Math.max(0, v) : v);
  };
  // What a party has worked on stays known longer than its contacts stay warm: themes fade to
  // half with age, where country experience fades further (see rowStrength).
  for (const r of relations) {
    const v = PROGRAMME_WEIGHT[r.programme] * (0.5 + 0.5 * recencyOf.get(r)!);
    for (const t of r.themes) bump(t, v);
  }
  const swedish = ds.swedish.get(id);
  for (const t of swedish?.interests ?? []) bump(t, INTEREST_STRENGTH);
  const partner = ds.partners.get(id);
  for (const t of partner?.themes ?? []) bump(t, 1);
  for (const [i, t] of (partner?.seeking?.areas ?? []).entries()) {
    bump(t, SEEKING_AREA_STRENGTH[i] ?? SEEKING_AREA_STRENGTH.at(-1)!);
  }

  let kpPairs = 0;
  let activeKpPairs = 0;
  for (const p of pairs) {
    if (p.kp) kpPairs++;
    if (p.active) activeKpPairs++;
  }
  return { id, pairs, themes, kpPairs, activeKpPairs };
}

/** 1 − Π(1 − s): several pieces of evidence add up without passing 1. */
export function combine(strengths: readonly number[]): number {
  return 1 - strengths.reduce((acc, s) => acc * (1 - s), 1);
}
