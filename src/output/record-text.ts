// One record (kp show) as text: a heading, its fields, and what connects to it (partnerships,
// parties, themes), in the reader's language. Pure. Every line fits the width it is given (the
// terminal's, as for tables), a line's continuations indented two columns under its start; only a
// URL wider than the width runs past it, whole. Call it inside layout() (width.ts), which loads
// the width libraries when the text needs them.
import type { Dataset, SwedishParty } from '../core/dataset.js';
import type { AnyRecord } from '../core/entries.js';
import type { Country, Partner, Partnership, Theme } from '../core/records.js';
import { activeIn, bornAbroadOf, isPartnerCountry, partnersOn, worksOn } from '../core/related.js';
import { isRunning, relationStatus, yearSpan } from '../core/relations.js';
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
  RELATION_STATUS_LABEL,
  STATUS_LABEL,
  regionLabel,
  themeLabel,
} from './labels.js';
import type { Style } from './style.js';
import { statusDetail } from './reasons.js';
import { fill } from './width.js';

/** What every part of a record's text is rendered with. */
interface Page {
  readonly ds: Dataset;
  readonly lang: Lang;
  readonly c: Style;
  readonly width: number;
}

type Render<T> = (r: T, page: Page) => string[];

const L = (lang: Lang, en: string, sv: string) => (lang === 'sv' ? sv : en);

/** Spaces before a line at `depth`; its continuations take one more step. */
const INDENT = ['', '  ', '    ', '      ', '        '] as const;
type Depth = 0 | 1 | 2;

/**
 * A line at `depth` (two columns a step), wrapped to the width, its continuations `hang` steps
 * further in.
 */
const line = (text: string, depth: Depth, width: number, hang: 1 | 2 = 1) =>
  fill(text, width, INDENT[depth], INDENT[depth + hang]);

/** A heading in bold: wrapped first, so the width is measured without the colour codes. */
const heading = (text: string, depth: Depth, { c, width }: Page) =>
  line(text, depth, width).map((l) => c.bold(l));

/** `lines` with `start` (where the first line begins with it) in `style`; the rest as it is. */
function styleStart(lines: string[], start: string, style: (s: string) => string): string[] {
  const [first, ...rest] = lines;
  if (first === undefined) return lines;
  const at = first.indexOf(start);
  if (at < 0 || first.slice(0, at).trim()) return [style(first), ...rest];
  return [first.slice(0, at) + style(start) + first.slice(at + start.length), ...rest];
}

const field = (label: string, value: string | undefined, width: number) =>
  value ? line(`${label}: ${value}`, 1, width) : [];
const list = (values: readonly string[]) => (values.length ? values.join(', ') : undefined);

function relationLine(p: Partnership, self: string, { ds, lang, width }: Page): string[] {
  const status = relationStatus(p, ds.asOf);
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
    // As the Status column of `kp list partnerships` says it: nothing where the data cannot say.
    status && RELATION_STATUS_LABEL[status][lang],
  ].filter(Boolean);
  const themes = p.themes.map((t) => themeLabel(ds.themes.get(t)!, lang));
  const more = (label: string, value: string | undefined) =>
    value ? fill(`${label}: ${value}`, width, INDENT[3], INDENT[4]) : [];
  return [
    // The heading's continuations two steps in, so they do not read as the lines under it.
    ...line(`${others.join(' + ')}${what.length ? ` (${what.join(', ')})` : ''}`, 2, width, 2),
    ...(themes.length ? fill(themes.join(', '), width, INDENT[3], INDENT[4]) : []),
    ...more(L(lang, 'Also in it', 'Även med'), list(p.collaborators)),
    // The source's own doubt, which halves the relation's weight in ranking.
    ...more(
      L(lang, 'The source is unsure (counts half)', 'Källan är osäker (räknas till hälften)'),
      p.uncertain,
    ),
    ...more(L(lang, 'Notes', 'Anteckningar'), p.notes),
    ...fill(p.source, width, INDENT[3], INDENT[4]),
  ];
}

function relationsBlock(id: string, page: Page): string[] {
  const { ds, lang } = page;
  const rel = ds.relationsOf.get(id) ?? [];
  const kp = rel.filter((p) => p.programme === 'kp');
  const other = rel.filter((p) => p.programme !== 'kp');
  return [
    ...(kp.length
      ? [
          '',
          ...heading(`${L(lang, 'KP partnerships', 'Kommunala partnerskap')} (${kp.length})`, 1, page),
          ...kp.flatMap((p) => relationLine(p, id, page)),
        ]
      : []),
    ...(other.length
      ? [
          '',
          ...heading(`${L(lang, 'Other relations', 'Andra relationer')} (${other.length})`, 1, page),
          ...other.flatMap((p) => relationLine(p, id, page)),
        ]
      : []),
  ];
}

