// kp ask: the questionnaire for people who do not know the flags. Asks who is asking, where, which
// themes and what matters most (each skipped when its flag is given), shows the ranking as
// `kp match` does, then offers to save it, show a candidate, change an answer, or quit; at the end
// it prints the `kp match` command line that gives the same result.
import { statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Dataset } from '../core/dataset.js';
import type { Resolver } from '../core/names.js';
import { conflictIn } from '../core/query.js';
import { parseWeights } from '../core/weights.js';
import { InterruptedError, localizedError, OutputError, usage, UsageError } from '../errors.js';
import { clip, type MessageKey, msg } from '../messages/index.js';
import type { Lang } from '../output/labels.js';
import { candidateChoice, type MatchResult, shown } from '../output/match.js';
import {
  DEFAULT_LIMIT,
  type MatchArgs,
  matchCommandLine,
  shellQuote,
} from '../questionnaire/command-line.js';
import type { Prompter } from '../questionnaire/prompter.js';
import { NEXT, type NextId, say } from '../questionnaire/questions.js';
import {
  type Answers,
  change,
  changeChoices,
  type Env,
  fill,
  includeIneligible,
  type StepId,
  sideOf,
} from '../questionnaire/steps.js';
import type { Context } from '../shell/context.js';
import { countryResolver, partyResolver, resolveCountry, resolveThemes } from '../shell/filters.js';
import { computeMatch, parseLimit, renderMatch, weightError } from '../shell/match.js';
import { resolveName } from '../shell/resolve.js';
import { showCommand } from './show.js';
import { writeFileSafely } from '../shell/write.js';
import { extensionOf } from '../output/file-format.js';

export interface AskOptions {
  readonly country?: string;
  readonly theme?: string[];
  readonly from?: string;
  readonly all?: boolean;
  readonly weight?: string;
  /** Candidates shown and saved: "10" unless -n/--limit says otherwise. */
  readonly limit?: string;
  readonly lang: Lang;
  /** false with --no-input. */
  readonly input: boolean;
}

/** inquirer's own words, by the messages that say them. */
const INQUIRER_MESSAGE: Readonly<Record<string, MessageKey>> = Object.freeze({
  navigate: 'ask.navigate',
  select: 'ask.select',
  'No results found': 'ask.noResults',
  'You must provide a value': 'ask.required',
  'Invalid input': 'ask.invalid',
});

/** Makes the Prompter; tests pass a scripted one. */
export type PrompterFactory = (ctx: Context) => Promise<Prompter>;

/**
 * inquirer, imported only now: no other command loads it. Prompts go to stderr, as stdout carries
 * the ranking; to stdout (a terminal, checked) when stderr is redirected, so they stay visible.
 */
const inquirerPrompter: PrompterFactory = async (ctx) => {
  const { createInquirerPrompter } = await import('../questionnaire/inquirer.js');
  const toStderr = !!ctx.io.stderr.isTTY;
  const { INQUIRER_WORDS } = await import('../questionnaire/inquirer.js');
  return createInquirerPrompter({
    // In the real process these are process.stdin, process.stderr and process.stdout (src/cli.ts).
    input: ctx.io.stdin as unknown as NodeJS.ReadableStream,
    output: (toStderr ? ctx.io.stderr : ctx.io.stdout) as unknown as NodeJS.WritableStream,
    color: (toStderr ? ctx.colors.err : ctx.colors.out).level > 0,
    interrupted: () => new InterruptedError('SIGINT'),
    words: Object.fromEntries(INQUIRER_WORDS.map((w) => [w, msg(ctx.lang, INQUIRER_MESSAGE[w]!)])),
  });
};

export async function askCommand(
  ctx: Context,
  opts: AskOptions,
  makePrompter: PrompterFactory = inquirerPrompter,
): Promise<void> {
  // inquirer has no TTY check of its own: on a pipe it hangs or silently takes the first choice.
  if (!opts.input || !ctx.io.stdin.isTTY || !ctx.io.stdout.isTTY) throw noTerminal(opts);
  const ds = await ctx.dataset();
  const limit = parseLimit(opts.limit ?? String(DEFAULT_LIMIT));
  const start = answersFromFlags(ctx, ds, opts);
  const env: Env = { ds, lang: opts.lang, prompter: await makePrompter(ctx) };
  await session(ctx, env, start, limit);
}

function noTerminal(opts: AskOptions): UsageError {
  const given = flagArgs(opts);
  return localizedError(UsageError, (lang) =>
    [
      msg(lang, opts.input ? 'error.askNeedsTerminal' : 'error.askNoInput'),
      msg(lang, 'error.askFlags'),
      ...(given.length ? [msg(lang, 'error.askYourFlags', { flags: clip(given.join(' ')) })] : []),
    ].join('\n'),
  );
}

