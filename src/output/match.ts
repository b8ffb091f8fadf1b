// A ranking as JSON (the contract), a terminal table, or Markdown. Pure.
import type { Style } from './style.js';
import type { Dataset } from '../core/dataset.js';
import type { Candidate, Existing, Explanation, Ranking } from '../core/rank.js';
import { COMPONENTS } from '../core/weights.js';
import type { Country } from '../core/records.js';
import {
  COMPONENT_LABEL,
  countryName,
  fill,
  formatScore,
  KIND_LABEL,
  type Lang,
  SWEDEN,
  themeInText,
  themeLabel,
} from './labels.js';
import { countryEligibility } from './eligibility.js';
import { renderMarkdown } from './markdown.js';
import { partnerDetail, reasonText } from './reasons.js';
import { displayWidth, padEnd, padStart, wrap, wrapHanging } from './width.js';

export interface MatchResult {
  readonly ranking: Ranking;
  readonly limit: number;
  /** The candidates shown (the first `limit`), with their reasons. */
  readonly explained: readonly Explanation[];
  readonly country?: Country;
  /** No --theme was given: the requester's own themes were used. */
  readonly themesFromProfile: boolean;
  readonly fromName?: string;
}

export interface WhereParts {
  /** The country, first and never cut. */
  readonly country: string;
  /** County, province or kind of body, after the country; empty when unknown. */
  readonly rest: string;
  /** "Kenya, Busia County", "Sweden, Dalarnas län". */
  readonly text: string;
}

/** Where a candidate is: the country first, then the county (Sweden) or province (abroad). */
export function wherePartsOf(c: Candidate, ds: Dataset, lang: Lang): WhereParts {
  const s = ds.swedish.get(c.id);
  const p = s ? undefined : ds.partners.get(c.id);
  const found = p ? ds.countries.get(p.country) : undefined;
  const country = s ? SWEDEN[lang] : found ? countryName(found, lang) : c.country;
  const rest = (s ? (s.county ?? KIND_LABEL[s.kind]![lang]) : p?.province) ?? '';
  return { country, rest, text: rest ? `${country}, ${rest}` : country };
}

export const whereOf = (c: Candidate, ds: Dataset, lang: Lang): string => wherePartsOf(c, ds, lang).text;

export function shown(result: MatchResult): readonly Candidate[] {
  return result.explained.map((e) => e.candidate);
}

/** A shown candidate as kp ask offers it: "1. Chililabombwe (39.0)", the score as the table writes it. */
export function candidateChoice(c: Candidate, rank: number, lang: Lang): string {
  return `${rank}. ${c.name} (${formatScore(c.score, lang)})`;
}

export function matchJson(result: MatchResult, ds: Dataset, lang: Lang) {
  const { ranking } = result;
  const q = ranking.query;
  const from = q.from ? (ds.swedish.get(q.from) ?? ds.partners.get(q.from)) : undefined;
  return {
    query: {
      direction: q.direction,
      country: result.country
        ? {
            code: result.country.id,
            name: countryName(result.country, lang),
            ...countryEligibility(result.country, lang),
          }
        : null,
      themes: q.themes.map((id) => ({ id, label: themeLabel(ds.themes.get(id)!, lang) })),
      themes_from_profile: result.themesFromProfile,
      from: from ? { id: from.id, name: from.name, country: 'country' in from ? from.country : 'SE' } : null,
      all: !!q.all,
      include_ineligible: !!q.includeIneligible,
      limit: result.limit,
      weights: ranking.weights,
      applied: ranking.applied,
      as_of: ds.asOf,
    },
    total: ranking.candidates.length,
    candidates: result.explained.map(({ candidate: c, reasons, why }, i) => ({
      rank: i + 1,
      id: c.id,
      name: c.name,
      kind: c.kind,
      country: c.country,
      where: whereOf(c, ds, lang),
      score: c.score,
      components: c.components,
      // Beside the points: a sentence per component that gave any (the reasons behind them).
      why: Object.fromEntries(
        Object.entries(why)
          .filter(([k, rs]) => rs?.length && c.components[k as keyof typeof c.components] > 0)
          .map(([k, rs]) => [k, rs!.map((r) => reasonText(r, ds, lang)).join('; ')]),
      ),
      eligible: c.eligible,
      reasons: reasons.map((r) => reasonText(r, ds, lang)),
    })),
    existing: ranking.existing,
  };
}

