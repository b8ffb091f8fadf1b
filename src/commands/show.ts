// kp show NAME: one record of any kind, found by name, with what connects to it.
import type { Style } from '../output/style.js';
import type { SwedishParty } from '../core/dataset.js';
import type { Dataset } from '../core/dataset.js';
import { yearSpan } from '../core/relations.js';
import { bornAbroadSummary } from '../core/born-abroad.js';
import { type AnyRecord, allEntries } from '../core/entries.js';
import { getOrCreate } from '../core/memo.js';
import { createResolver } from '../core/names.js';
import { compareSv } from '../core/text.js';
import type { Country, Partner, Partnership, Theme } from '../dataset/schema.js';
import { usage } from '../errors.js';
import {
  countryName,
  formatDecimal,
  formatNumber,
  formatShare,
  KIND_LABEL,
  type Lang,
  PHASE_LABEL,
  PROGRAMME_LABEL,
  STATUS_LABEL,
  themeLabel,
} from '../output/labels.js';
import { recordXlsx } from '../output/record-xlsx.js';
import { layout, wrap } from '../output/width.js';
import type { Context } from '../shell/context.js';
import { colorFor, outputFormat } from '../shell/emit.js';
import { resolveName } from '../shell/resolve.js';
import { type WriteOptions, writeOutput } from '../shell/write.js';

export interface ShowOptions extends WriteOptions {
  /** As given; the -o file name may choose it. */
  readonly format?: 'table' | 'json' | 'xlsx';
  readonly lang: Lang;
}

const resolvers = new WeakMap<Dataset, ReturnType<typeof createResolver<AnyRecord>>>();

export async function showCommand(ctx: Context, words: readonly string[], opts: ShowOptions): Promise<void> {
  const format = outputFormat(ctx, opts, ['table', 'json', 'xlsx']);
  const input = words.join(' ').trim();
  if (!input) throw usage('error.showWhat');
  const ds = await ctx.dataset();
  const resolver = getOrCreate(resolvers, ds, () => createResolver(allEntries(ds)));
  const { record } = resolveName(ctx, resolver, input, 'record');
  if (format === 'json') {
    await writeOutput(ctx, JSON.stringify(toJson(record, ds), null, 2), opts);
    return;
  }
  if (format === 'xlsx') {
    await writeOutput(ctx, await recordXlsx(toJson(record, ds) as Record<string, unknown>, opts.lang), opts);
    return;
  }
  const lines = await layout(() =>
    SHOW[record.kind](record.record as never, ds, opts.lang, colorFor(ctx, opts)),
  );
  await writeOutput(ctx, lines.join('\n'), opts);
}

// ---- JSON ----------------------------------------------------------------------------------

function relationJson(p: Partnership, self: string, ds: Dataset) {
  return {
    id: p.id,
    programme: p.programme,
    with: p.parties
      .filter((id) => id !== self)
      .map((id) => {
        const s = ds.swedish.get(id);
        const a = ds.partners.get(id);
        return { id, name: s?.name ?? a?.name ?? id, country: a ? a.country : 'SE' };
      }),
    countries: p.countries,
    start: p.start,
    end: p.end,
    when: p.when,
    phases: p.phases,
    network: p.network,
    themes: p.themes,
    source: p.source,
  };
}

