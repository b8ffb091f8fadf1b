// Builds the commander program: options and dispatch only. Commands do the work.
import { Command, Option } from 'commander';
import { type Context, createContext, type GlobalOptions } from './shell/context.js';
import { collect } from './shell/filters.js';
import { LIST_KIND_NAMES } from './core/list-kinds.js';
import { matchCommand } from './commands/match.js';
import type { Io } from './io.js';
import type { DataLocation } from './dataset/source.js';
import type * as CommanderWords from './commander-words.js';
import { COMPONENTS } from './core/weights.js';
import { clipLong, type Lang, langIn, msg } from './messages/index.js';
import type * as HelpModule from './messages/help.js';
import type { HelpKey, ValueName } from './messages/help.js';
import { single } from './option-values.js';
import { LANGS } from './output/labels.js';
import { FORMATS } from './output/view.js';

export const VERSION = '0.1.0';

// Commands other than match are imported when run: their code and tables are not set up on
// every start (start-up is measured against bare Node; see docs/performance.md).

/** The data files, one line each, for `kp validate --help` (a test holds it to the loader's list). */
const DATA_FILE_HELP: readonly (readonly [string, HelpKey])[] = [
  ['countries.yaml', 'validate.file.countries'],
  ['themes.yaml', 'validate.file.themes'],
  ['municipalities.yaml', 'validate.file.municipalities'],
  ['partners.yaml', 'validate.file.partners'],
  ['partnerships.yaml', 'validate.file.partnerships'],
  ['born-abroad.yaml', 'validate.file.bornAbroad'],
];

/**
 * The help texts (src/messages/help.ts) and commander's words in Swedish (src/commander-words.ts):
 * loaded, from the lazy bundle, only for a run that shows help or speaks Swedish. Other runs
 * define their options with empty descriptions, which only help shows (start-up time).
 */
export interface HelpTexts {
  readonly help: typeof HelpModule;
  readonly commander?: typeof CommanderWords;
}

/** A message of commander's as one line of kp's: its "error:" (or "fel:") as "kp:", the usage hint after. */
export function oneLineError(text: string, lang: Lang): string {
  const lines = text.trim().split('\n').filter(Boolean);
  const first = (lines[0] ?? '').replace(/^(?:error|fel): /, '');
  return `kp: ${[first, ...lines.slice(1), msg(lang, 'error.usageHint')].join(' ')}\n`;
}

/** Whether commander may print help: asked for, the help command, or no command named. */
export function mayShowHelp(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  const named = commandIn(argv);
  return options.includes('--help') || options.includes('-h') || !named || named === 'help';
}

export async function helpTexts(argv: readonly string[]): Promise<HelpTexts | undefined> {
  const lang = langIn(argv);
  if (lang === 'en' && !mayShowHelp(argv)) return undefined;
  const help = await import('./messages/help.js');
  return { help, commander: lang === 'en' ? undefined : await import('./commander-words.js') };
}

/** The help in one language: descriptions, texts, and value names in option flags. */
interface Words {
  readonly lang: Lang;
  readonly d: (key: HelpKey, vars?: Readonly<Record<string, string>>) => string;
  /** "<name>" in the reader's language. */
  readonly v: (name: ValueName) => string;
}
const wordsIn = (lang: Lang, texts: HelpTexts | undefined): Words => ({
  lang,
  d: (key, vars) => (texts ? texts.help.helpText(lang, key, vars) : ''),
  // The English value names are the keys ("<name>").
  v: (name) => `<${texts ? texts.help.VALUE_NAMES[name][lang] : name}>`,
});

/** --limit N, its default shown as the number it is (commander quotes a string default: "10"). */
const limitOption = (w: Words, key: HelpKey) =>
  new Option(`-n, --limit ${w.v('n')}`, w.d(key)).argParser(single('--limit')).default('10', '10');

/** The file extensions that choose one of these formats: ".csv .md .json .xlsx" (not table). */
const EXTENSION_ORDER = ['csv', 'md', 'json', 'xlsx'];
const extensions = (formats: readonly string[]) =>
  EXTENSION_ORDER.filter((f) => formats.includes(f))
    .map((f) => `.${f}`)
    .join(' ');

