// One record (kp show) as text: a heading, its fields, and what connects to it (partnerships,
// parties, themes), in the reader's language. Pure; lines wrap at 88 columns, so call it inside
// layout() (width.ts), which loads the width libraries when the text needs them.
import type { Dataset, SwedishParty } from '../core/dataset.js';
import type { AnyRecord } from '../core/entries.js';
import type { Country, Partner, Partnership, Theme } from '../core/records.js';
import { activeIn, bornAbroadOf, isPartnerCountry, worksOn } from '../core/related.js';
import { yearSpan } from '../core/relations.js';
import {
  CORE_AREA_LABEL,
  countryName,
  formatDecimal,
  formatNumber,
  formatShare,
  KIND_LABEL,
  type Lang,
  PHASE_LABEL,
  PROGRAMME_LABEL,
  STATUS_LABEL,
  regionLabel,
  themeLabel,
} from './labels.js';
import type { Style } from './style.js';
import { wrap } from './width.js';

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
        `  ${c.green(L(lang, 'Seeking a Swedish partner', 'Söker en svensk partner'))}: ${p.seeking.areas.map((t) => themeLabel(ds.themes.get(t)!, lang)).join(', ')}`,
        ...field(L(lang, 'In its words', 'Med egna ord'), p.seeking.areas_text),
        `  ${L(lang, 'Source', 'Källa')}: ${p.seeking.source}`,
      ]
    : []),
  ...field(L(lang, 'Notes', 'Anteckningar'), p.notes),
  ...relationsBlock(p.id, ds, lang, c),
];

const country: Render<Country> = (k, ds, lang, c) => {
  const parties = activeIn(ds, k.id);
  const eligible = k.icld_lists.includes('latest');
  return [
    `${c.bold(countryName(k, lang))} (${k.id}) — ${k.name.en} / ${k.name.sv}`,
    ...field(
      L(lang, 'ICLD', 'ICLD'),
      eligible
        ? L(
            lang,
            `on the current list (${regionLabel(k.icld_cluster, lang)})`,
            `på nuvarande lista (${regionLabel(k.icld_cluster, lang)})`,
          )
        : k.icld_lists.length
          ? L(
              lang,
              'earlier partner country, not on the current list',
              'tidigare samarbetsland, inte på nuvarande lista',
            )
          : L(lang, 'not an ICLD partner country', 'inte ett ICLD-samarbetsland'),
    ),
    ...field(L(lang, 'Lists', 'Listor'), list(k.icld_lists)),
    ...field(
      L(lang, 'Region', 'Region'),
      [k.region, k.subregion]
        .map((x) => regionLabel(x, lang))
        .filter(Boolean)
        .join(', '),
    ),
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
    ...field(
      L(lang, 'ICLD core areas', 'ICLD:s kärnområden'),
      list(t.core_areas.map((a) => CORE_AREA_LABEL[a][lang])),
    ),
    ...field(L(lang, 'SDGs', 'Globala mål'), list(t.sdgs.map(String))),
    '',
    c.bold(
      `  ${L(lang, 'Swedish parties working on it', 'Svenska parter som arbetar med det')} (${who.length})`,
    ),
    ...wrap(who.map((m) => m.name).join(', '), 88).map((l) => `    ${l}`),
  ];
};

const TEXT: Readonly<Record<AnyRecord['kind'], Render<never>>> = Object.freeze({
  municipality: swedish,
  region: swedish,
  association: swedish,
  partner,
  country,
  theme,
});

/** The lines `kp show` prints for a record. */
export function recordText(r: AnyRecord, ds: Dataset, lang: Lang, color: Style): string[] {
  return TEXT[r.kind](r.record as never, ds, lang, color);
}
