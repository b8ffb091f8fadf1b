// kp list KIND: every record of a kind, filtered, as a table, JSON, CSV or Markdown.
import type { Dataset, SwedishParty } from '../core/dataset.js';
import { nearest } from '../core/geo.js';
import { isActive, yearSpan } from '../core/relations.js';
import { compareSv } from '../core/text.js';
import type { Country, Partner, Partnership, Theme } from '../dataset/schema.js';
import { usage } from '../errors.js';
import { clip } from '../messages/index.js';
import {
  countryName,
  KIND_LABEL,
  type Lang,
  PROGRAMME_LABEL,
  STATUS_LABEL,
  themeLabel,
} from '../output/labels.js';
import type { Field, View } from '../output/view.js';
import type { Context } from '../shell/context.js';
import { type EmitOptions, emit } from '../shell/emit.js';
import { LIST_KIND_NAMES, type ListKindName } from '../shell/list-kinds.js';
import { resolveCountry, resolveThemes, swedishResolver } from '../shell/filters.js';
import { resolveName } from '../shell/resolve.js';

export interface ListFilters {
  readonly country?: Country;
  readonly theme?: Theme;
  readonly status?: string;
}

interface ListKind<R> {
  /** The worksheet's name in a workbook. */
  readonly sheet: Readonly<Record<Lang, string>>;
  /** Sort by the first field (Swedish collation); otherwise keep the file's order. */
  readonly sorted: boolean;
  /** Accepted --status values; absent when --status does not apply. */
  readonly statuses?: readonly string[];
  readonly country: boolean;
  readonly theme: boolean;
  rows(ds: Dataset, f: ListFilters): R[];
  fields(ds: Dataset, lang: Lang): Field<R>[];
  json(r: R, ds: Dataset): unknown;
}

const h = (en: string, sv: string) => ({ en, sv });
const name = (ds: Dataset, id: string) => ds.swedish.get(id)?.name ?? ds.partners.get(id)?.name ?? id;

/** Themes that count for a filter: the theme and everything narrower (urban planning ⊃ cycling). */
const themeSet = (ds: Dataset, t: Theme | undefined) =>
  t ? new Set([t.id, ...ds.taxonomy.descendants(t.id)]) : undefined;
const kpOf = (ds: Dataset, id: string) => (ds.relationsOf.get(id) ?? []).filter((p) => p.programme === 'kp');

const municipalities: ListKind<Dataset['raw']['municipalities'][number]> = {
  sheet: h('Municipalities', 'Kommuner'),
  sorted: true,
  statuses: ['active', 'former', 'interested', 'none'],
  country: true,
  theme: true,
  rows(ds, f) {
    const themes = themeSet(ds, f.theme);
    return ds.raw.municipalities.filter((m) => {
      const rel = ds.relationsOf.get(m.id) ?? [];
      if (f.status && ds.status.get(m.id) !== f.status) return false;
      if (f.country && !rel.some((p) => p.countries.includes(f.country!.id))) return false;
      if (
        themes &&
        !rel.some((p) => p.themes.some((t) => themes.has(t))) &&
        !m.interests.some((t) => themes.has(t))
      )
        return false;
      return true;
    });
  },
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
      value: (m) => [...new Set(kpOf(ds, m.id).flatMap((p) => p.countries))].join(', '),
    },
  ],
  json: (m, ds) => ({ ...m, status: ds.status.get(m.id) }),
};

const partners: ListKind<Partner> = {
  sheet: h('Partners abroad', 'Partner utomlands'),
  sorted: true,
  statuses: ['seeking'],
  country: true,
  theme: true,
  rows(ds, f) {
    const themes = themeSet(ds, f.theme);
    return ds.raw.partners.filter((p) => {
      if (f.status === 'seeking' && !p.seeking) return false;
      if (f.country && p.country !== f.country.id) return false;
      if (themes) {
        const own = [
          ...p.themes,
          ...(p.seeking?.areas ?? []),
          ...(ds.relationsOf.get(p.id) ?? []).flatMap((r) => r.themes),
        ];
        if (!own.some((t) => themes.has(t))) return false;
      }
      return true;
    });
  },
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
        [
          ...new Set(
            (ds.relationsOf.get(p.id) ?? []).flatMap((r) => r.parties.filter((id) => ds.swedish.has(id))),
          ),
        ]
          .map((id) => name(ds, id))
          .join(', '),
    },
  ],
  json: (p) => p,
};

