// The validated records, indexed for lookups, with what can be derived from them (KP status,
// the reference year). Pure: built from data and a year given by the shell, never from the clock.
import type {
  Country,
  KpStatus,
  Municipality,
  Partner,
  Partnership,
  RawDataset,
  Theme,
} from '../dataset/schema.js';
import { type BornAbroadFacts, bornAbroadFacts } from './born-abroad.js';
import { type PartnerFacts, partnerFacts, type SwedishFacts, swedishFacts } from './facts.js';
import { createTaxonomy, type Taxonomy, themeRarity } from './themes.js';

export type SwedishParty = Municipality;
export type Party =
  | { readonly side: 'sweden'; readonly record: SwedishParty }
  | { readonly side: 'abroad'; readonly record: Partner };

export interface Dataset {
  readonly raw: RawDataset;
  /** The year status and recency are judged in: --as-of, else the current year (given by the shell). */
  readonly asOf: number;
  readonly countries: ReadonlyMap<string, Country>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly swedish: ReadonlyMap<string, SwedishParty>;
  readonly partners: ReadonlyMap<string, Partner>;
  readonly partnerships: ReadonlyMap<string, Partnership>;
  /** Every relation (KP or not) a party takes part in. */
  readonly relationsOf: ReadonlyMap<string, readonly Partnership[]>;
  /** KP status of each Swedish party: derived from its partnerships, else as recorded, else none. */
  readonly status: ReadonlyMap<string, KpStatus>;
  readonly taxonomy: Taxonomy;
  /** 0–1 per theme: rare themes near 1, common ones lower. */
  readonly rarity: ReadonlyMap<string, number>;
  /** What ranking needs of every partner abroad, without its records (see facts.ts). */
  readonly facts: PartnerFacts;
  /** What ranking needs of every Swedish party, without its relations' records (see facts.ts). */
  readonly swedishFacts: SwedishFacts;
  /** Residents by country of birth per Swedish party; undefined when the data has none (born-abroad.yaml is optional). */
  readonly bornAbroad: BornAbroadFacts | undefined;
}

/** A partnership with no end year and no recorded status counts as active this long after it began. */
export const ACTIVE_WITHIN_YEARS = 2;

export function lastYear(p: Partnership): number | undefined {
  return p.end ?? p.start;
}

/**
 * Whether a partnership is running in the year `asOf`. The years decide where the data has them:
 * one that has not begun, or whose end year is before `asOf`, is not (whatever status a source
 * recorded once); one with no end year is as its source recorded it, else active for a couple of
 * years after it began (a KP project runs about three).
 */
export function isActive(p: Partnership, asOf: number): boolean {
  if (p.start !== undefined && p.start > asOf) return false;
  if (p.end !== undefined) return p.end >= asOf;
  if (p.status === 'active') return true;
  if (p.status === 'ended') return false;
  return p.start !== undefined && p.start >= asOf - ACTIVE_WITHIN_YEARS;
}

/** The latest year any KP partnership mentions: the default as-of year of a dataset. */
export function latestYear(raw: RawDataset): number {
  // A loop, not Math.max(...years): spreading 600,000 arguments overflows the stack.
  let year = 0;
  // Index loops here: cold code at start-up, where for...of allocates per step (see profile.ts).
  const rows = raw.partnerships;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    if (p.programme !== 'kp') continue;
    if (p.start !== undefined && p.start > year) year = p.start;
    if (p.end !== undefined && p.end > year) year = p.end;
  }
  return year;
}

/**
 * KP status of each Swedish party as of a year. Its KP partnerships are the newest evidence: active
 * while one runs, former once all have ended (Lund, whose partnership with Francistown ended in
 * 2024, is former in 2026, though a 2020 source recorded its interest). A recorded status only for
 * parties with no KP partnership.
 */
export function kpStatus(
  municipalities: readonly Municipality[],
  relationsOf: ReadonlyMap<string, readonly Partnership[]>,
  asOf: number,
): Map<string, KpStatus> {
  const status = new Map<string, KpStatus>();
  for (let i = 0; i < municipalities.length; i++) {
    const m = municipalities[i]!;
    const rel = relationsOf.get(m.id) ?? [];
    let kp = false;
    let active = false;
    for (let k = 0; k < rel.length && !active; k++) {
      if (rel[k]!.programme !== 'kp' || (rel[k]!.start ?? 0) > asOf) continue;
      kp = true;
      active = isActive(rel[k]!, asOf);
    }
    const derived: KpStatus | undefined = active ? 'active' : kp ? 'former' : undefined;
    status.set(m.id, derived ?? m.kp_status ?? 'none');
  }
  return status;
}