/** How many groups `kp show` names per line. */
const BORN_ABROAD_SHOWN = 6;

function bornAbroadLines(m: SwedishParty, { ds, lang, width }: Page): string[] {
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
  const groups = (label: string, values: string[]) =>
    values.length
      ? // No break before a per cent sign: wrap at the other spaces.
        field(label, values.join('; ').replace(/ %/g, '\u00a0%'), width).map((l) =>
          l.replace(/\u00a0%/g, ' %'),
        )
      : [];
  return [
    ...groups(
      L(
        lang,
        `Born in partner countries (SCB ${born.year}, of ${formatNumber(born.population, lang)}; × the Swedish share)`,
        `Födda i samarbetsländer (SCB ${born.year}, av ${formatNumber(born.population, lang)}; × andelen i Sverige)`,
      ),
      partner.map((d) => group(d.country, d.count, d.share, d.ratio)),
    ),
    ...groups(
      L(lang, 'Born in other countries in the data', 'Födda i andra länder i datan'),
      other.map((d) => group(d.country, d.count, d.share, d.ratio)),
    ),
    ...groups(
      L(lang, 'Born in former states (not split by SCB)', 'Födda i forna stater (delas inte av SCB)'),
      born.formerStates.map((d) => group(d.country, d.count, d.share)),
    ),
  ];
}

const swedish: Render<SwedishParty> = (m, page) => {
  const { ds, lang, c, width } = page;
  return [
    ...styleStart(
      line(`${m.name} — ${KIND_LABEL[m.kind]![lang]}${m.county ? `, ${m.county}` : ''}`, 0, width),
      m.name,
      c.bold,
    ),
    ...field(L(lang, 'SCB code', 'SCB-kod'), m.code, width),
    ...field(L(lang, 'Population (2024)', 'Folkmängd (2024)'), formatNumber(m.population, lang), width),
    ...field(
      L(lang, 'Location', 'Läge'),
      m.location
        ? `${formatDecimal(m.location.lat, lang, 3)}° N, ${formatDecimal(m.location.lng, lang, 3)}° E (GeoNames)`
        : undefined,
      width,
    ),
    ...bornAbroadLines(m, page),
    ...field(L(lang, 'KP status', 'KP-status'), STATUS_LABEL[ds.status.get(m.id) ?? 'none'][lang], width),
    ...field(L(lang, 'Also known as', 'Även kallad'), list(m.aliases), width),
    ...field(
      L(lang, 'Interests', 'Intressen'),
      list(m.interests.map((t) => themeLabel(ds.themes.get(t)!, lang))),
      width,
    ),
    ...field(L(lang, 'Notes', 'Anteckningar'), m.notes, width),
    ...m.sources.flatMap((s) => field(L(lang, 'Source', 'Källa'), s, width)),
    ...relationsBlock(m.id, page),
  ];
};

const partner: Render<Partner> = (p, page) => {
  const { ds, lang, c, width } = page;
  const seeking = L(lang, 'Seeking a Swedish partner', 'Söker en svensk partner');
  return [
    ...styleStart(
      line(
        `${p.name} — ${countryName(ds.countries.get(p.country)!, lang)}${p.province ? `, ${p.province}` : ''}`,
        0,
        width,
      ),
      p.name,
      c.bold,
    ),
    ...field(
      L(lang, 'Population', 'Folkmängd'),
      p.population ? formatNumber(p.population, lang) : p.population_note,
      width,
    ),
    ...field(L(lang, 'Also known as', 'Även kallad'), list(p.aliases), width),
    ...field(
      L(lang, 'Themes', 'Teman'),
      list(p.themes.map((t) => themeLabel(ds.themes.get(t)!, lang))),
      width,
    ),
    ...(p.seeking
      ? [
          ...styleStart(
            field(seeking, p.seeking.areas.map((t) => themeLabel(ds.themes.get(t)!, lang)).join(', '), width),
            seeking,
            c.green,
          ),
          ...field(L(lang, 'In its words', 'Med egna ord'), p.seeking.areas_text, width),
          ...field(L(lang, 'Source', 'Källa'), p.seeking.source, width),
        ]
      : []),
    ...field(
      L(lang, 'Hosts people from', 'Tar emot människor från'),
      list(
        p.hosts.map((h) => {
          const c = ds.countries.get(h.country);
          return `${c ? countryName(c, lang) : h.country}${h.people ? ` (${h.people})` : ''}`;
        }),
      ),
      width,
    ),
    ...field(L(lang, 'Notes', 'Anteckningar'), p.notes, width),
    ...relationsBlock(p.id, page),
  ];
};