function toJson(r: AnyRecord, ds: Dataset): unknown {
  switch (r.kind) {
    case 'country': {
      const c = r.record;
      return {
        kind: 'country',
        ...c,
        eligible: c.icld_lists.includes('latest'),
        swedish_parties: activeIn(ds, c.id).map(({ party, relations }) => ({
          id: party.id,
          name: party.name,
          partnerships: relations.map((p) => relationJson(p, party.id, ds)),
        })),
        partners: ds.raw.partners.filter((p) => p.country === c.id).map((p) => ({ id: p.id, name: p.name })),
      };
    }
    case 'theme': {
      const t = r.record;
      return {
        kind: 'theme',
        ...t,
        name: t.label,
        narrower: [...ds.taxonomy.descendants(t.id)].filter((d) => ds.themes.get(d)?.broader.includes(t.id)),
        swedish_parties: worksOn(ds, t).map((m) => ({ id: m.id, name: m.name })),
        partnerships: ds.raw.partnerships.filter((p) => p.themes.includes(t.id)).map((p) => p.id),
      };
    }
    case 'partner': {
      const p = r.record;
      return {
        kind: 'partner',
        ...p,
        partnerships: (ds.relationsOf.get(p.id) ?? []).map((x) => relationJson(x, p.id, ds)),
      };
    }
    default: {
      const m = r.record;
      const born = bornAbroadOf(ds, m.id);
      return {
        ...m,
        kind: m.kind,
        status: ds.status.get(m.id),
        ...(born && {
          born_abroad: {
            year: born.year,
            population: born.population,
            source: born.source,
            countries: born.countries.map((d) => ({
              code: d.country,
              count: d.count,
              share: Math.round(d.share * 1e6) / 1e6,
              ratio: Math.round(d.ratio * 100) / 100,
              partner_country: isPartnerCountry(ds, d.country),
            })),
            former_states: born.formerStates.map((d) => ({
              code: d.country,
              count: d.count,
              share: Math.round(d.share * 1e6) / 1e6,
              today: d.state.today,
            })),
          },
        }),
        partnerships: (ds.relationsOf.get(m.id) ?? []).map((x) => relationJson(x, m.id, ds)),
      };
    }
  }
}

// ---- text ----------------------------------------------------------------------------------

type Render<T> = (r: T, ds: Dataset, lang: Lang, c: Style) => string[];

const L = (lang: Lang, en: string, sv: string) => (lang === 'sv' ? sv : en);
const field = (label: string, value: string | undefined) => (value ? [`  ${label}: ${value}`] : []);
const list = (values: readonly string[]) => (values.length ? values.join(', ') : undefined);

function relationLine(p: Partnership, self: string, ds: Dataset, lang: Lang): string[] {
  const others = p.parties
    .filter((id) => id !== self)
    .map((id) => {
      const a = ds.partners.get(id);
      if (a) return `${a.name}, ${countryName(ds.countries.get(a.country)!, lang)}`;
      return ds.swedish.get(id)?.name ?? id;
    });
  const what = [
    p.programme === 'kp'
      ? p.phases.map((x) => PHASE_LABEL[x]![lang]).join(' → ') || undefined
      : PROGRAMME_LABEL[p.programme][lang],
    p.network,
    yearSpan(p) ?? p.when,
  ].filter(Boolean);
  const themes = p.themes.map((t) => themeLabel(ds.themes.get(t)!, lang));
  return [
    `    ${others.join(' + ')}${what.length ? ` (${what.join(', ')})` : ''}`,
    ...(themes.length ? wrap(themes.join(', '), 88).map((l) => `      ${l}`) : []),
    `      ${p.source}`,
  ];
}

function relationsBlock(id: string, ds: Dataset, lang: Lang, c: Style): string[] {
  const rel = ds.relationsOf.get(id) ?? [];
  const kp = rel.filter((p) => p.programme === 'kp');
  const other = rel.filter((p) => p.programme !== 'kp');
  return [
    ...(kp.length
      ? [
          '',
          c.bold(`  ${L(lang, 'KP partnerships', 'Kommunala partnerskap')} (${kp.length})`),
          ...kp.flatMap((p) => relationLine(p, id, ds, lang)),
        ]
      : []),
    ...(other.length
      ? [
          '',
          c.bold(`  ${L(lang, 'Other relations', 'Andra relationer')} (${other.length})`),
          ...other.flatMap((p) => relationLine(p, id, ds, lang)),
        ]
      : []),
  ];
}

/** The party's residents by country of birth, when the data has them. */
function bornAbroadOf(ds: Dataset, id: string) {
  const f = ds.bornAbroad;
  const i = ds.raw.municipalities.findIndex((m) => m.id === id);
  return f && i >= 0 ? bornAbroadSummary(f, i) : undefined;
}

/** A country on any of ICLD's lists, past or present. */
const isPartnerCountry = (ds: Dataset, code: string) => !!ds.countries.get(code)?.icld_lists.length;

/** How many groups `kp show` names per line. */
const BORN_ABROAD_SHOWN = 6;

