// The columns of a ranking exported as CSV: a table of (key, header in each language, value).
// A new column is a new entry. Pure.
import type { Dataset } from '../core/dataset.js';
import type { Candidate } from '../core/rank.js';
import type { Reason } from '../core/reasons.js';
import { COMPONENTS } from '../core/weights.js';
import type { Cell } from './csv.js';
import { countryName, KIND_LABEL, type Lang, themeLabel } from './labels.js';
import { type MatchResult, shown } from './match.js';
import { pairDetail, reasonText } from './reasons.js';

interface CsvColumn {
  readonly key: string;
  readonly header: Readonly<Record<Lang, string>>;
  readonly value: (c: Candidate, rank: number, ctx: { ds: Dataset; lang: Lang; result: MatchResult }) => Cell;
}

const h = (en: string, sv: string) => ({ en, sv });
const COMPONENT_SV: Record<(typeof COMPONENTS)[number], string> = {
  theme: 'tema',
  country: 'land',
  region: 'region',
  experience: 'erfarenhet',
  capacity: 'kapacitet',
  seeking: 'söker partner',
  size: 'storlek',
  diaspora: 'diaspora',
  nearby: 'grannar',
};

/** Relation rows a candidate's reasons cite, for the sources column. */
function citedRows(c: Candidate): string[] {
  const rows = c.reasons.flatMap((r: Reason) =>
    r.type === 'country-experience' || r.type === 'region-experience'
      ? r.pairs.flatMap((p) => p.rows)
      : r.type === 'existing-relation'
        ? r.rows
        : [],
  );
  return [...new Set(rows)];
}

/** The candidate's own relations in the queried country (for a party abroad: in its country). */
function relationsInCountry(c: Candidate, ds: Dataset, result: MatchResult, lang: Lang): string {
  const country = result.ranking.query.direction === 'abroad' ? c.country : result.ranking.query.country;
  if (!country) return '';
  const rows = (ds.relationsOf.get(c.id) ?? []).filter((p) => p.countries.includes(country));
  const byOther = new Map<string, typeof rows>();
  for (const r of rows) {
    const other = r.parties.filter((id) => id !== c.id && ds.partners.has(id) !== ds.partners.has(c.id));
    const key = other.map((id) => ds.swedish.get(id)?.name ?? ds.partners.get(id)?.name ?? id).join(' + ');
    byOther.set(key, [...(byOther.get(key) ?? []), r]);
  }
  return [...byOther].map(([name, rs]) => `${name}${pairDetail(rs, lang)}`).join('; ');
}

export const MATCH_CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'rank', header: h('rank', 'rang'), value: (_c, rank) => rank },
  { key: 'name', header: h('name', 'namn'), value: (c) => c.name },
  { key: 'kind', header: h('kind', 'typ'), value: (c, _r, { lang }) => KIND_LABEL[c.kind]?.[lang] ?? c.kind },
  {
    key: 'code',
    header: h('code or id', 'kod eller id'),
    value: (c, _r, { ds }) => ds.swedish.get(c.id)?.code ?? c.id,
  },
  {
    key: 'area',
    header: h('county or province', 'län eller provins'),
    value: (c, _r, { ds }) => ds.swedish.get(c.id)?.county ?? ds.partners.get(c.id)?.province,
  },
  {
    key: 'country',
    header: h('country', 'land'),
    value: (c, _r, { ds, lang }) => {
      const k = ds.countries.get(c.country);
      return c.country === 'SE'
        ? lang === 'sv'
          ? 'Sverige'
          : 'Sweden'
        : k
          ? countryName(k, lang)
          : c.country;
    },
  },
  { key: 'score', header: h('score', 'poäng'), value: (c) => c.score },
  ...COMPONENTS.map((k) => ({
    key: k,
    header: h(`${k} points`, `poäng ${COMPONENT_SV[k]}`),
    value: (c: Candidate) => c.components[k],
  })),
  {
    key: 'shared_themes',
    header: h('shared themes', 'gemensamma teman'),
    value: (c, _r, { ds, lang }) =>
      c.reasons
        .flatMap((r) => (r.type === 'shared-themes' ? r.themes : []))
        .map((t) => themeLabel(ds.themes.get(t)!, lang))
        .join('; '),
  },
  {
    key: 'in_country',
    header: h('partnerships in the country', 'partnerskap i landet'),
    value: (c, _r, { ds, lang, result }) => relationsInCountry(c, ds, result, lang),
  },
  {
    key: 'reasons',
    header: h('reasons', 'skäl'),
    value: (c, _r, { ds, lang }) => c.reasons.map((r) => reasonText(r, ds, lang)).join('; '),
  },
  {
    key: 'sources',
    header: h('sources', 'källor'),
    value: (c, _r, { ds }) =>
      [
        ...new Set(
          citedRows(c)
            .map((id) => ds.partnerships.get(id)?.source)
            .filter(Boolean),
        ),
      ].join(' '),
  },
];

export function matchCsvRows(
  result: MatchResult,
  ds: Dataset,
  lang: Lang,
): { header: string[]; rows: Cell[][] } {
  return {
    header: MATCH_CSV_COLUMNS.map((c) => c.header[lang]),
    rows: shown(result).map((cand, i) =>
      MATCH_CSV_COLUMNS.map((col) => col.value(cand, i + 1, { ds, lang, result })),
    ),
  };
}
