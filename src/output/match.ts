// A ranking as JSON (the contract), a terminal table, or Markdown. Pure.
import type { Style } from './style.js';
import type { Dataset } from '../core/dataset.js';
import type { Candidate, Ranking } from '../core/rank.js';
import { COMPONENTS } from '../core/weights.js';
import type { Country } from '../dataset/schema.js';
import {
  COMPONENT_LABEL,
  countryName,
  fill,
  formatScore,
  KIND_LABEL,
  type Lang,
  themeLabel,
} from './labels.js';
import { renderMarkdown } from './markdown.js';
import { reasonText } from './reasons.js';
import { displayWidth, padEnd, padStart, truncate, wrap } from './width.js';

export interface MatchResult {
  readonly ranking: Ranking;
  readonly limit: number;
  readonly country?: Country;
  /** No --theme was given: the requester's own themes were used. */
  readonly themesFromProfile: boolean;
  readonly fromName?: string;
}

/** Where a candidate is: county for Swedish parties, province and country abroad. */
export function whereOf(c: Candidate, ds: Dataset, lang: Lang): string {
  const s = ds.swedish.get(c.id);
  if (s) return s.county ?? KIND_LABEL[s.kind]![lang];
  const p = ds.partners.get(c.id);
  const country = p ? ds.countries.get(p.country) : undefined;
  return [p?.province, country ? countryName(country, lang) : c.country].filter(Boolean).join(', ');
}

export function shown(result: MatchResult): readonly Candidate[] {
  return result.ranking.candidates.slice(0, result.limit);
}

