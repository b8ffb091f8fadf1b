// kp match: resolve who is asking, rank candidates, print them with reasons.
import type { Dataset } from '../core/dataset.js';
import { eligibility } from '../core/eligibility.js';
import { explain, type Query, rank } from '../core/rank.js';
import {
  COMPONENTS,
  DEFAULT_WEIGHTS,
  parseWeights,
  type WeightProblem,
  type Weights,
} from '../core/weights.js';
import type { Country, Theme } from '../dataset/schema.js';
import { localizedError, usage, UsageError } from '../errors.js';
import { clip, msg } from '../messages/index.js';
import { toCsv } from '../output/csv.js';
import { countryEligibility } from '../output/eligibility.js';
import { COMPONENT_LABEL, type Lang } from '../output/labels.js';
import { type MatchResult, matchJson, matchMarkdown, matchTable } from '../output/match.js';
import { matchCsvRows } from '../output/match-csv.js';
import { FORMATS, type Format } from '../output/view.js';
import { layout } from '../output/width.js';
import { matchXlsx } from '../output/match-xlsx.js';
import type { Context } from './context.js';
import { colorFor, outputFormat } from './emit.js';
import { partyResolver, resolveCountry, resolveThemes } from './filters.js';
import { resolveName } from './resolve.js';
import { type WriteOptions, writeOutput } from './write.js';

export interface MatchOptions extends WriteOptions {
  readonly country?: string;
  readonly theme?: string[];
  readonly from?: string;
  readonly limit: string;
  readonly all?: boolean;
  readonly includeIneligible?: boolean;
  readonly weight?: string;
  readonly explain?: boolean;
  /** As given; the -o file name may choose it (outputFormat). */
  readonly format?: Format;
  readonly lang: Lang;
  readonly excel?: boolean;
}

/** Resolve the inputs and rank: shared by `kp match` and the questionnaire. */
export function computeMatch(
  ctx: Context,
  ds: Dataset,
  opts: Omit<MatchOptions, 'format' | 'explain'>,
): MatchResult {
  if (!opts.country && !opts.from) {
    throw usage('error.needWho');
  }
  const limit = parseLimit(opts.limit);
  const weights = opts.weight ? weightsFrom(opts.weight) : DEFAULT_WEIGHTS;
  let country: Country | undefined = opts.country ? resolveCountry(ctx, ds, opts.country) : undefined;
  const asked: Theme[] = opts.theme?.length ? resolveThemes(ctx, ds, opts.theme) : [];
  const from = opts.from ? resolveName(ctx, partyResolver(ds), opts.from, 'party').record : undefined;

  let query: Query;
  let themesFromProfile = false;
  if (from && 'kind' in from) {
    // A Swedish party looks for partners abroad.
    if (opts.all) throw usage('error.allAbroad');
    let themes = asked.map((t) => t.id);
    if (!themes.length) {
      themes = defaultThemes(ds, from.id);
      themesFromProfile = true;
    }
    // Asking for one country off ICLD's list is asking for its municipalities: show them, flagged.
    const offList = !!country && eligibility(country) !== 'current';
    query = {
      direction: 'abroad',
      country: country?.id,
      themes,
      from: from.id,
      includeIneligible: opts.includeIneligible || offList,
    };
  } else {
    if (opts.includeIneligible) throw usage('error.ineligibleNeedsFrom');
    if (from) {
      const home = ds.countries.get(from.country)!;
      if (country && country.id !== home.id) {
        throw usage('error.countryConflict', {
          country: country.name.en,
          from: from.name,
          home: home.name.en,
        });
      }
      country = home;
    }
    let themes = asked.map((t) => t.id);
    if (!themes.length && from) {
      themes = defaultThemes(ds, from.id);
      themesFromProfile = themes.length > 0;
    }
    query = { direction: 'to-sweden', country: country?.id, themes, from: from?.id, all: opts.all };
  }
  // Say it once on stderr, whichever the format: KP cannot fund a new partnership there.
  if (country && eligibility(country) !== 'current') ctx.note(countryEligibility(country, opts.lang).note);
  const ranking = rank(query, ds, weights);
  const explained = explain(ranking, limit);
  return { ranking, limit, explained, country, themesFromProfile, fromName: from?.name };
}

/** A party's own themes when none are asked for: its interests, profile and partnerships' themes. */
function defaultThemes(ds: Dataset, id: string): string[] {
  const m = ds.swedish.get(id);
  const p = ds.partners.get(id);
  const own = [...(m?.interests ?? []), ...(p?.seeking?.areas ?? []), ...(p?.themes ?? [])];
  const fromRelations = (ds.relationsOf.get(id) ?? [])
    .filter((r) => r.programme === 'kp')
    .flatMap((r) => r.themes);
  return [...new Set([...own, ...fromRelations])];
}

export function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usage('error.limit', { value: clip(value) });
  return n;
}

const WEIGHT_PROBLEM = Object.freeze({
  'not-pair': 'error.weightNotPair',
  unknown: 'error.weightUnknown',
  'all-zero': 'error.weightAllZero',
} as const);

/** The --weight problems as one usage error, in the reader's language. */
export function weightError(problems: readonly WeightProblem[]): UsageError {
  return localizedError(UsageError, (lang) =>
    msg(lang, 'error.weight', {
      problems: problems.map((p) => msg(lang, WEIGHT_PROBLEM[p.kind], { text: clip(p.text) })).join('; '),
      // The names one types after --weight, with what they mean in the reader's language.
      components: COMPONENTS.map((k) =>
        COMPONENT_LABEL[k][lang] === k ? k : `${k} (${COMPONENT_LABEL[k][lang]})`,
      ).join(', '),
    }),
  );
}

function weightsFrom(spec: string): Weights {
  const { weights, problems } = parseWeights(spec);
  if (problems.length) throw weightError(problems);
  return weights;
}

export async function matchCommand(ctx: Context, opts: MatchOptions): Promise<void> {
  const format = outputFormat(ctx, opts, FORMATS);
  const ds = await ctx.dataset();
  const result = computeMatch(ctx, ds, opts);
  if (result.themesFromProfile) {
    ctx.say('note.themesFromProfile', {
      name: result.fromName ?? '',
      n: result.ranking.query.themes.length,
    });
  }
  const payload =
    format === 'xlsx'
      ? await matchXlsx(result, ds, opts.lang, { dataDir: ctx.location.dir })
      : await matchText(ctx, result, ds, { ...opts, format });
  await writeOutput(ctx, payload, opts);
}

/** The ranking in a text format. Shared with the questionnaire. */
export async function matchText(
  ctx: Context,
  result: MatchResult,
  ds: Dataset,
  opts: Pick<MatchOptions, 'lang' | 'excel' | 'explain' | 'output'> & { format: Exclude<Format, 'xlsx'> },
): Promise<string> {
  switch (opts.format) {
    case 'json':
      return JSON.stringify(matchJson(result, ds, opts.lang), null, 2);
    case 'md':
      return matchMarkdown(result, ds, opts.lang, !!opts.explain).join('\n');
    case 'csv': {
      const { header, rows } = matchCsvRows(result, ds, opts.lang);
      return toCsv(header, rows, { excel: !!opts.excel });
    }
    default:
      return layout(() =>
        matchTable(result, ds, {
          lang: opts.lang,
          width: ctx.width,
          color: colorFor(ctx, opts),
          explain: !!opts.explain,
        }).join('\n'),
      );
  }
}
