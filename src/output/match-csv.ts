// The columns of a ranking exported as CSV: a table of (key, header in each language, value).
// A new column is a new entry. Pure.
import type { Dataset } from '../core/dataset.js';
import { COMPONENT_TABLE } from '../core/components.js';
import type { Candidate, Existing, Explanation } from '../core/rank.js';
import type { Reason } from '../core/reasons.js';
import type { Cell } from './csv.js';
import { countryName, KIND_LABEL, type Lang, themeLabel } from './labels.js';
import { eligibilityLine, H, type MatchResult } from './match.js';
import { isRunning } from '../core/relations.js';
import { partnerDetail, reasonText, statusDetail } from './reasons.js';

/** A row: a ranked candidate, or a party already in KP with the requester (not ranked). */
export interface MatchRow {
  readonly party: Pick<Candidate, 'id' | 'name' | 'kind' | 'country'>;
  readonly cand?: Candidate;
  /** A ranked candidate's reasons and relations. */
  readonly why?: Explanation;
  readonly rank?: number;
  /** A partner of the requester (not ranked): current or earlier, and its KP rows. */
  readonly existing?: Existing;
}

interface Ctx {
  readonly ds: Dataset;
  readonly lang: Lang;
  readonly result: MatchResult;
}

interface CsvColumn {
  readonly key: string;
  readonly header: Readonly<Record<Lang, string>>;
  /** Long free text: wrapped in a workbook. */
  readonly wrap?: boolean;
  readonly value: (row: MatchRow, ctx: Ctx) => Cell;
}

/** A column only ranked candidates have a value in. */
const ranked =
  (value: (c: Candidate, ctx: Ctx, why: Explanation) => Cell) =>
  (row: MatchRow, ctx: Ctx): Cell =>
    row.cand && row.why ? value(row.cand, ctx, row.why) : undefined;

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

/**
 * The candidate's own relations in the queried country (for a party abroad: in its country), each
 * marked active or ended as of the year asked: what runs of a pair, then what has ended of it.
 */
function relationsInCountry(why: Explanation, ds: Dataset, lang: Lang): string {
  const name = (id: string) => ds.swedish.get(id)?.name ?? ds.partners.get(id)?.name ?? id;
  return why.inCountry
    .flatMap(({ others, rows }) => {
      const records = rows.map((id) => ds.partnerships.get(id)!);
      const kp = records.some((r) => r.programme === 'kp');
      const judged = kp ? records.filter((r) => r.programme === 'kp') : records;
      const running = judged.filter((r) => isRunning(r, ds.asOf));
      const ended = judged.filter((r) => !isRunning(r, ds.asOf));
      const who = others.map(name).join(' + ');
      return [running, ended].filter((g) => g.length).map((g) => `${who}${statusDetail(g, lang, ds.asOf)}`);
    })
    .join('; ');
}