/** Index the records; status and recency are judged as of `asOf` (default: the data's latest year). */
export function indexDataset(raw: RawDataset, asOf = latestYear(raw)): Dataset {
  const rows = raw.partnerships;
  const relationsOf = new Map<string, Partnership[]>();
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    for (let k = 0; k < p.parties.length; k++) {
      const id = p.parties[k]!;
      const list = relationsOf.get(id);
      if (list) list.push(p);
      else relationsOf.set(id, [p]);
    }
  }

  return indexed({
    raw,
    asOf,
    partners: byId(raw.partners),
    partnerships: byId(raw.partnerships),
    relationsOf,
    status: kpStatus(raw.municipalities, relationsOf, asOf),
    rarity: themeRarity(raw.themes, raw.partnerships),
  });
}

/**
 * The dataset judged as of another year: status again, and the facts (recency) from the records
 * on first use. The same dataset when the year is the one it was indexed for (the snapshot and
 * caches are, for the year they were written in), so the usual run pays nothing.
 */
export function atYear(ds: Dataset, asOf: number): Dataset {
  if (asOf === ds.asOf) return ds;
  return indexed({
    raw: ds.raw,
    asOf,
    partners: ds.partners,
    partnerships: ds.partnerships,
    relationsOf: ds.relationsOf,
    status: kpStatus(ds.raw.municipalities, ds.relationsOf, asOf),
    rarity: ds.rarity,
  });
}

/** What indexDataset derives from all the records: given by the cache of a data directory. */
export type Derived = Pick<
  Dataset,
  'raw' | 'asOf' | 'partners' | 'partnerships' | 'relationsOf' | 'status' | 'rarity'
> & {
  /** The parties' facts, or how to read them when first needed; computed from the records if absent. */
  readonly facts?: () => PartnerFacts;
  readonly swedishFacts?: () => SwedishFacts;
  readonly bornAbroad?: () => BornAbroadFacts | undefined;
};

/** A dataset from the parts that need every record, plus lookups over the few countries, themes and Swedish parties. */
export function indexed(parts: Derived): Dataset {
  let facts: PartnerFacts | undefined;
  let swedish: SwedishFacts | undefined;
  let born: { facts: BornAbroadFacts | undefined } | undefined;
  const { raw, facts: readFacts, swedishFacts: readSwedish, bornAbroad: readBorn, ...rest } = parts;
  const ds: Dataset = {
    raw,
    ...rest,
    countries: byId(raw.countries),
    themes: byId(raw.themes),
    swedish: byId(raw.municipalities),
    taxonomy: createTaxonomy(raw.themes),
    // Facts on first use: ranking Swedish parties (the usual run) never needs the partners'.
    get facts() {
      facts ??= readFacts ? readFacts() : partnerFacts(ds);
      return facts;
    },
    get swedishFacts() {
      swedish ??= readSwedish ? readSwedish() : swedishFacts(ds);
      return swedish;
    },
    get bornAbroad() {
      born ??= { facts: readBorn ? readBorn() : bornAbroadFacts(raw) };
      return born.facts;
    },
  };
  return ds;
}

/** Records by id, without a [key, value] pair per record (300,000 of them on large data). */
function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < records.length; i++) map.set(records[i]!.id, records[i]!);
  return map;
}

export function partyById(ds: Dataset, id: string): Party | undefined {
  const s = ds.swedish.get(id);
  if (s) return { side: 'sweden', record: s };
  const a = ds.partners.get(id);
  return a ? { side: 'abroad', record: a } : undefined;
}

/** A stable key for the parties of a relation: rows of one pair share it. */
export function pairKey(p: Partnership): string {
  // The common two-party case without copying and sorting (same order as sort()).
  if (p.parties.length === 2) {
    const a = p.parties[0]!;
    const b = p.parties[1]!;
    return a < b ? `${a}+${b}` : `${b}+${a}`;
  }
  return [...p.parties].sort().join('+');
}

/** Years as a person writes them: "2018–2022", "2019", "since 2013", or undefined. */
export function yearSpan(p: Partnership): string | undefined {
  if (p.start !== undefined && p.end !== undefined)
    return p.start === p.end ? `${p.start}` : `${p.start}–${p.end}`;
  if (p.start !== undefined) return `${p.start}–`;
  if (p.end !== undefined) return `–${p.end}`;
  return undefined;
}