const country: Render<Country> = (k, page) => {
  const { ds, lang, c, width } = page;
  const parties = activeIn(ds, k.id);
  const eligible = k.icld_lists.includes('latest');
  return [
    ...styleStart(
      line(`${countryName(k, lang)} (${k.id}) — ${k.name.en} / ${k.name.sv}`, 0, width),
      countryName(k, lang),
      c.bold,
    ),
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
      width,
    ),
    ...field(L(lang, 'Lists', 'Listor'), list(k.icld_lists), width),
    ...field(
      L(lang, 'Region', 'Region'),
      [k.region, k.subregion]
        .map((x) => regionLabel(x, lang))
        .filter(Boolean)
        .join(', '),
      width,
    ),
    ...field(L(lang, 'Also known as', 'Även kallat'), list(k.aliases), width),
    ...field(L(lang, 'Notes', 'Anteckningar'), k.notes, width),
    '',
    ...heading(
      `${L(lang, 'Swedish parties with relations here', 'Svenska parter med relationer här')} (${parties.length})`,
      1,
      page,
    ),
    // Each party's partners here with phase, years and whether it runs as of the year asked
    // ("Ekerö: Cape Agulhas (projekt, 2019–2025, ended)"): who is active here, and who was.
    ...parties.flatMap(({ party, relations }) => {
      const byPartner = new Map<string, Partnership[]>();
      for (const p of relations) {
        const key = p.parties
          .filter((id) => ds.partners.has(id))
          .map((id) => ds.partners.get(id)!.name)
          .join(' + ');
        byPartner.set(key, [...(byPartner.get(key) ?? []), p]);
      }
      const groups = [...byPartner].flatMap(([names, rows]) => {
        const kp = rows.filter((r) => r.programme === 'kp');
        const judged = kp.length ? kp : rows;
        const running = judged.filter((r) => isRunning(r, ds.asOf));
        const ended = judged.filter((r) => !isRunning(r, ds.asOf));
        return [running, ended]
          .filter((g) => g.length)
          .map((g) => `${names}${statusDetail(g, lang, ds.asOf)}`);
      });
      return line(`${party.name}: ${groups.join('; ')}`, 2, width);
    }),
  ];
};

const theme: Render<Theme> = (t, page) => {
  const { ds, lang, c, width } = page;
  const narrower = ds.raw.themes.filter((x) => x.broader.includes(t.id));
  const who = worksOn(ds, t);
  const abroad = partnersOn(ds, t);
  return [
    ...styleStart(
      line(`${themeLabel(t, lang)} (${t.id}) — ${t.label.en} / ${t.label.sv}`, 0, width),
      themeLabel(t, lang),
      c.bold,
    ),
    ...field(L(lang, 'About', 'Om'), t.description?.[lang], width),
    ...field(L(lang, 'Synonyms (en)', 'Synonymer (en)'), list(t.synonyms.en), width),
    ...field(L(lang, 'Synonyms (sv)', 'Synonymer (sv)'), list(t.synonyms.sv), width),
    ...field(
      L(lang, 'Broader', 'Bredare'),
      list(t.broader.map((b) => themeLabel(ds.themes.get(b)!, lang))),
      width,
    ),
    ...field(L(lang, 'Narrower', 'Smalare'), list(narrower.map((n) => themeLabel(n, lang))), width),
    ...field(
      L(lang, 'ICLD core areas', 'ICLD:s kärnområden'),
      list(t.core_areas.map((a) => CORE_AREA_LABEL[a][lang])),
      width,
    ),
    ...field(L(lang, 'SDGs', 'Globala mål'), list(t.sdgs.map(String)), width),
    '',
    ...heading(
      `${L(lang, 'Swedish parties working on it', 'Svenska parter som arbetar med det')} (${who.length})`,
      1,
      page,
    ),
    // One list of names, a paragraph under its heading: every line at the same indent.
    ...fill(who.map((m) => m.name).join(', '), width, INDENT[2]),
    ...(abroad.length
      ? [
          '',
          ...heading(
            `${L(lang, 'Partners abroad working on it', 'Partner utomlands som arbetar med det')} (${abroad.length})`,
            1,
            page,
          ),
          ...fill(
            abroad
              .map((p) => {
                const c = ds.countries.get(p.country);
                return `${p.name} (${c ? countryName(c, lang) : p.country})`;
              })
              .join(', '),
            width,
            INDENT[2],
          ),
        ]
      : []),
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

/** The lines `kp show` prints for a record, each fitting `width` columns (bar a URL wider than it). */
export function recordText(r: AnyRecord, ds: Dataset, lang: Lang, color: Style, width: number): string[] {
  return TEXT[r.kind](r.record as never, { ds, lang, c: color, width });
}
