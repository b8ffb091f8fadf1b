// What `kp match` and `kp ask` share: from the options as typed to a ranking with the rows shown
// explained, and the ranking in a format. Names are resolved here (notes on stderr as they
// resolve); the query itself is decided by core/query.ts, and its notes come back as data.
import type { Dataset } from '../core/dataset.js';
import { decideQuery, type QueryNote } from '../core/query.js';
import { explain, rank } from '../core/rank.js';
import {
  COMPONENTS,
  DEFAULT_WEIGHTS,
  parseWeights,
  type WeightProblem,
  type Weights,
} from '../core/weights.js';
import { localizedError, usage, UsageError } from '../errors.js';
import { clip, msg } from '../messages/index.js';
import { countryEligibility } from '../output/eligibility.js';
import { MATCH_FORMATS } from '../output/formats.js';
import { COMPONENT_LABEL, type Lang } from '../output/labels.js';
import type { MatchResult } from '../output/match.js';
import type { Format } from '../output/view.js';
import type { Context } from './context.js';
import { renderOptions } from './emit.js';
import { partyResolver, resolveCountry, resolveThemes } from './filters.js';
import { resolveName } from './resolve.js';
import type { Payload, WriteOptions } from './write.js';

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

/** The ranking for the options, and the notes about how the query was read (not said yet). */
export function computeMatch(
  ctx: Context,
  ds: Dataset,
  opts: Omit<MatchOptions, 'format' | 'explain'>,
): MatchResult & { readonly notes: readonly QueryNote[] } {
  // Before any name is resolved: with neither, there is nothing to resolve them for.
  if (!opts.country && !opts.from) throw usage('error.needWho');
  const limit = parseLimit(opts.limit);
  const weights = opts.weight ? weightsFrom(opts.weight) : DEFAULT_WEIGHTS;
  const decision = decideQuery(ds, {
    country: opts.country ? resolveCountry(ctx, ds, opts.country) : undefined,
    themes: opts.theme?.length ? resolveThemes(ctx, ds, opts.theme).map((t) => t.id) : [],
    from: opts.from ? resolveName(ctx, partyResolver(ds), opts.from, 'party').record : undefined,
    all: opts.all,
    includeIneligible: opts.includeIneligible,
  });
  if (!decision.ok) {
    const { problem } = decision;
    throw usage(problem.key, 'vars' in problem ? problem.vars : undefined);
  }
  const { query, country, notes } = decision;
  const ranking = rank(query, ds, weights);
  const from = query.from ? (ds.swedish.get(query.from) ?? ds.partners.get(query.from)) : undefined;
  return {
    ranking,
    limit,
    explained: explain(ranking, limit),
    country,
    themesFromProfile: notes.some((n) => n.key === 'note.themesFromProfile'),
    fromName: from?.name,
    notes,
  };
}

/** Say a query note on stderr, in the reader's language. */
export function sayNote(ctx: Context, note: QueryNote, lang: Lang): void {
  if (note.key === 'eligibility') ctx.note(countryEligibility(note.country, lang).note);
  else ctx.say(note.key, { name: note.name, n: note.n });
}

export function parseLimit(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw usage('error.limit', { value: clip(value) });
  return n;
}

const WEIGHT_PROBLEM = Object.freeze({
  'not-pair': 'error.weightNotPair',
  unknown: 'error.weightUnknown',
  repeated: 'error.weightRepeated',
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

/** The ranking in the chosen format (MATCH_FORMATS). */
export function renderMatch(
  ctx: Context,
  result: MatchResult,
  ds: Dataset,
  opts: Pick<MatchOptions, 'lang' | 'excel' | 'explain' | 'output'> & { format: Format },
): Promise<Payload> {
  return Promise.resolve(MATCH_FORMATS[opts.format](result, ds, renderOptions(ctx, opts)));
}