export const H = {
  title: {
    'to-sweden': { en: 'Swedish parties', sv: 'Svenska parter' },
    abroad: { en: 'Municipalities abroad', sv: 'Kommuner utomlands' },
  },
  forCountry: { en: 'for a municipality in', sv: 'för en kommun i' },
  forParty: { en: 'for', sv: 'för' },
  themes: { en: 'themes', sv: 'teman' },
  noThemes: {
    en: 'no themes given: ranked on experience',
    sv: 'inga teman angivna: rangordnat efter erfarenhet',
  },
  rank: { en: '#', sv: '#' },
  name: { en: 'Name', sv: 'Namn' },
  where: { en: 'Where', sv: 'Var' },
  score: { en: 'Score', sv: 'Poäng' },
  reasons: { en: 'Why', sv: 'Varför' },
  none: { en: 'No candidates.', sv: 'Inga kandidater.' },
  // --limit shows more rows; --all (Swedish parties only) widens the pool, so it is offered only
  // where it would add candidates and was not given.
  of: {
    en: 'showing {n} of {total}; --limit N shows more, --all also ranks Swedish parties with no KP history',
    sv: 'visar {n} av {total}; --limit N visar fler, --all rangordnar även svenska parter utan KP-historik',
  },
  ofLimit: {
    en: 'showing {n} of {total}; --limit N shows more',
    sv: 'visar {n} av {total}; --limit N visar fler',
  },
  // Partners of the requester are not ranked; those whose KP partnership runs as of the year asked
  // are current, the others earlier (they do not work together now, and are said apart).
  existing: { en: 'Current partners (not ranked)', sv: 'Nuvarande partner (ej rangordnade)' },
  existingRow: { en: 'current partner (not ranked)', sv: 'nuvarande partner (ej rangordnad)' },
  earlier: { en: 'Earlier partners (not ranked)', sv: 'Tidigare partner (ej rangordnade)' },
  earlierRow: { en: 'earlier partner (not ranked)', sv: 'tidigare partner (ej rangordnad)' },
  points: { en: 'points', sv: 'poäng' },
  weights: { en: 'Weights', sv: 'Vikter' },
  max: { en: 'max', sv: 'högst' },
  notApplied: { en: 'n/a', sv: 'används inte' },
  ineligibleRow: { en: "country not on ICLD's current list", sv: 'land utanför ICLD:s nuvarande lista' },
  ineligible: { en: "* country not on ICLD's current list", sv: '* land utanför ICLD:s nuvarande lista' },
} as const;

/** The match table's words, for the test that every message has both languages. */
export const MATCH_WORDS = H;

export function heading(result: MatchResult, ds: Dataset, lang: Lang): string {
  const q = result.ranking.query;
  const who =
    q.direction === 'to-sweden' && !q.from && result.country
      ? `${H.forCountry[lang]} ${countryName(result.country, lang)}`
      : `${H.forParty[lang]} ${result.fromName ?? ''}${result.country && q.direction === 'abroad' ? ` (${countryName(result.country, lang)})` : ''}`;
  const themes = q.themes.length
    ? `${H.themes[lang]}: ${q.themes.map((t) => themeInText(ds.themes.get(t)!, lang)).join(', ')}`
    : H.noThemes[lang];
  return `${H.title[q.direction][lang]} ${who} · ${themes}`;
}

/** The sentence on the country asked about, when KP cannot fund a new partnership there. */
export function eligibilityLine(result: MatchResult, lang: Lang): string | undefined {
  if (!result.country) return undefined;
  const e = countryEligibility(result.country, lang);
  return e.eligible ? undefined : e.note;
}

export function scoreBar(score: number, width = 10): string {
  const full = Math.round((score / 100) * width);
  return '█'.repeat(full) + '░'.repeat(width - full);
}

