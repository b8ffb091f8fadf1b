// The validated records, indexed for lookups, with what can be derived from them (KP status,
// the reference year). Pure: built from data, never from the clock.
import { partnerFacts, swedishFacts } from './facts.js';
import type { Dataset, PartnerFacts, SwedishFacts } from './model.js';
import type { KpStatus, Partnership, RawDataset } from './records.js';
import { isActive } from './relations.js';
import { createTaxonomy, themeRarity } from './themes.js';

export type { Dataset, SwedishParty } from './model.js';

export function indexDataset(raw: RawDataset): Dataset {
  // A loop, not Math.max(...years): spreading 600,000 arguments overflows the stack.
  let asOf = 0;
  // Index loops here: cold code at start-up, where for...of allocates per step (see profile.ts).
  const rows = raw.partnerships;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i]!;
    if (p.programme !== 'kp') continue;
    if (p.start !== undefined && p.start > asOf) asOf = p.start;
    if (p.end !== undefined && p.end > asOf) asOf = p.end;
  }

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

  const status = new Map<string, KpStatus>();
  const municipalities = raw.municipalities;
  for (let i = 0; i < municipalities.length; i++) {
    const m = municipalities[i]!;
    const rel = relationsOf.get(m.id) ?? [];
    let kp = false;
    let active = false;
    for (let k = 0; k < rel.length && !active; k++) {
      if (rel[k]!.programme !== 'kp') continue;
      kp = true;
      active = isActive(rel[k]!, asOf);
    }
    const derived: KpStatus | undefined = active ? 'active' : kp ? 'former' : undefined;
    status.set(m.id, derived ?? m.kp_status ?? 'none');
  }

  return indexed({
    raw,
    asOf,
    partners: byId(raw.partners),
    partnerships: byId(raw.partnerships),
    relationsOf,
    status,
    rarity: themeRarity(raw.themes, raw.partnerships),
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
};

/** A dataset from the parts that need every record, plus lookups over the few countries, themes and Swedish parties. */
export function indexed(parts: Derived): Dataset {
  let facts: PartnerFacts | undefined;
  let swedish: SwedishFacts | undefined;
  const { raw, facts: readFacts, swedishFacts: readSwedish, ...rest } = parts;
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
  };
  return ds;
}

/** Records by id, without a [key, value] pair per record (300,000 of them on large data). */
function byId<T extends { readonly id: string }>(records: readonly T[]): Map<string, T> {
  const map = new Map<string, T>();
  for (let i = 0; i < records.length; i++) map.set(records[i]!.id, records[i]!);
  return map;
}
