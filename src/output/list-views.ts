// How `kp list` shows each kind: its columns (a view's fields), its JSON, its worksheet, and
// whether rows sort by name; and the view for a kind and its filters, which every format
// renders (formats.ts). Pure.
import type { Dataset, SwedishParty } from '../core/dataset.js';
import { nearest } from '../core/geo.js';
import type { ListKindName } from '../core/list-kinds.js';
import { type ListFilters, type ListRecord, LIST_ROWS } from '../core/lists.js';
import type { Country, Partner, Partnership, Theme } from '../core/records.js';
import { isActive, partnershipsAsOf, relationStatus, yearSpan } from '../core/relations.js';
import { compareSv } from '../core/text.js';
import {
  CORE_AREA_LABEL,
  countryName,
  KIND_LABEL,
  type Lang,
  PROGRAMME_LABEL,
  regionLabel,
  RELATION_STATUS_LABEL,
  STATUS_LABEL,
  themeLabel,
} from './labels.js';
import type { Field, View } from './view.js';

interface ListColumns<R> {
  /** The worksheet's name in a workbook. */
  readonly sheet: Readonly<Record<Lang, string>>;
  /** Sort by the first field (Swedish collation); otherwise keep the file's order, or use `order`. */
  readonly sorted: boolean;
  /** The rows' order when the first field is not the key (partnerships). */
  order?(ds: Dataset): (a: R, b: R) => number;
  fields(ds: Dataset, lang: Lang): Field<R>[];
  /** A row for --format json: the record, plus every column the table and CSV show (not as text). */
  json(r: R, ds: Dataset, lang: Lang): unknown;
}

const h = (en: string, sv: string) => ({ en, sv });
const name = (ds: Dataset, id: string) => ds.swedish.get(id)?.name ?? ds.partners.get(id)?.name ?? id;
const kpOf = (ds: Dataset, id: string) => (ds.relationsOf.get(id) ?? []).filter((p) => p.programme === 'kp');
/** The countries of a party's KP partnerships (ISO codes, first seen first): the KP countries column. */
const kpCountries = (ds: Dataset, id: string) => [...new Set(kpOf(ds, id).flatMap((p) => p.countries))];
/** The Swedish parties a partner abroad has relations with. */
const swedishPartners = (ds: Dataset, id: string) => [
  ...new Set((ds.relationsOf.get(id) ?? []).flatMap((r) => r.parties.filter((x) => ds.swedish.has(x)))),
];
const kpPartnershipsIn = (ds: Dataset, code: string) =>
  partnershipsAsOf(ds).filter((p) => p.programme === 'kp' && p.countries.includes(code)).length;
const partnershipsOn = (ds: Dataset, theme: string) =>
  partnershipsAsOf(ds).filter((p) => p.themes.includes(theme)).length;

function countryOf(ds: Dataset, code: string, lang: Lang): string {
  const c = ds.countries.get(code);
  return c ? countryName(c, lang) : code;
}

const municipalities: ListColumns<SwedishParty> = {
  sheet: h('Municipalities', 'Kommuner'),
  sorted: true,
  fields: (ds, lang) => [
    { key: 'name', header: h('Name', 'Namn'), value: (m) => m.name },
    { key: 'kind', header: h('Kind', 'Typ'), value: (m) => KIND_LABEL[m.kind]?.[lang] ?? m.kind },
    { key: 'code', header: h('Code', 'Kod'), value: (m) => m.code },
    { key: 'county', header: h('County', 'Län'), value: (m) => m.county },
    { key: 'population', header: h('Population', 'Folkmängd'), value: (m) => m.population },
    {
      key: 'status',
      header: h('KP status', 'KP-status'),
      value: (m) => STATUS_LABEL[ds.status.get(m.id) ?? 'none'][lang],
    },
    {
      key: 'countries',
      header: h('KP countries', 'KP-länder'),
      flex: true,
      value: (m) => kpCountries(ds, m.id).join(', '),
    },
  ],
  json: (m, ds) => ({ ...m, status: ds.status.get(m.id), kp_countries: kpCountries(ds, m.id) }),
};