export interface TableOptions {
  readonly lang: Lang;
  readonly width: number;
  readonly color: Style;
  readonly explain: boolean;
}

/**
 * Reasons the table shows per candidate, strongest first; with --explain every one, so that each
 * component that gives points has its sentence beside the points (as JSON and Markdown do).
 */
const TABLE_REASONS = 3;

/**
 * The table's layouts, widest first: the first whose reasons get at least `minReasons` columns is
 * used; below them all, one block per candidate. Name and place wrap within their column, never
 * cut; the place column is at least as wide as the longest country, which comes first in it.
 */
const LAYOUTS = Object.freeze([
  { bar: true, maxName: 26, maxWhere: 28, minReasons: 30 },
  { bar: false, maxName: 20, maxWhere: 22, minReasons: 24 },
] as const);

/** Columns between the table's columns. */
const GAP = '  ';

/**
 * The reasons' lines, added to `out`: each reason's continuation lines indented two spaces, so
 * they wrap two columns earlier.
 */
function reasonLines(texts: readonly string[], width: number, out: string[] = []): string[] {
  for (let i = 0; i < texts.length; i++) {
    const lines = wrapHanging(texts[i]!, width, Math.max(1, width - 2));
    out.push(lines[0] ?? '');
    for (let k = 1; k < lines.length; k++) out.push(`  ${lines[k]}`);
  }
  return out;
}

/** `(left + right).trimEnd()`, with the two joined only once: `right` seldom has anything to trim. */
function trimmedLine(left: string, right: string): string {
  const end = right.trimEnd();
  return end ? left + end : left.trimEnd();
}

/** "= theme 41.7 + country 9.4 + …" for --explain. */
function explainLine(result: MatchResult, cand: Candidate, lang: Lang): string {
  const parts = result.ranking.applied.map(
    (k) => `${COMPONENT_LABEL[k][lang]} ${formatScore(cand.components[k], lang)}`,
  );
  return `= ${parts.join(' + ')}`;
}

