// Residents by country of birth (born-abroad.yaml), as ranking reads them: per country code, a
// column of counts over the Swedish parties (in the dataset's order), with each party's
// population and the national reference. Stored with the snapshot and the cache one column per
// code, so a run parses only the columns of the countries it asks about. Pure.
import type { BornAbroad, RawDataset } from './records.js';

export interface FormerState {
  readonly code: string;
  readonly name: { readonly en: string; readonly sv: string };
  /** Today's countries on its territory. */
  readonly today: readonly string[];
  /** How SCB counts people under it, in the file's words. */
  readonly counting: string;
}

/** What the stored form holds besides the columns. */
export interface BornAbroadHead {
  readonly year: number;
  readonly source: string;
  readonly national: { readonly population: number; readonly counts: Readonly<Record<string, number>> };
  readonly formerStates: readonly FormerState[];
  /** Population of Swedish party i (the year's own total), or null when the file has no record for it. */
  readonly population: readonly (number | null)[];
  /** Codes with a column, in the order the columns are stored. */
  readonly codes: readonly string[];
}

export interface BornAbroadFacts extends BornAbroadHead {
  /** Residents of Swedish party i born in `code` (null: unknown); undefined when no party has a count. */
  column(code: string): readonly (number | null)[] | undefined;
}

/** The facts of a dataset's born-abroad records, or undefined when it has none (the file is optional). */
export function bornAbroadFacts(raw: RawDataset): BornAbroadFacts | undefined {
  const national = raw.bornAbroad.find((r) => r.national);
  if (!national) return undefined;
  const at = new Map(raw.municipalities.map((m, i) => [m.id, i]));
  const population: (number | null)[] = raw.municipalities.map(() => null);
  const columns = new Map<string, (number | null)[]>();
  for (const r of raw.bornAbroad) {
    const i = r.party === undefined ? undefined : at.get(r.party);
    if (i === undefined || r.national) continue;
    population[i] = r.population;
    for (const [code, n] of Object.entries(r.born_in)) {
      let col = columns.get(code);
      if (!col) columns.set(code, (col = raw.municipalities.map(() => null)));
      col[i] = n;
    }
  }
  const codes = [...columns.keys()].sort();
  return {
    year: national.year,
    source: national.source ?? '',
    national: { population: national.population, counts: { ...national.born_in } },
    formerStates: Object.entries(national.former_states ?? {}).map(([code, f]) => ({ code, ...f })),
    population,
    codes,
    column: (code) => columns.get(code),
  };
}

/** The records again, from the facts: for a dataset read from a snapshot or cache. */
export function bornAbroadRecords(
  f: BornAbroadFacts | undefined,
  parties: readonly { id: string }[],
): BornAbroad[] {
  if (!f) return [];
  const former = Object.fromEntries(
    f.formerStates.map(({ code, name, today, counting }) => [code, { name, today: [...today], counting }]),
  );
  const out: BornAbroad[] = [
    {
      id: 'born-abroad-sweden',
      national: true,
      year: f.year,
      population: f.national.population,
      source: f.source,
      former_states: former,
      born_in: { ...f.national.counts },
    },
  ];
  const columns = f.codes.map((c) => [c, f.column(c)!] as const);
  parties.forEach((p, i) => {
    const population = f.population[i];
    if (population === null || population === undefined) return;
    const born_in: Record<string, number> = {};
    for (const [code, col] of columns) if (col[i] !== null && col[i] !== undefined) born_in[code] = col[i]!;
    out.push({ id: `born-abroad-${p.id}`, party: p.id, year: f.year, population, born_in });
  });
  return out;
}

/** One party's residents born in one country, with the national comparison. */
export interface Diaspora {
  readonly country: string;
  readonly count: number;
  readonly population: number;
  /** count / population. */
  readonly share: number;
  /** share / the national share (0 when the nation has none recorded). */
  readonly ratio: number;
}

export function diasporaOf(f: BornAbroadFacts, party: number, country: string): Diaspora | undefined {
  const count = f.column(country)?.[party];
  const population = f.population[party];
  if (count === null || count === undefined || !population) return undefined;
  const nat = f.national.counts[country];
  const share = count / population;
  const natShare = nat ? nat / f.national.population : 0;
  return { country, count, population, share, ratio: natShare ? share / natShare : 0 };
}

/** The former states whose territory includes `country` (YU for Bosnia and Herzegovina). */
export function formerStatesOf(f: BornAbroadFacts, country: string): readonly FormerState[] {
  return f.formerStates.filter((s) => s.today.includes(country));
}

/** One Swedish party's residents by country of birth, largest group first, for `kp show`. */
export interface BornAbroadSummary {
  readonly year: number;
  readonly population: number;
  readonly source: string;
  readonly countries: readonly Diaspora[];
  /** Counts under SCB's former-state codes (not split by today's countries). */
  readonly formerStates: readonly (Diaspora & { readonly state: FormerState })[];
}

export function bornAbroadSummary(f: BornAbroadFacts, party: number): BornAbroadSummary | undefined {
  const population = f.population[party];
  if (population === null || population === undefined) return undefined;
  const former = new Map(f.formerStates.map((s) => [s.code, s]));
  const countries: Diaspora[] = [];
  const states: (Diaspora & { state: FormerState })[] = [];
  for (const code of f.codes) {
    const d = diasporaOf(f, party, code);
    if (!d) continue;
    const state = former.get(code);
    if (state) states.push({ ...d, state });
    else countries.push(d);
  }
  const order = (a: Diaspora, b: Diaspora) => b.count - a.count || (a.country < b.country ? -1 : 1);
  return {
    year: f.year,
    population,
    source: f.source,
    countries: countries.sort(order),
    formerStates: states.sort(order),
  };
}