function bornAbroadLines(m: SwedishParty, ds: Dataset, lang: Lang): string[] {
  const born = bornAbroadOf(ds, m.id);
  if (!born) return [];
  const group = (code: string, count: number, share: number, ratio?: number) => {
    const country = ds.countries.get(code);
    const state = ds.bornAbroad?.formerStates.find((s) => s.code === code);
    const name = country ? countryName(country, lang) : state ? state.name[lang] : code;
    const vs = ratio ? `, ${formatDecimal(ratio, lang)}×` : '';
    return `${name} ${formatNumber(count, lang)} (${formatShare(share, lang)}${vs})`;
  };
  const partner = born.countries.filter((d) => isPartnerCountry(ds, d.country)).slice(0, BORN_ABROAD_SHOWN);
  const other = born.countries.filter((d) => !isPartnerCountry(ds, d.country)).slice(0, 3);
  const line = (label: string, groups: string[]) =>
    groups.length
      ? // No break before a per cent sign: wrap at the other spaces.
        wrap(`${label}: ${groups.join('; ')}`.replace(/ %/g, '\u00a0%'), 88).map(
          (l, i) => `  ${i ? '  ' : ''}${l.replace(/\u00a0%/g, ' %')}`,
        )
      : [];
  return [
    ...line(
      L(
        lang,
        `Born in partner countries (SCB ${born.year}, of ${formatNumber(born.population, lang)}; × the Swedish share)`,
        `Födda i samarbetsländer (SCB ${born.year}, av ${formatNumber(born.population, lang)}; × andelen i Sverige)`,
      ),
      partner.map((d) => group(d.country, d.count, d.share, d.ratio)),
    ),
    ...line(
      L(lang, 'Born in other countries in the data', 'Födda i andra länder i datan'),
      other.map((d) => group(d.country, d.count, d.share, d.ratio)),
    ),
    ...line(
      L(lang, 'Born in former states (not split by SCB)', 'Födda i forna stater (delas inte av SCB)'),
      born.formerStates.map((d) => group(d.country, d.count, d.share)),
    ),
  ];
}

const swedish: Render<SwedishParty> = (m, ds, lang, c) => [
  `${c.bold(m.name)} — ${KIND_LABEL[m.kind]![lang]}${m.county ? `, ${m.county}` : ''}`,
  ...field(L(lang, 'SCB code', 'SCB-kod'), m.code),
  ...field(L(lang, 'Population (2024)', 'Folkmängd (2024)'), formatNumber(m.population, lang)),
  ...field(
    L(lang, 'Location', 'Läge'),
    m.location
      ? `${formatDecimal(m.location.lat, lang, 3)}° N, ${formatDecimal(m.location.lng, lang, 3)}° E (GeoNames)`
      : undefined,
  ),
  ...bornAbroadLines(m, ds, lang),
  ...field(L(lang, 'KP status', 'KP-status'), STATUS_LABEL[ds.status.get(m.id) ?? 'none'][lang]),
  ...field(L(lang, 'Also known as', 'Även kallad'), list(m.aliases)),
  ...field(
    L(lang, 'Interests', 'Intressen'),
    list(m.interests.map((t) => themeLabel(ds.themes.get(t)!, lang))),
  ),
  ...field(L(lang, 'Notes', 'Anteckningar'), m.notes),
  ...m.sources.map((s) => `  ${L(lang, 'Source', 'Källa')}: ${s}`),
  ...relationsBlock(m.id, ds, lang, c),
];

const partner: Render<Partner> = (p, ds, lang, c) => [
  `${c.bold(p.name)} — ${countryName(ds.countries.get(p.country)!, lang)}${p.province ? `, ${p.province}` : ''}`,
  ...field(
    L(lang, 'Population', 'Folkmängd'),
    p.population ? formatNumber(p.population, lang) : p.population_note,
  ),
  ...field(L(lang, 'Also known as', 'Även kallad'), list(p.aliases)),
  ...field(L(lang, 'Themes', 'Teman'), list(p.themes.map((t) => themeLabel(ds.themes.get(t)!, lang)))),
  ...(p.seeking
    ? [
        `  ${c.green(L(lang, 'Seeking a Swedish partner', 'Söker en svensk partner'))}: ${p.seeking.areas.map((t, i) => `${i + 1} ${themeLabel(ds.themes.get(t)!, lang)}`).join(', ')}`,
        ...field(L(lang, 'In its words', 'Med egna ord'), p.seeking.areas_text),
        `  ${L(lang, 'Source', 'Källa')}: ${p.seeking.source}`,
      ]
    : []),
  ...field(L(lang, 'Notes', 'Anteckningar'), p.notes),
  ...relationsBlock(p.id, ds, lang, c),
];