export function matchJson(result: MatchResult, ds: Dataset, lang: Lang) {
  const { ranking } = result;
  const q = ranking.query;
  const from = q.from ? (ds.swedish.get(q.from) ?? ds.partners.get(q.from)) : undefined;
  return {
    query: {
      direction: q.direction,
      country: result.country ? { code: result.country.id, name: countryName(result.country, lang) } : null,
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
    candidates: shown(result).map((c, i) => ({
      rank: i + 1,
      id: c.id,
      name: c.name,
      kind: c.kind,
      country: c.country,
      where: whereOf(c, ds, lang),
      score: c.score,
      components: c.components,
      eligible: c.eligible,
      reasons: c.reasons.map((r) => reasonText(r, ds, lang)),
    })),
    existing: ranking.existing,
  };
}

const H = {
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
  of: {
    en: 'showing {n} of {total}; --limit N or --all for more',
    sv: 'visar {n} av {total}; --limit N eller --all för fler',
  },
  ofAbroad: {
    en: 'showing {n} of {total}; --limit N for more',
    sv: 'visar {n} av {total}; --limit N för fler',
  },
  existing: { en: 'Already partners (not ranked)', sv: 'Redan partner (ej rangordnade)' },
  points: { en: 'points', sv: 'poäng' },
  weights: { en: 'Weights', sv: 'Vikter' },
  max: { en: 'max', sv: 'högst' },
  notApplied: { en: 'n/a', sv: 'används inte' },
  ineligible: { en: "* country not on ICLD's current list", sv: '* land utanför ICLD:s nuvarande lista' },
} as const;

/** The match table's words, for the test that every message has both languages. */
export const MATCH_WORDS = H;

function heading(result: MatchResult, ds: Dataset, lang: Lang): string {
  const q = result.ranking.query;
  const who =
    q.direction === 'to-sweden' && !q.from && result.country
      ? `${H.forCountry[lang]} ${countryName(result.country, lang)}`
      : `${H.forParty[lang]} ${result.fromName ?? ''}${result.country && q.direction === 'abroad' ? ` (${countryName(result.country, lang)})` : ''}`;
  const themes = q.themes.length
    ? `${H.themes[lang]}: ${q.themes.map((t) => themeLabel(ds.themes.get(t)!, lang).toLocaleLowerCase(lang)).join(', ')}`
    : H.noThemes[lang];
  return `${H.title[q.direction][lang]} ${who} · ${themes}`;
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
  /** Reasons shown per candidate (the rest are in --format json). */
  readonly reasons?: number;
}

/** The terminal table: rank, name, where, a score bar, and the top reasons on their own lines. */
export function matchTable(result: MatchResult, ds: Dataset, o: TableOptions): string[] {
  const { lang, color: c } = o;
  const rows = shown(result);
  const lines = [c.bold(truncate(heading(result, ds, lang), o.width)), ''];
  if (!rows.length) return [...lines, H.none[lang]];

  const rankW = String(rows.length).length + 1;
  const nameW = Math.min(
    26,
    Math.max(displayWidth(H.name[lang]), ...rows.map((r) => displayWidth(r.name) + (r.eligible ? 0 : 1))),
  );
  const whereW = Math.min(
    24,
    Math.max(displayWidth(H.where[lang]), ...rows.map((r) => displayWidth(whereOf(r, ds, lang)))),
  );
  const scoreW = 10 + 1 + 5;
  const fixed = rankW + 1 + nameW + 2 + whereW + 2 + scoreW + 2;
  const reasonW = Math.max(20, o.width - fixed);
  const indent = ' '.repeat(fixed);

  lines.push(
    c.bold(
      `${padStart(H.rank[lang], rankW)} ${padEnd(H.name[lang], nameW)}  ${padEnd(H.where[lang], whereW)}  ${padEnd(H.score[lang], scoreW)}  ${H.reasons[lang]}`,
    ),
  );
  rows.forEach((cand, i) => {
    const reasons = cand.reasons.slice(0, o.reasons ?? 3).map((r) => reasonText(r, ds, lang));
    // A reason's continuation lines are indented two spaces, so they wrap two columns earlier.
    const wrapped = reasons.flatMap((r) => {
      const [first = '', ...rest] = wrap(r, reasonW);
      return [
        first,
        ...wrap(rest.join(' '), reasonW - 2)
          .filter(Boolean)
          .map((l) => `  ${l}`),
      ];
    });
    const bar = `${c.cyan(scoreBar(cand.score))} ${padStart(formatScore(cand.score, lang), 5)}`;
    const name = cand.eligible
      ? c.bold(padEnd(truncate(cand.name, nameW), nameW))
      : c.yellow(padEnd(`${truncate(cand.name, nameW - 1)}*`, nameW));
    lines.push(
      `${padStart(`${i + 1}.`, rankW)} ${name}  ${c.dim(padEnd(truncate(whereOf(cand, ds, lang), whereW), whereW))}  ${bar}  ${wrapped[0] ?? ''}`.trimEnd(),
    );
    for (const more of wrapped.slice(1)) lines.push(`${indent}${more}`);
    if (o.explain) {
      const parts = result.ranking.applied.map(
        (k) => `${COMPONENT_LABEL[k][lang]} ${formatScore(cand.components[k], lang)}`,
      );
      for (const l of wrap(`= ${parts.join(' + ')}`, reasonW)) lines.push(c.dim(`${indent}${l}`));
    }
  });

  const total = result.ranking.candidates.length;
  const notes: string[] = [];
  if (total > rows.length) {
    const more = result.ranking.query.direction === 'abroad' ? H.ofAbroad : H.of;
    notes.push(fill(more[lang], { n: rows.length, total }));
  }
  if (rows.some((r) => !r.eligible)) notes.push(H.ineligible[lang]);
  if (result.ranking.existing.length) {
    notes.push(`${H.existing[lang]}: ${result.ranking.existing.map((e) => e.name).join(', ')}`);
  }
  if (o.explain) {
    const w = result.ranking.weights;
    const applied = result.ranking.applied;
    const sum = applied.reduce((s, k) => s + w[k], 0);
    notes.push(
      `${H.weights[lang]}: ${COMPONENTS.map((k) => `${COMPONENT_LABEL[k][lang]} ${w[k]}${applied.includes(k) ? ` (${H.max[lang]} ${formatScore((100 * w[k]) / sum, lang)} ${H.points[lang]})` : ` (${H.notApplied[lang]})`}`).join(', ')}`,
    );
  }
  if (notes.length) lines.push('', ...notes.flatMap((n) => wrap(n, o.width)).map((n) => c.dim(n)));
  return lines;
}

export function matchMarkdown(result: MatchResult, ds: Dataset, lang: Lang): string[] {
  return [
    `**${heading(result, ds, lang)}**`,
    '',
    ...renderMarkdown(
      shown(result).map((c, i) => ({ c, i })),
      [
        { header: H.rank[lang], value: ({ i }) => String(i + 1), align: 'right' },
        { header: H.name[lang], value: ({ c }) => c.name },
        { header: H.where[lang], value: ({ c }) => whereOf(c, ds, lang) },
        { header: H.score[lang], value: ({ c }) => formatScore(c.score, lang), align: 'right' },
        {
          header: H.reasons[lang],
          value: ({ c }) => c.reasons.map((r) => reasonText(r, ds, lang)).join('; '),
        },
      ],
    ),
  ];
}
