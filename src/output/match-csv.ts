// The columns of a ranking exported as CSV: a table of (key, header in each language, value).
// A new column is a new entry. Pure.
import type { Dataset } from '../core/dataset.js';
import { COMPONENTS } from '../core/components.js';
import type { Candidate, Explanation } from '../core/rank.js';
import type { Reason } from '../core/reasons.js';
import type { Cell } from './csv.js';
import { countryName, KIND_LABEL, type Lang, themeLabel } from './labels.js';
import type { MatchResult } from './match.js';
import { pairDetail, reasonText } from './reasons.js';

interface CsvColumn {
  readonly key: string;
  readonly header: Readonly<Record<Lang, string>>;
  readonly value: (
    c: Candidate,
    rank: number,
    ctx: { ds: Dataset; lang: Lang; result: MatchResult; why: Explanation },
  ) => Cell;
}

const h = (en: string, sv: string) => ({ en, sv });

/** Relation rows a candidate's reasons cite, for the sources column. */
function citedRows(reasons: readonly Reason[]): string[] {
  const rows = reasons.flatMap((r: Reason) =>
    r.type === 'country-experience' || r.type === 'region-experience'
      ? r.pairs.flatMap((p) => p.rows)
      : r.type === 'existing-relation'
        ? r.rows
        : [],
  );
  return [...new Set(rows)];
}

/** The candidate's own relations in the queried country (for a party abroad: in its country). */
function relationsInCountry(why: Explanation, ds: Dataset, lang: Lang): string {
  const name = (id: string) => ds.swedish.get(id)?.name ?? ds.partners.get(id)?.name ?? id;
  return why.inCountry
    .map(({ others, rows }) => {
      const records = rows.map((id) => ds.partnerships.get(id)!);
      return `${others.map(name).join(' + ')}${pairDetail(records, lang)}`;
    })
    .join('; ');
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
  ...COMPONENTS.map(({ id, label }) => ({
    key: id,
    header: h(`${label.en} points`, `poäng ${label.sv}`),
    value: (c: Candidate) => c.components[id],
  })),
  {
    key: 'shared_themes',
    header: h('shared themes', 'gemensamma teman'),
    value: (_c, _r, { ds, lang, why }) =>
      why.reasons
        .flatMap((r) => (r.type === 'shared-themes' ? r.themes : []))
        .map((t) => themeLabel(ds.themes.get(t)!, lang))
        .join('; '),
  },
  {
    key: 'in_country',
    header: h('partnerships in the country', 'partnerskap i landet'),
    value: (_c, _r, { ds, lang, why }) => relationsInCountry(why, ds, lang),
  },
  {
    key: 'reasons',
    header: h('reasons', 'skäl'),
    value: (_c, _r, { ds, lang, why }) => why.reasons.map((r) => reasonText(r, ds, lang)).join('; '),
  },
  {
    key: 'sources',
    header: h('sources', 'källor'),
    value: (_c, _r, { ds, why }) =>
      [
        ...new Set(
          citedRows(why.reasons)
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
    rows: result.explained.map((why, i) =>
      MATCH_CSV_COLUMNS.map((col) => col.value(why.candidate, i + 1, { ds, lang, result, why })),
    ),
  };
}