// Options with one value take it once and not empty (src/option-values.ts): `single` after
// `choices`, which keeps the choices for --help.
// For a command with -o, --format has no default value, so that the file name's extension can
// choose (src/output/file-format.ts).
const formatOption = (w: Words, formats: readonly string[] = FORMATS, fromFileName = false) => {
  const option = new Option(
    `-f, --format ${w.v('format')}`,
    fromFileName ? w.d('opt.formatFromFile', { exts: extensions(formats) }) : w.d('opt.format'),
  ).choices(formats);
  return (fromFileName ? option : option.default('table')).argParser(single('--format', formats));
};
const langOption = (w: Words, key: HelpKey = 'opt.lang') =>
  new Option(`--lang ${w.v('lang')}`, w.d(key))
    .choices(LANGS)
    .default('en')
    .argParser(single('--lang', LANGS));
/** -o/--force (and --excel for CSV): where output goes, for every command that prints data. */
const outputOptions = (w: Words, cmd: Command, csv: boolean): Command => {
  cmd
    .option(`-o, --output ${w.v('file')}`, w.d('opt.output'), single('--output'))
    .option('--force', w.d('opt.force'));
  if (csv) cmd.option('--excel', w.d('opt.excel'));
  return cmd;
};

export function createProgram(
  io: Io,
  shipped: DataLocation['shipped'],
  argv: readonly string[] = [],
  texts?: HelpTexts,
): Command {
  let ctx: Context | undefined;
  const context = async (cmd: Command): Promise<Context> => {
    ctx ??= await createContext(io, cmd.optsWithGlobals() as GlobalOptions, shipped);
    return ctx;
  };

  // The help and commander's own messages in the language asked for (English unless --lang sv).
  const lang = texts ? langIn(argv) : 'en';
  const w = wordsIn(lang, texts);
  const program = new Command('kp')
    .description(w.d('kp.description'))
    .version(VERSION, '-V, --version', w.d('kp.version'))
    .option(`--data ${w.v('dir')}`, w.d('kp.data'), single('--data'))
    .option('--no-color', w.d('kp.noColor'))
    .option('--no-cache', w.d('kp.noCache'))
    .option('-q, --quiet', w.d('kp.quiet'), false)
    .option('--debug', w.d('kp.debug'), false)
    .option(`--as-of ${w.v('year')}`, w.d('kp.asOf'))
    .showSuggestionAfterError(true)
    .addHelpText('after', w.d('kp.after'))
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander repeats a bad value or option as given: not a 100,000-character one.
      writeErr: (s) => io.stderr.write(clipLong(s)),
      // Its errors ("error: unknown option '--foo'") in the reader's language, on one line as
      // kp's own: "kp: unknown option '--limt' (Did you mean --limit?) (run 'kp --help' for usage)".
      outputError: (s, write) =>
        write(oneLineError(texts?.commander ? texts.commander.commanderMessage(s, lang) : s, lang)),
    });
  // Commander's own words in the help ("Usage:", "default:"); English is commander's as it is.
  if (texts?.commander) {
    program
      .configureHelp(texts.commander.helpConfiguration(lang, program.createHelp()))
      .helpOption('-h, --help', w.d('kp.help'))
      .helpCommand(`help ${texts.help.COMMANDER_WORDS['[command]'][lang]}`, w.d('kp.helpCommand'));
  }

  // Defining every command and option costs start-up time on every run: with a command named,
  // only that one is defined (help, a typo's suggestion or no command get them all).
  const named = commandIn(argv);
  for (const [name, define] of Object.entries(COMMANDS)) {
    if (!named || !(named in COMMANDS) || name === named) define(program, context, w);
  }
  return program;
}

/** The command named in argv: the first word that is not an option or a global option's value. */
export function commandIn(argv: readonly string[]): string | undefined {
  const at = commandAt(argv);
  return at < 0 ? undefined : argv[at];
}

/** Where the command's name is in argv (-1: none): past the options given before it, and their values. */
function commandAt(argv: readonly string[]): number {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') return -1;
    if (a === '--data' || a === '--as-of' || a === '--lang') i++;
    else if (!a.startsWith('-')) return i;
  }
  return -1;
}

/**
 * argv with a --lang given before the command moved after it: every command takes --lang, so
 * `kp --lang sv match …` means `kp match --lang sv …`, as `kp --as-of 2020 match` does.
 */
export function langAfterCommand(argv: readonly string[]): readonly string[] {
  const at = commandAt(argv);
  if (at < 0) return argv;
  const before = argv.slice(0, at);
  const i = before.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  if (i < 0) return argv;
  const lang = before[i] === '--lang' ? before.slice(i, i + 2) : before.slice(i, i + 1);
  const rest = [...before.slice(0, i), ...before.slice(i + lang.length)];
  return [...rest, argv[at]!, ...lang, ...argv.slice(at + 1)];
}