const partners: ListColumns<Partner> = {
  sheet: h('Partners abroad', 'Partner utomlands'),
  sorted: true,
  fields: (ds, lang) => [
    { key: 'name', header: h('Name', 'Namn'), value: (p) => p.name },
    { key: 'country', header: h('Country', 'Land'), value: (p) => countryOf(ds, p.country, lang) },
    { key: 'province', header: h('Province', 'Provins'), value: (p) => p.province, maxWidth: 24 },
    { key: 'population', header: h('Population', 'Folkmängd'), value: (p) => p.population },
    {
      key: 'seeking',
      header: h('Seeking', 'Söker'),
      value: (p) => (p.seeking ? (lang === 'sv' ? 'ja' : 'yes') : ''),
    },
    {
      key: 'swedish_partners',
      header: h('Swedish partners', 'Svenska partner'),
      flex: true,
      value: (p) =>
        swedishPartners(ds, p.id)
          .map((id) => name(ds, id))
          .join(', '),
    },
  ],
  json: (p, ds) => ({
    ...p,
    swedish_partners: swedishPartners(ds, p.id).map((id) => ({ id, name: name(ds, id) })),
  }),
};

const countries: ListColumns<Country> = {
  sheet: h('Countries', 'Länder'),
  sorted: false,
  fields: (ds, lang) => [
    { key: 'code', header: h('Code', 'Kod'), value: (c) => c.id },
    { key: 'name', header: h('Name', 'Namn'), value: (c) => countryName(c, lang) },
    {
      key: 'cluster',
      header: h('ICLD cluster', 'ICLD-kluster'),
      value: (c) => regionLabel(c.icld_cluster, lang),
    },
    {
      key: 'eligible',
      header: h('Eligible', 'Behörigt'),
      value: (c) => (c.icld_lists.includes('latest') ? (lang === 'sv' ? 'ja' : 'yes') : ''),
    },
    { key: 'lists', header: h('ICLD lists', 'ICLD-listor'), value: (c) => c.icld_lists.join(' ') },
    {
      key: 'kp_partnerships',
      header: h('KP partnerships', 'KP-partnerskap'),
      value: (c) => kpPartnershipsIn(ds, c.id),
    },
  ],
  // `name` in the reader's language, as in kp show; both in `names`.
  json: (c, ds, lang) => ({
    ...c,
    name: countryName(c, lang),
    names: c.name,
    eligible: c.icld_lists.includes('latest'),
    kp_partnerships: kpPartnershipsIn(ds, c.id),
  }),
};

const themes: ListColumns<Theme> = {
  sheet: h('Themes', 'Teman'),
  sorted: false,
  fields: (ds, lang) => [
    { key: 'id', header: h('Id', 'Id'), value: (t) => t.id },
    { key: 'label', header: h('Label', 'Etikett'), value: (t) => themeLabel(t, lang) },
    { key: 'broader', header: h('Broader', 'Bredare'), value: (t) => t.broader.join(', ') },
    {
      key: 'core_areas',
      header: h('Core areas', 'Kärnområden'),
      value: (t) => t.core_areas.map((a) => CORE_AREA_LABEL[a][lang]).join(', '),
    },
    { key: 'sdgs', header: h('SDGs', 'Globala mål'), value: (t) => t.sdgs.join(', ') },
    {
      key: 'partnerships',
      header: h('Partnerships', 'Partnerskap'),
      value: (t) => partnershipsOn(ds, t.id),
    },
    {
      key: 'synonyms',
      header: h('Synonyms', 'Synonymer'),
      flex: true,
      value: (t) => t.synonyms[lang].join(', '),
    },
  ],
  json: (t, ds, lang) => ({
    ...t,
    name: themeLabel(t, lang),
    names: t.label,
    partnership_count: partnershipsOn(ds, t.id),
  }),
};

/**
 * Partnerships as people look them up: by the first Swedish party (Swedish collation), then the
 * first party abroad, then the start year (none last), then id.
 */
function partnershipOrder(ds: Dataset): (a: Partnership, b: Partnership) => number {
  const keys = new Map<Partnership, readonly [string, string]>();
  const keyOf = (p: Partnership) => {
    let k = keys.get(p);
    if (!k) {
      const swedish = p.parties.find((id) => ds.swedish.has(id));
      const abroad = p.parties.find((id) => id !== swedish && !ds.swedish.has(id));
      k = [swedish ? name(ds, swedish) : '', abroad ? name(ds, abroad) : ''] as const;
      keys.set(p, k);
    }
    return k;
  };
  return (a, b) => {
    const [sa, aa] = keyOf(a);
    const [sb, ab] = keyOf(b);
    return (
      compareSv(sa, sb) ||
      compareSv(aa, ab) ||
      (a.start ?? Number.MAX_SAFE_INTEGER) - (b.start ?? Number.MAX_SAFE_INTEGER) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
    );
  };
}

