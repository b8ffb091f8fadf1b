// kp match: resolve who is asking, rank candidates, print them with reasons.
import type { Dataset } from '../core/dataset.js';
import { type Query, rank } from '../core/rank.js';
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
import { COMPONENT_LABEL, type Lang } from '../output/labels.js';
import { type MatchResult, matchJson, matchMarkdown, matchTable } from '../output/match.js';
import { matchCsvRows } from '../output/match-csv.js';
import type { Format } from '../output/view.js';
import type { Context } from './context.js';
import { checkExcel, colorFor } from './emit.js';
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
  readonly format: Format;
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
    const offList = !!country && !country.icld_lists.includes('latest');
    if (offList && !opts.includeIneligible) {
      ctx.say('note.offList', { country: country!.name[ctx.lang] });
    }
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
  const ranking = rank(query, ds, weights);
  return { ranking, limit, country, themesFromProfile, fromName: from?.name };
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
  checkExcel(opts);
  const ds = await ctx.dataset();
  const result = computeMatch(ctx, ds, opts);
  if (result.themesFromProfile) {
    ctx.say('note.themesFromProfile', {
      name: result.fromName ?? '',
      n: result.ranking.query.themes.length,
    });
  }
  writeOutput(ctx, await renderMatch(ctx, result, ds, opts), opts);
}

/** The ranking in the chosen format, as text. Shared with the questionnaire. */
export async function renderMatch(
  ctx: Context,
  result: MatchResult,
  ds: Dataset,
  opts: Pick<MatchOptions, 'format' | 'lang' | 'excel' | 'explain' | 'output'>,
): Promise<string> {
  switch (opts.format) {
    case 'json':
      return JSON.stringify(matchJson(result, ds, opts.lang), null, 2);
    case 'md':
      return matchMarkdown(result, ds, opts.lang).join('\n');
    case 'csv': {
      const { header, rows } = matchCsvRows(result, ds, opts.lang);
      return toCsv(header, rows, { excel: !!opts.excel });
    }
    default:
      return matchTable(result, ds, {
        lang: opts.lang,
        width: ctx.width,
        color: colorFor(ctx, opts),
        explain: !!opts.explain,
      }).join('\n');
  }
}