/** The flags as given, for the no-terminal message: not resolved, only quoted. */
function flagArgs(opts: AskOptions): string[] {
  const out: string[] = [];
  if (opts.country) out.push('--country', shellQuote(opts.country));
  for (const t of opts.theme ?? []) out.push('--theme', shellQuote(t));
  if (opts.from) out.push('--from', shellQuote(opts.from));
  if (opts.all) out.push('--all');
  if (opts.limit && opts.limit !== String(DEFAULT_LIMIT)) out.push('--limit', shellQuote(opts.limit));
  if (opts.weight) out.push('--weight', shellQuote(opts.weight));
  if (opts.lang !== 'en') out.push('--lang', opts.lang);
  return out;
}

/** Flags answer their questions before any is asked; a bad one stops here, as in kp match. */
export function answersFromFlags(ctx: Context, ds: Dataset, opts: AskOptions): Answers {
  const a: { -readonly [K in keyof Answers]: Answers[K] } = {};
  const from = opts.from ? resolveName(ctx, partyResolver(ds), opts.from, 'party').record : undefined;
  const country = opts.country ? resolveCountry(ctx, ds, opts.country) : undefined;
  // The same contradictions kp match refuses (core/query.ts), before any question is asked.
  const problem = conflictIn(ds, { from, country, themes: [], all: opts.all });
  if (problem) throw usage(problem.key, 'vars' in problem ? problem.vars : undefined);
  if (from) {
    const partner = ds.partners.get(from.id);
    a.from = from.id;
    a.role = partner ? 'abroad' : 'sweden';
    if (partner) a.country = partner.country;
  }
  if (country) a.country = country.id;
  if (opts.theme?.length) a.themes = resolveThemes(ctx, ds, opts.theme).map((t) => t.id);
  if (opts.weight !== undefined) {
    const { problems } = parseWeights(opts.weight);
    if (problems.length) throw weightError(problems);
    a.weight = opts.weight;
  }
  if (opts.all) a.all = true;
  return a;
}

// ---- the session ---------------------------------------------------------------------------

interface Session {
  readonly ctx: Context;
  readonly env: Env;
  readonly limit: number;
  answers: Answers;
  result?: MatchResult;
  /** The last file saved, as the flags that make it (the answers may have changed since). */
  saved?: MatchArgs;
}

type Ranked = Session & { result: MatchResult };

/** What each next step does; 'rank' ranks and shows again, 'menu' asks what next. */
const ACTIONS: Readonly<Record<NextId, (s: Ranked) => Promise<'rank' | 'menu' | 'quit'>>> = {
  save: async (s) => {
    await save(s);
    return 'menu';
  },
  show: async (s) => {
    const { lang, prompter } = s.env;
    const back = '\u0000back';
    const id = await prompter.select<string>({
      id: 'candidate',
      message: say('pick', lang),
      choices: [
        ...shown(s.result).map((c, i) => ({
          value: c.id,
          name: candidateChoice(c, i + 1, lang),
        })),
        { value: back, name: say('back', lang) },
      ],
    });
    if (id !== back) await showCommand(s.ctx, [id], { format: 'table', lang });
    return 'menu';
  },
  change: async (s) => {
    const { lang, prompter } = s.env;
    const back = 'back' as StepId;
    const step = await prompter.select<StepId>({
      id: 'change',
      message: say('change', lang),
      choices: [...changeChoices(s.env, s.answers), { value: back, name: say('back', lang) }],
    });
    if (step === back) return 'menu';
    s.answers = await change(s.env, s.answers, step);
    return 'rank';
  },
  quit: async () => 'quit',
};

async function session(ctx: Context, env: Env, start: Answers, limit: number): Promise<void> {
  const s: Session = { ctx, env, limit, answers: await fill(env, start) };
  const ranked = await rankAndShow(s);
  for (;;) {
    const next = await env.prompter.select<NextId>({
      id: 'next',
      message: say('next', env.lang),
      choices: (Object.keys(NEXT) as NextId[]).map((id) => ({ value: id, name: NEXT[id][env.lang] })),
    });
    const then = await ACTIONS[next](ranked);
    if (then === 'quit') break;
    if (then === 'rank') await rankAndShow(ranked);
  }
  const lines = [say('equivalent', env.lang), `  ${matchCommandLine(matchArgs(s))}`];
  if (s.saved) lines.push(say('equivalentFile', env.lang), `  ${matchCommandLine(s.saved)}`);
  ctx.io.stderr.write(`${lines.join('\n')}\n`);
}