const partnerships: ListColumns<Partnership> = {
  sheet: h('Partnerships', 'Partnerskap'),
  sorted: false,
  order: partnershipOrder,
  fields: (ds, lang) => [
    { key: 'id', header: h('Id', 'Id'), value: (p) => p.id, brief: false },
    {
      key: 'parties',
      header: h('Parties', 'Parter'),
      value: (p) => p.parties.map((id) => name(ds, id)).join(' – '),
      maxWidth: 40,
    },
    { key: 'countries', header: h('Country', 'Land'), value: (p) => p.countries.join(', ') },
    { key: 'years', header: h('Years', 'År'), value: (p) => yearSpan(p) },
    {
      // Blank where the data cannot say (an undated twin town): as the reasons, which give a
      // relation's status only where it is known.
      key: 'relation_status',
      header: h('Status', 'Status'),
      value: (p) => {
        const status = relationStatus(p, ds.asOf);
        return status && RELATION_STATUS_LABEL[status][lang];
      },
    },
    { key: 'programme', header: h('Kind', 'Typ'), value: (p) => PROGRAMME_LABEL[p.programme][lang] },
    {
      key: 'themes',
      header: h('Themes', 'Teman'),
      flex: true,
      value: (p) =>
        p.themes.map((t) => (ds.themes.get(t) ? themeLabel(ds.themes.get(t)!, lang) : t)).join(', '),
    },
    { key: 'source', header: h('Source', 'Källa'), value: (p) => p.source, brief: false },
  ],
  // The parties by name too (the table's column), whether it runs in the year status is judged in,
  // and the table's Status (`status` is only what a source recorded, where it did).
  json: (p, ds) => ({
    ...p,
    party_names: p.parties.map((id) => name(ds, id)),
    active: isActive(p, ds.asOf),
    relation_status: relationStatus(p, ds.asOf) ?? null,
  }),
};

/** One entry per kind in core/list-kinds.ts, each for the records core/lists.ts lists. */
const LIST_COLUMNS: { readonly [K in ListKindName]: ListColumns<ListRecord<K>> } = Object.freeze({
  municipalities,
  partners,
  countries,
  themes,
  partnerships,
});

/** --near: rows by distance from this Swedish party; `within` keeps those up to that many km. */
export interface Near {
  readonly from: SwedishParty;
  readonly within?: number;
}

/** What `kp list KIND` shows for the filters: the rows, sorted, and the fields of each. */
export function listView(
  ds: Dataset,
  kind: ListKindName,
  filters: ListFilters,
  lang: Lang,
  near?: Near,
): View<unknown> {
  const rows = LIST_ROWS[kind].rows(ds, filters);
  if (near) return nearView(ds, rows as SwedishParty[], lang, near);
  const columns = LIST_COLUMNS[kind] as ListColumns<unknown>;
  const sortKey = columns.fields(ds, lang)[0]!;
  const sorted = columns.order
    ? [...rows].sort(columns.order(ds))
    : !columns.sorted
      ? rows
      : [...rows].sort((a, b) => compareSv(String(sortKey.value(a) ?? ''), String(sortKey.value(b) ?? '')));
  return {
    rows: sorted,
    fields: columns.fields(ds, lang),
    json: () => sorted.map((r) => columns.json(r, ds, lang)),
    sheet: columns.sheet,
  };
}

/** Rows by distance from one party, with a distance column (JSON distance_km; blank for "same county"). */
function nearView(
  ds: Dataset,
  rows: readonly SwedishParty[],
  lang: Lang,
  { from, within }: Near,
): View<unknown> {
  const byName = [...rows].sort((a, b) => compareSv(a.name, b.name));
  const near = nearest(from, byName, within);
  const km = new Map(near.map((n) => [n.party.id, n.km]));
  const fields = municipalities.fields(ds, lang);
  const distance = {
    key: 'distance_km',
    header: h('km', 'km'),
    value: (m: SwedishParty) => {
      const d = km.get(m.id);
      return d === undefined ? undefined : Math.round(d);
    },
  };
  return {
    rows: near.map((n) => n.party),
    fields: [fields[0]!, distance, ...fields.slice(1)] as Field<unknown>[],
    json: () =>
      near.map((n) => ({
        ...(municipalities.json(n.party, ds, lang) as object),
        distance_km: n.km === undefined ? null : Math.round(n.km * 10) / 10,
      })),
    sheet: municipalities.sheet,
  };
}