/** Each command: how it is defined. Only the one named on the command line is, if one is. */
const COMMANDS: Record<
  string,
  (program: Command, context: (cmd: Command) => Promise<Context>, w: Words) => void
> = {
  match: (program, context, w) => {
    const match = program
      .command('match')
      .description(w.d('match.description'))
      .option(`-c, --country ${w.v('name')}`, w.d('match.country'), single('--country'))
      .option(`-t, --theme ${w.v('name')}`, w.d('match.theme'), collect)
      .option(`--from ${w.v('name')}`, w.d('match.from'), single('--from'))
      .addOption(limitOption(w, 'match.limit'))
      .option('--all', w.d('match.all'))
      .option('--include-ineligible', w.d('match.includeIneligible'))
      .option(`-w, --weight ${w.v('spec')}`, w.d('match.weight'), single('--weight'))
      .option('--explain', w.d('match.explain'))
      .addOption(formatOption(w, FORMATS, true))
      .addOption(langOption(w));
    // The components as --weight names them, from the component table: the list cannot drift.
    outputOptions(w, match, true)
      .addHelpText('after', w.d('match.after', { components: COMPONENTS.join(', ') }))
      .action(async (opts, cmd: Command) => matchCommand(await context(cmd), opts));
  },
  ask: (program, context, w) => {
    program
      .command('ask')
      .description(w.d('ask.description'))
      .option(`-c, --country ${w.v('name')}`, w.d('ask.country'), single('--country'))
      .option(`-t, --theme ${w.v('name')}`, w.d('ask.theme'), collect)
      .option(`--from ${w.v('name')}`, w.d('ask.from'), single('--from'))
      .option('--all', w.d('ask.all'))
      .addOption(limitOption(w, 'ask.limit'))
      .option(`-w, --weight ${w.v('spec')}`, w.d('ask.weight'), single('--weight'))
      .option('--no-input', w.d('ask.noInput'))
      .addOption(langOption(w, 'opt.langAsk'))
      .addHelpText('after', w.d('ask.after'))
      .action(async (opts, cmd: Command) =>
        (await import('./commands/ask.js')).askCommand(await context(cmd), opts),
      );
  },
  validate: (program, context, w) => {
    const files = DATA_FILE_HELP.map(([file, key]) => `  ${file.padEnd(21)}${w.d(key)}`).join('\n');
    program
      .command('validate')
      .description(w.d('validate.description'))
      .addOption(formatOption(w, ['table', 'json']))
      .addOption(langOption(w, 'opt.langValidate'))
      .addHelpText('after', w.d('validate.after', { files }))
      .action(async (opts, cmd: Command) =>
        (await import('./commands/validate.js')).validateCommand(await context(cmd), opts),
      );
  },
  list: (program, context, w) => {
    const list = program
      .command('list')
      .description(w.d('list.description', { kinds: LIST_KIND_NAMES.join(', ') }))
      .argument(w.v('kind'), LIST_KIND_NAMES.join('|'))
      .option(`-c, --country ${w.v('name')}`, w.d('list.country'), single('--country'))
      .option(`-t, --theme ${w.v('name')}`, w.d('list.theme'), collect)
      .option(`-s, --status ${w.v('status')}`, w.d('list.status'), single('--status'))
      .option(`--near ${w.v('name')}`, w.d('list.near'), single('--near'))
      .option(`--within ${w.v('km')}`, w.d('list.within'), single('--within'))
      .addOption(formatOption(w, FORMATS, true))
      .addOption(langOption(w));
    outputOptions(w, list, true)
      .addHelpText('after', w.d('list.after', { exts: extensions(FORMATS) }))
      .action(async (kind: string, opts, cmd: Command) =>
        (await import('./commands/list.js')).listCommand(await context(cmd), kind, opts),
      );
  },
  show: (program, context, w) => {
    const formats = ['table', 'json', 'xlsx'];
    const show = program
      .command('show')
      .description(w.d('show.description'))
      .argument(`${w.v('name').slice(0, -1)}...>`, w.d('show.name'))
      .addOption(formatOption(w, formats, true))
      .addOption(langOption(w));
    outputOptions(w, show, false)
      .addHelpText('after', w.d('show.after'))
      .action(async (words: string[], opts, cmd: Command) =>
        (await import('./commands/show.js')).showCommand(await context(cmd), words, opts),
      );
  },
};
