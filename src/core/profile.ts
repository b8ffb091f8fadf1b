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
  const byPair = new Map<string, Partnership[]>();
  for (const r of relations) {
    const k = pairKey(r);
    byPair.set(k, [...(byPair.get(k) ?? []), r]);
  }
  const pairs: Pair[] = [...byPair].map(([key, rows]) => ({
    key,
    rows,
    strength: Math.max(...rows.map((r) => rowStrength(r, ds.asOf))),
    kp: rows.some((r) => r.programme === 'kp'),
    active: rows.some((r) => r.programme === 'kp' && isActive(r, ds.asOf)),
    countries: [...new Set(rows.flatMap((r) => r.countries))],
    others: [...new Set(rows.flatMap((r) => r.parties))].filter((p) => p !== id),
  }));

  const themes = new Map<string, number>();
  const bump = (t: string, v: number) => themes.set(t, Math.max(themes.get(t) ?? 0, v));
  // What a party has worked on stays known longer than its contacts stay warm: themes fade to
  // half with age, where country experience fades further (see rowStrength).
  for (const r of relations)
    for (const t of r.themes) bump(t, PROGRAMME_WEIGHT[r.programme] * (0.5 + 0.5 * recency(r, ds.asOf)));
  const swedish = ds.swedish.get(id);
  for (const t of swedish?.interests ?? []) bump(t, INTEREST_STRENGTH);
  const partner = ds.partners.get(id);
  for (const t of partner?.themes ?? []) bump(t, 1);
  for (const [i, t] of (partner?.seeking?.areas ?? []).entries()) {
    bump(t, SEEKING_AREA_STRENGTH[i] ?? SEEKING_AREA_STRENGTH.at(-1)!);
  }

  return {
    id,
    pairs,
    themes,
    kpPairs: pairs.filter((p) => p.kp).length,
    activeKpPairs: pairs.filter((p) => p.active).length,
  };
}

/** 1 − Π(1 − s): several pieces of evidence add up without passing 1. */
export function combine(strengths: readonly number[]): number {
  return 1 - strengths.reduce((acc, s) => acc * (1 - s), 1);
}