/** The terminal table: rank, name, where, a score bar, and the top reasons on their own lines. */
export function matchTable(result: MatchResult, ds: Dataset, o: TableOptions): string[] {
  const { lang, color: c } = o;
  const rows = shown(result);
  const lines = wrap(heading(result, ds, lang), o.width).map((l) => c.bold(l));
  const offList = eligibilityLine(result, lang);
  if (offList) lines.push(...wrap(offList, o.width).map((l) => c.yellow(l)));
  lines.push('');
  if (!rows.length) return [...lines, H.none[lang]];

  const rankW = String(rows.length).length + 1;
  const names = rows.map((r) => flagged(r));
  const places = rows.map((r) => wherePartsOf(r, ds, lang));
  const widest = (texts: readonly string[], header: string) =>
    texts.reduce((w, t) => Math.max(w, displayWidth(t)), displayWidth(header));
  const countryW = widest(
    places.map((p) => p.country),
    H.where[lang],
  );
  // The reasons of the row at `i` (rows are the explained candidates, in order).
  const reasonsOf = (i: number) => {
    const e = result.explained[i]!;
    return (o.explain ? e.allReasons : e.reasons.slice(0, TABLE_REASONS)).map((r) => reasonText(r, ds, lang));
  };

  for (const layout of LAYOUTS) {
    const nameW = Math.min(layout.maxName, widest(names, H.name[lang]));
    const whereW = Math.max(
      countryW,
      Math.min(
        layout.maxWhere,
        widest(
          places.map((p) => p.text),
          H.where[lang],
        ),
      ),
    );
    const scoreW = layout.bar ? 10 + 1 + 5 : Math.max(5, displayWidth(H.score[lang]));
    const fixed = rankW + 1 + nameW + GAP.length + whereW + GAP.length + scoreW + GAP.length;
    const reasonW = o.width - fixed;
    if (reasonW < layout.minReasons) continue;

    lines.push(
      c.bold(
        `${padStart(H.rank[lang], rankW)} ${padEnd(H.name[lang], nameW)}${GAP}${padEnd(H.where[lang], whereW)}${GAP}${padEnd(H.score[lang], scoreW)}${GAP}${H.reasons[lang]}`,
      ),
    );
    // What is left of the reasons on the lines below a row's name and place: the same on each.
    const blank = `${' '.repeat(rankW + 1 + nameW)}${GAP}${c.dim(' '.repeat(whereW))}${GAP}${' '.repeat(scoreW)}${GAP}`;
    // The reason column's lines of a row (then its --explain line), one array for every row.
    const right: string[] = [];
    for (let i = 0; i < rows.length; i++) {
      const cand = rows[i]!;
      right.length = 0;
      reasonLines(reasonsOf(i), reasonW, right);
      if (o.explain) {
        const explain = wrap(explainLine(result, cand, lang), reasonW);
        for (let k = 0; k < explain.length; k++) right.push(c.dim(explain[k]!));
      }
      const nameLines = wrap(names[i]!, nameW);
      const whereLines = placeLines(places[i]!, whereW);
      const number = padStart(formatScore(cand.score, lang), 5);
      const score = layout.bar ? `${c.cyan(scoreBar(cand.score))} ${number}` : padStart(number, scoreW);
      const height = Math.max(nameLines.length, whereLines.length, right.length, 1);
      for (let k = 0; k < height; k++) {
        let left = blank;
        if (k === 0 || k < nameLines.length || k < whereLines.length) {
          const name = padEnd(nameLines[k] ?? '', nameW);
          const styledName =
            k >= nameLines.length ? name : !offListAbroad(cand) ? c.bold(name) : c.yellow(name);
          const where = c.dim(padEnd(whereLines[k] ?? '', whereW));
          left =
            k === 0
              ? `${padStart(`${i + 1}.`, rankW)} ${styledName}${GAP}${where}${GAP}${score}${GAP}`
              : `${' '.repeat(rankW + 1)}${styledName}${GAP}${where}${GAP}${' '.repeat(scoreW)}${GAP}`;
        }
        lines.push(trimmedLine(left, right[k] ?? ''));
      }
    }
    return [...lines, ...footer(result, ds, o)];
  }

  // Too narrow for columns: one block per candidate, every fact on its own lines.
  const inner = Math.max(10, o.width - rankW - 1);
  const pad = ' '.repeat(rankW + 1);
  rows.forEach((cand, i) => {
    const score = `${formatScore(cand.score, lang)} ${H.points[lang]}`;
    const title = wrap(`${names[i]}  ${score}`, inner);
    lines.push(
      `${padStart(`${i + 1}.`, rankW)} ${!offListAbroad(cand) ? c.bold(title[0]!) : c.yellow(title[0]!)}`,
      ...title.slice(1).map((l) => `${pad}${l}`),
      ...wrap(places[i]!.text, inner).map((l) => `${pad}${c.dim(l)}`),
      ...reasonLines(reasonsOf(i), inner).map((l) => `${pad}${l}`),
      ...(o.explain ? wrap(explainLine(result, cand, lang), inner).map((l) => `${pad}${c.dim(l)}`) : []),
    );
    if (i < rows.length - 1) lines.push('');
  });
  return [...lines, ...footer(result, ds, o)];
}

/** A place's lines in its column: the country alone on the first when all does not fit, never broken. */
function placeLines(place: WhereParts, width: number): string[] {
  if (displayWidth(place.text) <= width) return [place.text];
  const rest = place.rest ? wrap(place.rest, width) : [];
  return [place.country, ...rest];
}

/** The notes under the table, wrapped to its width. */
function footer(result: MatchResult, ds: Dataset, o: TableOptions): string[] {
  const notes = matchNotes(result, o.lang, o.explain, ds);
  return notes.length ? ['', ...notes.flatMap((n) => wrap(n, o.width)).map((n) => o.color.dim(n))] : [];
}