const countries: ListKind<Country> = {
  sheet: h('Countries', 'Länder'),
  sorted: false,
  statuses: ['eligible', 'former', 'other'],
  country: false,
  theme: false,
  rows: (ds, f) =>
    ds.raw.countries.filter((c) => {
      if (!f.status) return true;
      const eligible = c.icld_lists.includes('latest');
      if (f.status === 'eligible') return eligible;
      if (f.status === 'former') return !eligible && c.icld_lists.length > 0;
      return c.icld_lists.length === 0;
    }),
  fields: (ds, lang) => [
    { key: 'code', header: h('Code', 'Kod'), value: (c) => c.id },
    { key: 'name', header: h('Name', 'Namn'), value: (c) => countryName(c, lang) },
    { key: 'cluster', header: h('ICLD cluster', 'ICLD-kluster'), value: (c) => c.icld_cluster },
    {
      key: 'eligible',
      header: h('Eligible', 'Behörigt'),
      value: (c) => (c.icld_lists.includes('latest') ? (lang === 'sv' ? 'ja' : 'yes') : ''),
    },
    { key: 'lists', header: h('ICLD lists', 'ICLD-listor'), value: (c) => c.icld_lists.join(' ') },
    {
      key: 'kp_partnerships',
      header: h('KP partnerships', 'KP-partnerskap'),
      value: (c) =>
        ds.raw.partnerships.filter((p) => p.programme === 'kp' && p.countries.includes(c.id)).length,
    },
  ],
  json: (c) => ({ ...c, eligible: c.icld_lists.includes('latest') }),
};

const themes: ListKind<Theme> = {
  sheet: h('Themes', 'Teman'),
  sorted: false,
  country: false,
  theme: true,
  rows: (ds, f) => {
    const set = themeSet(ds, f.theme);
    return ds.raw.themes.filter((t) => !set || set.has(t.id));
  },
  fields: (ds, lang) => [
    { key: 'id', header: h('Id', 'Id'), value: (t) => t.id },
    { key: 'label', header: h('Label', 'Etikett'), value: (t) => themeLabel(t, lang) },
    { key: 'broader', header: h('Broader', 'Bredare'), value: (t) => t.broader.join(', ') },
    { key: 'core_areas', header: h('Core areas', 'Kärnområden'), value: (t) => t.core_areas.join(', ') },
    { key: 'sdgs', header: h('SDGs', 'Globala mål'), value: (t) => t.sdgs.join(', ') },
    {
      key: 'partnerships',
      header: h('Partnerships', 'Partnerskap'),
      value: (t) => ds.raw.partnerships.filter((p) => p.themes.includes(t.id)).length,
    },
    {
      key: 'synonyms',
      header: h('Synonyms', 'Synonymer'),
      flex: true,
      value: (t) => t.synonyms[lang].join(', '),
    },
  ],
  json: (t) => t,
};

const partnerships: ListKind<Partnership> = {
  sheet: h('Partnerships', 'Partnerskap'),
  sorted: false,
  statuses: ['active', 'ended'],
  country: true,
  theme: true,
  rows(ds, f) {
    const set = themeSet(ds, f.theme);
    return ds.raw.partnerships.filter((p) => {
      if (f.country && !p.countries.includes(f.country.id)) return false;
      if (set && !p.themes.some((t) => set.has(t))) return false;
      if (f.status === 'active' && !(p.programme === 'kp' && isActive(p, ds.asOf))) return false;
      if (f.status === 'ended' && isActive(p, ds.asOf)) return false;
      return true;
    });
  },
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
  json: (p) => p,
};

function countryOf(ds: Dataset, code: string, lang: Lang): string {
  const c = ds.countries.get(code);
  return c ? countryName(c, lang) : code;
}

