// What connects to one record, as `kp show` lists it: the Swedish parties active in a country, the
// ones working on a theme, a party's residents by country of birth. Pure.
import { type BornAbroadSummary, bornAbroadSummary } from './born-abroad.js';
import type { Dataset, SwedishParty } from './model.js';
import type { Partner, Partnership, Theme } from './records.js';
import { partnershipsAsOf } from './relations.js';
import { compareSv } from './text.js';

/** A Swedish party with its relations in one country. */
export interface ActiveIn {
  readonly party: SwedishParty;
  readonly relations: readonly Partnership[];
}

/** Swedish parties with relations in a country, most KP partnerships first. */
export function activeIn(ds: Dataset, code: string): ActiveIn[] {
  const out = new Map<string, Partnership[]>();
  for (const p of partnershipsAsOf(ds)) {
    if (!p.countries.includes(code)) continue;
    for (const id of p.parties) if (ds.swedish.has(id)) out.set(id, [...(out.get(id) ?? []), p]);
  }
  return [...out]
    .map(([id, relations]) => ({ party: ds.swedish.get(id)!, relations }))
    .sort(
      (a, b) =>
        b.relations.filter((p) => p.programme === 'kp').length -
          a.relations.filter((p) => p.programme === 'kp').length || compareSv(a.party.name, b.party.name),
    );
}

/** A theme and every narrower one: what working on it counts. */
export const themeAndNarrower = (ds: Dataset, t: Theme): ReadonlySet<string> =>
  new Set([t.id, ...ds.taxonomy.descendants(t.id)]);

/** Some theme of `ids` is in `set`. */
const onAny = (ids: readonly string[] | undefined, set: ReadonlySet<string>) =>
  (ids ?? []).some((x) => set.has(x));

/** A relation of the party is on a theme in `set`. */
const relationOn = (ds: Dataset, id: string, set: ReadonlySet<string>) =>
  (ds.relationsOf.get(id) ?? []).some((r) => onAny(r.themes, set));

/** Swedish parties that work on a theme (or a narrower one), through partnerships or interests. */
export function worksOn(ds: Dataset, t: Theme): SwedishParty[] {
  const set = themeAndNarrower(ds, t);
  return ds.raw.municipalities
    .filter((m) => onAny(m.interests, set) || relationOn(ds, m.id, set))
    .sort((a, b) => compareSv(a.name, b.name));
}

/**
 * Partners abroad that work on a theme (or a narrower one): their own themes, the areas of their
 * partner-seeker profile, or their relations'. By country, then name.
 */
export function partnersOn(ds: Dataset, t: Theme): Partner[] {
  const set = themeAndNarrower(ds, t);
  return ds.raw.partners
    .filter((p) => onAny(p.themes, set) || onAny(p.seeking?.areas, set) || relationOn(ds, p.id, set))
    .sort((a, b) => compareSv(a.country, b.country) || compareSv(a.name, b.name));
}

/** The party's residents by country of birth, when the data has them. */
export function bornAbroadOf(ds: Dataset, id: string): BornAbroadSummary | undefined {
  const f = ds.bornAbroad;
  const i = ds.raw.municipalities.findIndex((m) => m.id === id);
  return f && i >= 0 ? bornAbroadSummary(f, i) : undefined;
}

/** A country on any of ICLD's lists, past or present. */
export const isPartnerCountry = (ds: Dataset, code: string): boolean =>
  !!ds.countries.get(code)?.icld_lists.length;
