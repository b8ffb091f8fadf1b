// Name entries for each kind of record: what a person may type to mean it. Pure.
import type { Country, Partner, Theme } from './records.js';
import type { Dataset, SwedishParty } from './dataset.js';
import type { NameEntry } from './names.js';

export type AnyRecord =
  | { readonly kind: 'country'; readonly record: Country }
  | { readonly kind: 'theme'; readonly record: Theme }
  | { readonly kind: 'municipality' | 'region' | 'association'; readonly record: SwedishParty }
  | { readonly kind: 'partner'; readonly record: Partner };

// Entries are made for every record of a kind when a name of that kind is first resolved (a
// run's start-up): array literals of the right length, no spreads (which grow an array as they
// go) and no regular expressions.
const NO_CODES: readonly string[] = Object.freeze([]);

export function countryEntry(c: Country): NameEntry<Country> {
  return {
    record: c,
    id: c.id,
    label: c.name.en,
    sv: { label: c.name.sv },
    kind: 'country',
    primary: c.iso3 ? [c.id, c.name.en, c.name.sv, c.iso3] : [c.id, c.name.en, c.name.sv],
    codes: c.iso3 ? [c.iso3] : NO_CODES,
    secondary: c.aliases,
  };
}

export function themeEntry(t: Theme): NameEntry<Theme> {
  return {
    record: t,
    id: t.id,
    label: t.label.en,
    sv: { label: t.label.sv },
    kind: 'theme',
    primary: [t.id, t.id.includes('-') ? t.id.replaceAll('-', ' ') : t.id, t.label.en, t.label.sv],
    secondary: t.synonyms.en.concat(t.synonyms.sv),
  };
}

export function swedishEntry(m: SwedishParty): NameEntry<SwedishParty> {
  return {
    record: m,
    id: m.id,
    label: m.name,
    kind: m.kind,
    detail: m.county,
    primary: m.code ? [m.id, m.name, m.code] : [m.id, m.name],
    codes: m.code ? [m.code] : NO_CODES,
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
    sv: { detail: ds.countries.get(p.country)?.name.sv ?? p.country },
    primary: [p.id, p.name],
    secondary: p.aliases,
  };
}

/** A partner's entry from the dataset's facts: its record is read only if it is picked. */
class PartnerFactsEntry implements NameEntry<Partner> {
  readonly kind = 'partner';
  readonly #ds: Dataset;
  constructor(
    ds: Dataset,
    readonly id: string,
    readonly label: string,
    readonly detail: string,
    readonly sv: { readonly detail: string },
    readonly primary: readonly string[],
    readonly secondary: readonly string[],
  ) {
    this.#ds = ds;
  }

  get record(): Partner {
    return this.#ds.partners.get(this.id)!;
  }
}

/** An entry per partner abroad, without reading the records (on large data, 100,000 of them). */
export function partnerEntries(ds: Dataset): NameEntry<Partner>[] {
  const f = ds.facts;
  const out: NameEntry<Partner>[] = [];
  for (let i = 0; i < f.ids.length; i++) {
    const country = f.countries[i]!;
    const name = ds.countries.get(country)?.name;
    out.push(
      new PartnerFactsEntry(
        ds,
        f.ids[i]!,
        f.names[i]!,
        name?.en ?? country,
        { detail: name?.sv ?? country },
        [f.ids[i]!, f.names[i]!],
        f.aliases[i]!,
      ),
    );
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