/** What each kind `kp list` knows lists: one entry per name in shell/list-kinds.ts, no more, no fewer. */
export const LIST_KINDS = {
  municipalities,
  partners,
  countries,
  themes,
  partnerships,
} as const satisfies Record<ListKindName, object>;

export interface ListOptions extends EmitOptions {
  readonly country?: string;
  readonly theme?: string[];
  readonly status?: string;
  /** municipalities: sort by distance from this Swedish party; --within keeps those up to KM away. */
  readonly near?: string;
  readonly within?: string;
}

/** --within: kilometres, a number above 0. */
function parseWithin(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const km = Number(value);
  if (!value.trim() || !Number.isFinite(km) || km <= 0) throw usage('error.within', { value: clip(value) });
  return km;
}

/** Rows by distance from one party, with a distance column (JSON distance_km; blank for "same county"). */
function nearView(ctx: Context, ds: Dataset, rows: SwedishParty[], opts: ListOptions): View<unknown> {
  const within = parseWithin(opts.within);
  const from = resolveName(ctx, swedishResolver(ds), opts.near!, 'municipality').record;
  if (!from.location)
    ctx.say(from.kind === 'region' && from.county ? 'note.nearRegion' : 'note.nearUnplaced', {
      name: from.name,
      county: from.county ?? '',
    });
  const byName = [...rows].sort((a, b) => compareSv(a.name, b.name));
  const near = nearest(from, byName, within);
  const km = new Map(near.map((n) => [n.party.id, n.km]));
  const fields = municipalities.fields(ds, opts.lang);
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
        ...(municipalities.json(n.party, ds) as object),
        distance_km: n.km === undefined ? null : Math.round(n.km * 10) / 10,
      })),
  };
}

export async function listCommand(ctx: Context, kindName: string, opts: ListOptions): Promise<void> {
  // Own keys only: `kp list toString` must not find Object.prototype.toString.
  const kind = Object.hasOwn(LIST_KINDS, kindName)
    ? (LIST_KINDS[kindName as ListKindName] as ListKind<unknown>)
    : undefined;
  if (!kind) {
    throw usage('error.listKind', { kind: clip(kindName), kinds: LIST_KIND_NAMES.join(', ') });
  }
  const notHere = (option: string) => usage('error.listOption', { option, kind: kindName });
  if (opts.country && !kind.country) throw notHere('--country');
  if (opts.theme?.length && !kind.theme) throw notHere('--theme');
  if (opts.status && !kind.statuses) throw notHere('--status');
  if ((opts.near || opts.within) && kind !== municipalities) throw usage('error.nearOnly', {});
  if (opts.within && !opts.near) throw usage('error.withinNeedsNear', {});
  if (opts.status && !kind.statuses!.includes(opts.status)) {
    throw usage('error.listStatus', {
      kind: kindName,
      statuses: kind.statuses!.join(', '),
      value: clip(opts.status),
    });
  }
  const ds = await ctx.dataset();
  const themes = opts.theme?.length ? resolveThemes(ctx, ds, opts.theme) : [];
  if (themes.length > 1) throw usage('error.listOneTheme');
  const filters: ListFilters = {
    country: opts.country ? resolveCountry(ctx, ds, opts.country) : undefined,
    theme: themes[0],
    status: opts.status,
  };
  const rows = kind.rows(ds, filters);
  if (opts.near) {
    const view = nearView(ctx, ds, rows as SwedishParty[], opts);
    await emit(ctx, view, opts);
    if (!view.rows.length) ctx.say('note.nothingListed', { kind: kindName });
    return;
  }
  const lang = opts.lang;
  const sortKey = kind.fields(ds, lang)[0]!;
  const sorted = !kind.sorted
    ? rows
    : [...rows].sort((a, b) => compareSv(String(sortKey.value(a) ?? ''), String(sortKey.value(b) ?? '')));
  const view: View<unknown> = {
    rows: sorted,
    fields: kind.fields(ds, lang),
    json: () => sorted.map((r) => kind.json(r, ds)),
    sheet: kind.sheet,
  };
  await emit(ctx, view, opts);
  if (!sorted.length) ctx.say('note.nothingListed', { kind: kindName });
}
