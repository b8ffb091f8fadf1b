// A ranking as a workbook: the candidates (the CSV's columns, codes as text, points as numbers)
// and the query that produced them (inputs as resolved, weights, date, data source, notes). Pure.
import type { Dataset } from '../core/dataset.js';
import { COMPONENTS } from '../core/weights.js';
import { countryEligibility } from './eligibility.js';
import { COMPONENT_LABEL, countryName, type Lang } from './labels.js';
import { H as MATCH, heading, type MatchResult, matchJson, matchNotes, shown } from './match.js';
import { matchCsvRows } from './match-csv.js';
import { toXlsx, type XCell } from './xlsx.js';

const h = (en: string, sv: string) => ({ en, sv });

const Q = {
  candidates: h('Candidates', 'Kandidater'),
  query: h('Query', 'Sökning'),
  field: h('Field', 'Fält'),
  value: h('Value', 'Värde'),
  search: h('Search', 'Sökning'),
  direction: h('Direction', 'Riktning'),
  country: h('Country', 'Land'),
  eligibility: h("Country on ICLD's list", 'Landet på ICLD:s lista'),
  // Its value: JSON's query.country.eligibility, in words.
  current: h('current', 'nuvarande'),
  earlier: h('earlier', 'tidigare'),
  never: h('never', 'aldrig'),
  from: h('Who is asking', 'Vem som frågar'),
  themes: h('Themes', 'Teman'),
  themesFromProfile: h("(none given: the requester's own)", '(inga angivna: den frågandes egna)'),
  all: h('Municipalities with no KP history (--all)', 'Kommuner utan KP-historik (--all)'),
  ineligible: h(
    'Countries off the list (--include-ineligible)',
    'Länder utanför listan (--include-ineligible)',
  ),
  limit: h('Limit', 'Antal'),
  weight: h('Weight: {k}', 'Vikt: {k}'),
  notApplied: h('(does not apply to this query)', '(gäller inte denna sökning)'),
  asOf: h('Data as of', 'Data per'),
  source: h('Data source', 'Datakälla'),
  total: h('Candidates ranked', 'Rangordnade kandidater'),
  shown: h('Candidates shown', 'Visade kandidater'),
  existing: h('Already partners (not ranked)', 'Redan partner (ej rangordnade)'),
  note: h('Note', 'Anmärkning'),
  shipped: h("the shipped data (kp's own, data/)", 'medföljande data (kp:s egen, data/)'),
  yes: h('yes', 'ja'),
  no: h('no', 'nej'),
  'to-sweden': h('Swedish parties for a municipality abroad', 'Svenska parter för en kommun utomlands'),
  abroad: h('Partners abroad for a Swedish party', 'Partner utomlands för en svensk part'),
} as const;

/** The query sheet's words, for the test that every message has both languages. */
export const QUERY_WORDS = Q;

export interface WorkbookSource {
  /** The --data directory, or undefined for the shipped data. */
  readonly dataDir?: string;
}

/** The query sheet's rows: (field, value). */
export function queryRows(result: MatchResult, ds: Dataset, lang: Lang, src: WorkbookSource): XCell[][] {
  const q = matchJson(result, ds, lang).query;
  const yesNo = (b: boolean) => (b ? Q.yes : Q.no)[lang];
  const rows: XCell[][] = [
    [Q.search[lang], heading(result, ds, lang)],
    [Q.direction[lang], Q[q.direction][lang]],
  ];
  if (result.country) {
    rows.push([Q.country[lang], `${countryName(result.country, lang)} (${result.country.id})`]);
    // current, earlier or never (as JSON's query.country.eligibility), and the sentence.
    const e = countryEligibility(result.country, lang);
    rows.push([Q.eligibility[lang], Q[e.eligibility][lang], e.note]);
  }
  if (q.from) rows.push([Q.from[lang], `${q.from.name} (${q.from.id})`]);
  rows.push([
    Q.themes[lang],
    [q.themes.map((t) => t.label).join('; '), q.themes_from_profile ? Q.themesFromProfile[lang] : '']
      .filter(Boolean)
      .join(' '),
  ]);
  if (q.direction === 'to-sweden') rows.push([Q.all[lang], yesNo(q.all)]);
  else rows.push([Q.ineligible[lang], yesNo(q.include_ineligible)]);
  rows.push([Q.limit[lang], q.limit]);
  for (const k of COMPONENTS) {
    rows.push([
      Q.weight[lang].replace('{k}', COMPONENT_LABEL[k][lang]),
      q.weights[k],
      q.applied.includes(k) ? undefined : Q.notApplied[lang],
    ]);
  }
  rows.push(
    [Q.asOf[lang], q.as_of],
    [Q.source[lang], src.dataDir ?? Q.shipped[lang]],
    [Q.total[lang], result.ranking.candidates.length],
    [Q.shown[lang], shown(result).length],
  );
  if (result.ranking.existing.length) {
    rows.push([Q.existing[lang], result.ranking.existing.map((e) => e.name).join(', ')]);
  }
  for (const n of matchNotes(result, lang, false)) {
    if (!n.startsWith(MATCH.existing[lang])) rows.push([Q.note[lang], n]);
  }
  return rows;
}

export async function matchXlsx(
  result: MatchResult,
  ds: Dataset,
  lang: Lang,
  src: WorkbookSource,
): Promise<Uint8Array> {
  const { header, wrap, rows } = matchCsvRows(result, ds, lang);
  return toXlsx([
    { name: Q.candidates[lang], columns: header.map((x, i) => ({ header: x, wrap: wrap[i] })), rows },
    {
      name: Q.query[lang],
      columns: [{ header: Q.field[lang] }, { header: Q.value[lang], wrap: true }, { header: Q.note[lang] }],
      rows: queryRows(result, ds, lang, src),
    },
  ]);
}