export const MATCH_CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'rank', header: h('rank', 'rang'), value: (r) => r.rank },
  { key: 'name', header: h('name', 'namn'), value: (r) => r.party.name },
  {
    key: 'kind',
    header: h('kind', 'typ'),
    value: ({ party }, { lang }) => KIND_LABEL[party.kind]?.[lang] ?? party.kind,
  },
  {
    key: 'code',
    header: h('code or id', 'kod eller id'),
    value: ({ party }, { ds }) => ds.swedish.get(party.id)?.code ?? party.id,
  },
  {
    key: 'area',
    header: h('county or province', 'län eller provins'),
    value: ({ party }, { ds }) => ds.swedish.get(party.id)?.county ?? ds.partners.get(party.id)?.province,
  },
  {
    key: 'country',
    header: h('country', 'land'),
    value: ({ party }, { ds, lang }) => {
      const k = ds.countries.get(party.country);
      return party.country === 'SE'
        ? lang === 'sv'
          ? 'Sverige'
          : 'Sweden'
        : k
          ? countryName(k, lang)
          : party.country;
    },
  },
  { key: 'score', header: h('score', 'poäng'), value: ranked((c) => c.score) },
  ...COMPONENT_TABLE.map(({ id, label, header = label }) => ({
    key: id,
    header: h(`${header.en} points`, `poäng ${header.sv}`),
    value: ranked((c) => c.components[id]),
  })),
  {
    key: 'shared_themes',
    header: h('shared themes', 'gemensamma teman'),
    wrap: true,
    value: ranked((_c, { ds, lang }, why) =>
      why.reasons
        .flatMap((r) => (r.type === 'shared-themes' ? r.themes : []))
        .map((t) => themeLabel(ds.themes.get(t)!, lang))
        .join('; '),
    ),
  },
  {
    key: 'in_country',
    header: h('partnerships in the country', 'partnerskap i landet'),
    wrap: true,
    value: ranked((_c, { ds, lang }, why) => relationsInCountry(why, ds, lang)),
  },
  {
    key: 'reasons',
    header: h('reasons', 'skäl'),
    wrap: true,
    value: ranked((_c, { ds, lang }, why) => why.reasons.map((r) => reasonText(r, ds, lang)).join('; ')),
  },
  {
    key: 'sources',
    header: h('sources', 'källor'),
    wrap: true,
    value: ranked((_c, { ds }, why) =>
      [
        ...new Set(
          citedRows(why.reasons)
            .map((id) => ds.partnerships.get(id)?.source)
            .filter(Boolean),
        ),
      ].join(' '),
    ),
  },
  {
    // Whether KP can fund a new partnership with this candidate as to the country: the
    // partnership's country (the candidate's abroad, the requester's for a Swedish party).
    key: 'eligible',
    header: h("country on ICLD's current list", 'landet på ICLD:s nuvarande lista'),
    value: ranked((c, { lang }) => (c.eligible ? YES[lang] : NO[lang])),
  },
  {
    key: 'note',
    header: h('note', 'anmärkning'),
    // A ranked Swedish party for a country off ICLD's current list: the country's sentence (every
    // row, so a filtered or sorted sheet still says it).
    value: ({ cand, existing }, { lang, ds, result }) =>
      !cand
        ? existingNote(existing, ds, lang)
        : result.ranking.query.direction === 'to-sweden'
          ? eligibilityLine(result, lang)
          : !cand.eligible
            ? H.ineligibleRow[lang]
            : undefined,
  },
];

/** "earlier partner (not ranked): projekt, 2019–2024" for a partner's row. */
function existingNote(e: Existing | undefined, ds: Dataset, lang: Lang): string {
  const label = e?.active ? H.existingRow[lang] : H.earlierRow[lang];
  const rows = (e?.partnerships ?? []).map((id) => ds.partnerships.get(id)).filter((p) => !!p);
  const detail = rows.length ? partnerDetail(rows, lang, !!e?.active, ds.asOf).replace(/^ \(|\)$/g, '') : '';
  return detail ? `${label}: ${detail}` : label;
}

const YES = h('yes', 'ja');
const NO = h('no', 'nej');

/** The shown candidates, then the parties already in KP with the requester (rank left empty). */
export function matchRows(result: MatchResult, ds: Dataset): MatchRow[] {
  return [
    ...result.explained.map((why, i) => ({ party: why.candidate, cand: why.candidate, why, rank: i + 1 })),
    ...result.ranking.existing.map((e) => {
      const s = ds.swedish.get(e.id);
      const p = ds.partners.get(e.id);
      return {
        party: { id: e.id, name: e.name, kind: s?.kind ?? 'partner', country: p?.country ?? 'SE' },
        existing: e,
      };
    }),
  ];
}

export function matchCsvRows(
  result: MatchResult,
  ds: Dataset,
  lang: Lang,
): { header: string[]; wrap: boolean[]; rows: Cell[][] } {
  const ctx = { ds, lang, result };
  return {
    header: MATCH_CSV_COLUMNS.map((c) => c.header[lang]),
    wrap: MATCH_CSV_COLUMNS.map((c) => !!c.wrap),
    rows: matchRows(result, ds).map((row) => MATCH_CSV_COLUMNS.map((col) => col.value(row, ctx))),
  };
}