/** Swedish parties with relations in a country, most KP partnerships first. */
function activeIn(ds: Dataset, code: string) {
  const out = new Map<string, Partnership[]>();
  for (const p of ds.raw.partnerships) {
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

const country: Render<Country> = (k, ds, lang, c) => {
  const parties = activeIn(ds, k.id);
  const eligible = k.icld_lists.includes('latest');
  return [
    `${c.bold(countryName(k, lang))} (${k.id}) — ${k.name.en} / ${k.name.sv}`,
    ...field(
      L(lang, 'ICLD', 'ICLD'),
      eligible
        ? L(lang, `on the current list (${k.icld_cluster})`, `på nuvarande lista (${k.icld_cluster})`)
        : k.icld_lists.length
          ? L(
              lang,
              'earlier partner country, not on the current list',
              'tidigare samarbetsland, inte på nuvarande lista',
            )
          : L(lang, 'not an ICLD partner country', 'inte ett ICLD-samarbetsland'),
    ),
    ...field(L(lang, 'Lists', 'Listor'), list(k.icld_lists)),
    ...field(L(lang, 'Region', 'Region'), [k.region, k.subregion].filter(Boolean).join(', ')),
    ...field(L(lang, 'Also known as', 'Även kallat'), list(k.aliases)),
    ...field(L(lang, 'Notes', 'Anteckningar'), k.notes),
    '',
    c.bold(
      `  ${L(lang, 'Swedish parties with relations here', 'Svenska parter med relationer här')} (${parties.length})`,
    ),
    ...parties.map(({ party, relations }) => {
      const names = [
        ...new Set(
          relations.flatMap((p) =>
            p.parties.filter((id) => ds.partners.has(id)).map((id) => ds.partners.get(id)!.name),
          ),
        ),
      ];
      const kp = relations.filter((p) => p.programme === 'kp').length;
      return `    ${party.name}: ${names.join(', ')}${kp ? '' : ` (${L(lang, 'not KP', 'ej KP')})`}`;
    }),
  ];
};

/** Swedish parties that work on a theme (or a narrower one), through partnerships or interests. */
function worksOn(ds: Dataset, t: Theme): SwedishParty[] {
  const set = new Set([t.id, ...ds.taxonomy.descendants(t.id)]);
  return ds.raw.municipalities
    .filter(
      (m) =>
        m.interests.some((x) => set.has(x)) ||
        (ds.relationsOf.get(m.id) ?? []).some((p) => p.themes.some((x) => set.has(x))),
    )
    .sort((a, b) => compareSv(a.name, b.name));
}

const theme: Render<Theme> = (t, ds, lang, c) => {
  const narrower = ds.raw.themes.filter((x) => x.broader.includes(t.id));
  const who = worksOn(ds, t);
  return [
    `${c.bold(themeLabel(t, lang))} (${t.id}) — ${t.label.en} / ${t.label.sv}`,
    ...field(L(lang, 'About', 'Om'), t.description?.[lang]),
    ...field(L(lang, 'Synonyms (en)', 'Synonymer (en)'), list(t.synonyms.en)),
    ...field(L(lang, 'Synonyms (sv)', 'Synonymer (sv)'), list(t.synonyms.sv)),
    ...field(L(lang, 'Broader', 'Bredare'), list(t.broader.map((b) => themeLabel(ds.themes.get(b)!, lang)))),
    ...field(L(lang, 'Narrower', 'Smalare'), list(narrower.map((n) => themeLabel(n, lang)))),
    ...field(L(lang, 'ICLD core areas', 'ICLD:s kärnområden'), list(t.core_areas)),
    ...field(L(lang, 'SDGs', 'Globala mål'), list(t.sdgs.map(String))),
    '',
    c.bold(
      `  ${L(lang, 'Swedish parties working on it', 'Svenska parter som arbetar med det')} (${who.length})`,
    ),
    ...wrap(who.map((m) => m.name).join(', '), 88).map((l) => `    ${l}`),
  ];
};

const SHOW: Record<AnyRecord['kind'], Render<never>> = {
  municipality: swedish,
  region: swedish,
  association: swedish,
  partner,
  country,
  theme,
};