/** "Earlier partners (not ranked): Francistown (projekt, 2019–2024)", and the current ones. */
export function existingLists(
  result: MatchResult,
  ds: Dataset,
  lang: Lang,
): { label: string; names: string }[] {
  const named = (e: Existing) => {
    const rows = e.partnerships.map((id) => ds.partnerships.get(id)).filter((p) => !!p);
    return `${e.name}${rows.length ? partnerDetail(rows, lang, e.active, ds.asOf) : ''}`;
  };
  const all = result.ranking.existing;
  return [
    { label: H.existing[lang], list: all.filter((e) => e.active) },
    { label: H.earlier[lang], list: all.filter((e) => !e.active) },
  ]
    .filter((g) => g.list.length)
    .map((g) => ({ label: g.label, names: g.list.map(named).join(', ') }));
}

const existingNotes = (result: MatchResult, ds: Dataset, lang: Lang) =>
  existingLists(result, ds, lang).map((g) => `${g.label}: ${g.names}`);

/** What the table says below the rows; every format that has room for notes carries them. */
export function matchNotes(result: MatchResult, lang: Lang, explain: boolean, ds: Dataset): string[] {
  const rows = shown(result);
  const total = result.ranking.candidates.length;
  const notes: string[] = [];
  if (total > rows.length) {
    const q = result.ranking.query;
    const more = q.direction === 'abroad' || q.all ? H.ofLimit : H.of;
    notes.push(fill(more[lang], { n: rows.length, total }));
  }
  if (rows.some(offListAbroad)) notes.push(H.ineligible[lang]);
  notes.push(...existingNotes(result, ds, lang));
  if (explain) {
    const w = result.ranking.weights;
    const applied = result.ranking.applied;
    const sum = applied.reduce((s, k) => s + w[k], 0);
    notes.push(
      `${H.weights[lang]}: ${COMPONENTS.map((k) => `${COMPONENT_LABEL[k][lang]} ${w[k]}${applied.includes(k) ? ` (${H.max[lang]} ${formatScore((100 * w[k]) / sum, lang)} ${H.points[lang]})` : ` (${H.notApplied[lang]})`}`).join(', ')}`,
    );
  }
  return notes;
}

/**
 * A candidate abroad whose country is off ICLD's current list: flagged * in the table. A Swedish
 * party for a country off the list is not flagged row by row: the line under the title says it.
 */
export const offListAbroad = (c: Candidate) => !c.eligible && c.country !== 'SE';

/** A name as the table shows it: flagged * when its country is not on ICLD's current list. */
export const flagged = (c: Candidate) => (offListAbroad(c) ? `${c.name}*` : c.name);

/** Markdown: the table's rows, flags and notes; with --explain a column per component. */
export function matchMarkdown(result: MatchResult, ds: Dataset, lang: Lang, explain = false): string[] {
  // Outside the table (which escapes its cells): a * would start emphasis or a list item.
  const md = (t: string) => t.replace(/\*/g, '\\*');
  const components = explain ? result.ranking.applied : [];
  const notes = matchNotes(result, lang, explain, ds);
  const offList = eligibilityLine(result, lang);
  return [
    `**${md(heading(result, ds, lang))}**`,
    ...(offList ? ['', `> ${md(offList)}`] : []),
    '',
    ...renderMarkdown(
      // With --explain, beside the points of each component, the sentence of each.
      result.explained.map(({ candidate: c, reasons, allReasons }, i) => ({
        c,
        reasons: explain ? allReasons : reasons,
        i,
      })),
      [
        { header: H.rank[lang], value: ({ i }) => String(i + 1), align: 'right' },
        { header: H.name[lang], value: ({ c }) => flagged(c) },
        { header: H.where[lang], value: ({ c }) => whereOf(c, ds, lang) },
        { header: H.score[lang], value: ({ c }) => formatScore(c.score, lang), align: 'right' },
        ...components.map((k) => ({
          header: COMPONENT_LABEL[k][lang],
          value: ({ c }: { c: Candidate }) => formatScore(c.components[k], lang),
          align: 'right' as const,
        })),
        {
          header: H.reasons[lang],
          value: ({ reasons }) => reasons.map((r) => reasonText(r, ds, lang)).join('; '),
        },
      ],
    ),
    ...notes.flatMap((n) => ['', md(n)]),
  ];
}