/** Rank the answers as kp match does, by ids, and print. */
async function rankAndShow(s: Session): Promise<Ranked> {
  const { ctx, env, answers: a } = s;
  // The answers were chosen from lists: saying "KE → Kenya" again would only be noise.
  // (say() writes through the context's own note, so it is silenced too.)
  const quiet: Context = { ...ctx, note: () => undefined, say: () => undefined };
  const result = computeMatch(quiet, env.ds, {
    country: a.country ?? undefined,
    theme: [...(a.themes ?? [])],
    from: a.from ?? undefined,
    limit: String(s.limit),
    all: sideOf(a, env.ds) === 'abroad' ? a.all : undefined,
    includeIneligible: includeIneligible(a, env.ds),
    weight: a.weight || undefined,
    lang: env.lang,
  });
  if (result.themesFromProfile)
    ctx.say('note.themesFromProfileAsk', {
      name: result.fromName ?? '',
      n: result.ranking.query.themes.length,
    });
  ctx.write(`\n${(await renderMatch(ctx, result, env.ds, { format: 'table', lang: env.lang })) as string}\n`);
  s.result = result;
  return s as Ranked;
}

/** The answers as the flags a person would type: names where they resolve exactly, else ids. */
function matchArgs(s: Session): MatchArgs {
  const { answers: a, env } = s;
  const { ds, lang } = env;
  const from = a.from ? (ds.swedish.get(a.from)?.name ?? ds.partners.get(a.from)!.name) : undefined;
  const country = a.country ? ds.countries.get(a.country)! : undefined;
  return {
    from: a.from && from ? exact(partyResolver(ds), from, a.from) : undefined,
    // --from a municipality abroad brings its country; say it only when it is a choice of its own.
    country:
      country && !(a.from && ds.partners.has(a.from))
        ? exact(countryResolver(ds), country.name[lang], country.id)
        : undefined,
    themes: a.themes ?? [],
    all: sideOf(a, ds) === 'abroad' ? a.all : undefined,
    includeIneligible: includeIneligible(a, ds),
    limit: s.limit,
    weight: a.weight || undefined,
    lang,
  };
}

function exact<T>(r: Resolver<T>, name: string, id: string): string {
  const hit = r.resolve(name);
  return hit.ok && hit.how === 'exact' && hit.entry.id === id ? name : id;
}

// ---- saving --------------------------------------------------------------------------------

const fileSlug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** "list.csv" → "list-2.csv", "list-3.csv", ...: the first that does not exist yet. */
function freeName(target: string, shown: string): string {
  const ext = extname(shown);
  const stem = shown.slice(0, shown.length - ext.length);
  for (let n = 2; ; n++) {
    const name = `${stem}-${n}${ext}`;
    if (!exists(join(dirname(target), basename(name)))) return name;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Ask for a file name until it is new or the person agrees to replace it; then write it atomically. */
async function save(s: Ranked): Promise<void> {
  const { ctx, env } = s;
  const { lang, prompter, ds } = env;
  const who = s.result.fromName ?? s.result.country?.name.en ?? 'kp';
  let suggestion = `candidates-${fileSlug(who)}.csv`;
  let file: string;
  let replace = false;
  for (;;) {
    file = (
      await prompter.input({
        id: 'file',
        message: say('file', lang),
        default: suggestion,
        validate: (v) => (v.trim() ? true : say('fileEmpty', lang)),
      })
    ).trim();
    const target = resolve(ctx.io.cwd, file);
    if (isFolder(target)) {
      ctx.io.stderr.write(`${say('fileFolder', lang, { file })}\n`);
      continue;
    }
    if (!exists(target)) break;
    replace = await prompter.confirm({
      id: 'replace',
      message: say('replace', lang, { file }),
      default: false,
    });
    if (replace) break;
    suggestion = freeName(target, file);
  }
  // A name ending in .xlsx gets a workbook, as `kp match -o NAME.xlsx` does; any other a CSV.
  const xlsx = extensionOf(file) === '.xlsx';
  const excel =
    !xlsx && (await prompter.confirm({ id: 'excel', message: say('excel', lang), default: lang === 'sv' }));
  const payload = await renderMatch(ctx, s.result, ds, {
    format: xlsx ? 'xlsx' : 'csv',
    lang,
    excel,
    output: file,
  });
  try {
    await writeFileSafely(
      resolve(ctx.io.cwd, file),
      typeof payload !== 'string' || payload.endsWith('\n') ? payload : `${payload}\n`,
      replace,
      file,
    );
  } catch (e) {
    // A file that appeared meanwhile, or a folder that cannot be written: say so, keep the session.
    if (!(e instanceof OutputError)) throw e;
    ctx.io.stderr.write(`kp: ${e.localized(lang)}\n`);
    return;
  }
  s.saved = { ...matchArgs(s), csv: { file, excel, xlsx } };
  ctx.io.stderr.write(`${say('saved', lang, { n: shown(s.result).length, file })}\n`);
}
