// Name entries for each kind of record: what a person may type to mean it. Pure.
import type { Country, Partner, Theme } from '../dataset/schema.js';
import type { Dataset, SwedishParty } from './dataset.js';
import type { NameEntry } from './names.js';

export type AnyRecord =
  | { readonly kind: 'country'; readonly record: Country }
  | { readonly kind: 'theme'; readonly record: Theme }
  | { readonly kind: 'municipality' | 'region' | 'association'; readonly record: SwedishParty }
  | { readonly kind: 'partner'; readonly record: Partner };

export function countryEntry(c: Country): NameEntry<Country> {
  return {
    record: c,
    id: c.id,
    label: c.name.en,
    kind: 'country',
    primary: [c.id, c.name.en, c.name.sv, ...(c.iso3 ? [c.iso3] : [])],
    secondary: c.aliases,
  };
}

export function themeEntry(t: Theme): NameEntry<Theme> {
  return {
    record: t,
    id: t.id,
    label: t.label.en,
    kind: 'theme',
    primary: [t.id, t.id.replace(/-/g, ' '), t.label.en, t.label.sv],
    secondary: [...t.synonyms.en, ...t.synonyms.sv],
  };
}

export function swedishEntry(m: SwedishParty): NameEntry<SwedishParty> {
  return {
    record: m,
    id: m.id,
    label: m.name,
    kind: m.kind,
    detail: m.county,
    primary: [m.id, m.name, ...(m.code ? [m.code] : [])],
    secondary: m.aliases,
  };
}

export function partnerEntry(p: Partner, ds: Dataset): NameEntry<Partner> {
  return {
    record: p,
    id: p.id,
    label: p.name,
    kind: 'partner',
    detail: ds.countries.get(p.country)?.name.en ?? p.country,
    primary: [p.id, p.name],
    secondary: p.aliases,
  };
}

/**
 * An entry per partner abroad, from the dataset's facts: its record is read only if the entry is
 * picked (on large data, one of 100,000).
 */
export function partnerEntries(ds: Dataset): NameEntry<Partner>[] {
  const f = ds.facts;
  const out: NameEntry<Partner>[] = [];
  for (let i = 0; i < f.ids.length; i++) {
    const id = f.ids[i]!;
    out.push({
      get record() {
        return ds.partners.get(id)!;
      },
      id,
      label: f.names[i]!,
      kind: 'partner',
      detail: ds.countries.get(f.countries[i]!)?.name.en ?? f.countries[i],
      primary: [id, f.names[i]!],
      secondary: f.aliases[i]!,
    });
  }
  return out;
}

/** Every record of every kind, for `kp show`. */
export function allEntries(ds: Dataset): NameEntry<AnyRecord>[] {
  const wrap = <T>(e: NameEntry<T>, r: AnyRecord): NameEntry<AnyRecord> => ({ ...e, record: r });
  return [
    ...ds.raw.municipalities.map((m) => wrap(swedishEntry(m), { kind: m.kind, record: m })),
    ...ds.raw.partners.map((p) => wrap(partnerEntry(p, ds), { kind: 'partner', record: p })),
    ...ds.raw.countries.map((c) => wrap(countryEntry(c), { kind: 'country', record: c })),
    ...ds.raw.themes.map((t) => wrap(themeEntry(t), { kind: 'theme', record: t })),
  ];
}
