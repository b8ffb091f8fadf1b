// The validated records, indexed for lookups, with what can be derived from them (KP status,
// the reference year). Pure: built from data and a year given by the shell, never from the clock.
import { type BornAbroadFacts, bornAbroadFacts } from './born-abroad.js';
import { ByPosition, positions } from './by-position.js';
import { partnerFacts, swedishFacts } from './facts.js';
import type { Dataset, PartnerFacts, SwedishFacts } from './model.js';
import type { KpStatus, Municipality, Partnership, RawDataset } from './records.js';
import { isActive, RelationsAsOf } from './relations.js';
import { createTaxonomy, themeRarity } from './themes.js';

export type { Dataset, SwedishParty } from './model.js';

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
    partnershipAt: (row) => raw.partnerships[row]!,
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
  // From every relation, not those of ds's year: a later year has more of them.
  const relationsOf = ds.relationsOf instanceof RelationsAsOf ? ds.relationsOf.all : ds.relationsOf;
  return indexed({
    raw: ds.raw,
    asOf,
    partners: ds.partners,
    partnerships: ds.partnerships,
    partnershipAt: ds.partnershipAt,
    relationsOf,
    status: kpStatus(ds.raw.municipalities, relationsOf, asOf),
    rarity: ds.rarity,
  });
}

/** What indexDataset derives from all the records: given by the cache of a data directory. */
export type Derived = Pick<
  Dataset,
  'raw' | 'asOf' | 'partners' | 'partnerships' | 'partnershipAt' | 'relationsOf' | 'status' | 'rarity'
> & {
  /** The parties' facts, or how to read them when first needed; computed from the records if absent. */
  readonly facts?: () => PartnerFacts;
  readonly swedishFacts?: () => SwedishFacts;
  readonly bornAbroad?: () => BornAbroadFacts | undefined;
  /** Each Swedish party's position in raw.municipalities by id, when the caller has it already. */
  readonly swedishIndex?: ReadonlyMap<string, number>;
};

/** A dataset from the parts that need every record, plus lookups over the few countries, themes and Swedish parties. */
export function indexed(parts: Derived): Dataset {
  let facts: PartnerFacts | undefined;
  let swedish: SwedishFacts | undefined;
  let born: { facts: BornAbroadFacts | undefined } | undefined;
  const {
    raw,
    facts: readFacts,
    swedishFacts: readSwedish,
    bornAbroad: readBorn,
    swedishIndex = positions(raw.municipalities),
    ...rest
  } = parts;
  const themes = byId(raw.themes);
  const ds: Dataset = {
    raw,
    ...rest,
    // Evidence is what has begun by the year asked: profiles, facts, partners, reasons and show
    // all read relations here.
    relationsOf: new RelationsAsOf(parts.relationsOf, parts.asOf),
    countries: byId(raw.countries),
    themes,
    swedish: new ByPosition(swedishIndex, raw.municipalities),
    taxonomy: createTaxonomy(raw.themes, themes),
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
