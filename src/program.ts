// Builds the commander program: options and dispatch only. Commands do the work.
import { Command, Option } from 'commander';
import { type Context, createContext, type GlobalOptions } from './shell/context.js';
import { collect } from './shell/filters.js';
import { LIST_KIND_NAMES } from './core/list-kinds.js';
import { matchCommand } from './commands/match.js';
import type { Io } from './io.js';
import type { DataLocation } from './dataset/source.js';
import { clipLong } from './messages/index.js';
import { single } from './option-values.js';
import { LANGS } from './output/labels.js';
import { FORMATS } from './output/view.js';

export const VERSION = '0.1.0';

// Commands other than match are imported when run: their code and tables are not set up on
// every start (start-up is measured against bare Node; see docs/performance.md).

const EXAMPLES = `
Examples:
  kp match --country Kenya --theme refugees     Swedish parties for a municipality in Kenya
  kp match --from Ekerö --theme "citizen dialogue"   partners abroad for a Swedish municipality
  kp match --from Lodwar                       Swedish parties for a known municipality abroad
  kp ask                                       the same, by answering questions (on a terminal)
  kp show Borlänge                             one record, with its partnerships
  kp list municipalities --country Kenya       who has worked in Kenya
  kp validate --data ./my-data                 check an edited copy of the data

Data: the shipped data, or a directory of YAML files given by --data DIR or KP_DATA.
Exit codes: 0 ok, 1 unexpected failure, 2 usage error, 65 invalid data, 66 data folder missing
or not a folder, 73 cannot write output, 130 interrupted.`;

/** The data files, one line each, for `kp validate --help` (a test holds it to the loader's list). */
const DATA_FILE_HELP = [
  '  countries.yaml       countries: ISO code, English and Swedish names, ICLD lists',
  '  themes.yaml          themes: labels and synonyms in both languages, broader themes',
  '  municipalities.yaml  Swedish municipalities, regions and associations',
  '  partners.yaml        municipalities abroad, with the ICLD partner-seeker profiles',
  '  partnerships.yaml    who worked with whom: KP partnerships and other relations',
  '  born-abroad.yaml     optional: residents by country of birth (SCB), for diaspora evidence',
].join('\n');

// Options with one value take it once and not empty (src/option-values.ts): `single` after
// `choices`, which keeps the choices for --help.
// For a command with -o, --format has no default value, so that the file name's extension can
// choose (src/output/file-format.ts).
const formatOption = (formats: readonly string[] = FORMATS, fromFileName = false) => {
  const option = new Option(
    '-f, --format <format>',
    fromFileName
      ? 'output format (default: what the -o file name ends in, .csv .md .json .xlsx; else table)'
      : 'output format',
  ).choices(formats);
  return (fromFileName ? option : option.default('table')).argParser(single('--format', formats));
};
const langOption = (description = 'language of labels') =>
  new Option('--lang <lang>', description).choices(LANGS).default('en').argParser(single('--lang', LANGS));
/** -o/--force (and --excel for CSV): where output goes, for every command that prints data. */
const outputOptions = (cmd: Command, csv: boolean): Command => {
  cmd
    .option(
      '-o, --output <file>',
      'write to FILE instead of stdout ("-" is stdout); its extension picks the format; never replaces a file without --force',
      single('--output'),
    )
    .option(
      '--force',
      'replace an existing file (through a symlink: its target); devices and named pipes are written into without it',
    );
  if (csv)
    cmd.option(
      '--excel',
      'CSV for Swedish Excel: UTF-8 BOM, ";" separator, CRLF, decimal comma, text fields quoted (alone: --format csv)',
    );
  return cmd;
};

export function createProgram(
  io: Io,
  shipped: DataLocation['shipped'],
  argv: readonly string[] = [],
): Command {
  let ctx: Context | undefined;
  const context = async (cmd: Command): Promise<Context> => {
    ctx ??= await createContext(io, cmd.optsWithGlobals() as GlobalOptions, shipped);
    return ctx;
  };

  const program = new Command('kp')
    .description('Find and rank partner municipalities for Kommunalt Partnerskap (ICLD), with the reasons.')
    .version(VERSION, '-V, --version')
    .option(
      '--data <dir>',
      'data directory of YAML files (default: the shipped data; or KP_DATA)',
      single('--data'),
    )
    .option('--no-color', 'no colour (also NO_COLOR=1)')
    .option('--no-cache', 'validate --data DIR again instead of using the cache (also KP_NO_CACHE=1)')
    .option('-q, --quiet', 'no notes on stderr', false)
    .option('--debug', 'show stack traces for unexpected errors', false)
    .option('--as-of <year>', 'judge status (active, ended) as of this year (default: the current year)')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      // commander repeats a bad value or option as given: not a 100,000-character one.
      writeErr: (s) => io.stderr.write(clipLong(s)),
    });

  // Defining every command and option costs start-up time on every run: with a command named,
  // only that one is defined (help, a typo's suggestion or no command get them all).
  const named = commandIn(argv);
  for (const [name, define] of Object.entries(COMMANDS)) {
    if (!named || !(named in COMMANDS) || name === named) define(program, context);
  }
  return program;
}

/** The command named in argv: the first word that is not an option or a global option's value. */
export function commandIn(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data' || a === '--as-of') i++;
    else if (!a.startsWith('-')) return a;
  }
  return undefined;
}

/** Each command: how it is defined. Only the one named on the command line is, if one is. */
const COMMANDS: Record<string, (program: Command, context: (cmd: Command) => Promise<Context>) => void> = {
  match: (program, context) => {
    const match = program
      .command('match')
      .description('rank candidate partners, each with the reasons')
      .option(
        '-c, --country <name>',
        'the country of the municipality abroad that is asking (English or Swedish name)',
        single('--country'),
      )
      .option('-t, --theme <name>', 'a theme to work on; repeat or comma-separate for several', collect)
      .option(
        '--from <name>',
        'who is asking: a Swedish party (ranks partners abroad) or a municipality abroad in the data',
        single('--from'),
      )
      .option('-n, --limit <n>', 'how many candidates to show', single('--limit'), '10')
      .option('--all', 'include Swedish municipalities with no KP history')
      .option('--include-ineligible', "include partners in countries not on ICLD's current list (flagged)")
      .option(
        '-w, --weight <spec>',
        'scale the default weights, e.g. theme=2,experience=0.5 (theme fit twice, experience half)',
        single('--weight'),
      )
      .option('--explain', 'show the points of each component')
      .addOption(formatOption(FORMATS, true))
      .addOption(langOption());
    outputOptions(match, true)
      .addHelpText(
        'after',
        `
Examples:
  kp match --country Kenya --theme refugees
  kp match --country Kenia --theme flyktingar          typos and Swedish names resolve
  kp match --country Uganda --theme "youth, climate" --explain
  kp match --country Kenya --theme refugees --weight theme=2,experience=0.5
                                  theme fit counts twice its default weight, experience half
  kp match --from Ekerö --theme "citizen dialogue"     partners abroad for Ekerö
  kp match --from Ekerö --country Georgia
  kp match --from Lodwar --format json
  kp match --country Kenya --theme waste --format md   a table to paste in an email
  kp match --country Kenya --theme refugees -o kandidater.xlsx   an Excel workbook
  kp match --country Kenya --theme refugees --excel -o k.csv     CSV for Swedish Excel

Files: -o x.csv, x.md, x.json or x.xlsx writes that format (--format must agree). A workbook
keeps codes as text and has a second sheet with the query. An existing file is replaced only
with --force (a symlink's target, in one step); /dev/null and named pipes are written into;
a folder is refused (exit 73). See README, Files and formats.

Components: theme, country, region, experience, capacity, seeking, size (see README, How ranking works).
--weight NAME=X multiplies that component's default weight by X (2 twice, 0.5 half, 0 leaves it
out); the points of the components that apply are then scaled to sum to 100.`,
      )
      .action(async (opts, cmd: Command) => matchCommand(await context(cmd), opts));
  },
  ask: (program, context) => {
    program
      .command('ask')
      .description('answer a few questions to get a ranking, save it, and learn the kp match flags')
      .option('-c, --country <name>', 'the country (skips that question)', single('--country'))
      .option('-t, --theme <name>', 'a theme; repeat or comma-separate (skips the themes question)', collect)
      .option(
        '--from <name>',
        'who is asking, if in the data (skips the first two questions)',
        single('--from'),
      )
      .option('--all', 'include Swedish municipalities with no KP history (skips that question)')
      .option('-n, --limit <n>', 'how many candidates to show and save', single('--limit'), '10')
      .option(
        '-w, --weight <spec>',
        'weights as in kp match, e.g. theme=2 (theme fit twice; skips "what matters most")',
        single('--weight'),
      )
      .option('--no-input', 'never ask: exit 2 at once (the questionnaire needs a terminal anyway)')
      .addOption(langOption('language of the questions and labels'))
      .addHelpText(
        'after',
        `
Needs a terminal. Ctrl+C stops at any question (exit 130); nothing is saved unless you choose to.
At the end it prints the kp match command line that gives the same ranking.

Examples:
  kp ask
  kp ask --country Kenya --theme refugees     only confirmations left
  kp ask --from Ekerö --lang sv`,
      )
      .action(async (opts, cmd: Command) =>
        (await import('./commands/ask.js')).askCommand(await context(cmd), opts),
      );
  },
  validate: (program, context) => {
    program
      .command('validate')
      .description('check a data directory and report every problem with file:line:col')
      .addOption(formatOption(['table', 'json']))
      .addOption(langOption('language of the messages (codes, file:line:col and values stay as written)'))
      .addHelpText(
        'after',
        `
A data directory holds these YAML files (the shipped data/ is one; --data DIR or KP_DATA picks another):
${DATA_FILE_HELP}

Examples:
  kp validate
  kp validate --data ./my-data
  kp validate --data ./my-data --format json   {ok, counts, problems: [{file, line, col, code, message}]}

Exit 65 when the data has errors, 66 when the folder does not exist or is not a folder.`,
      )
      .action(async (opts, cmd: Command) =>
        (await import('./commands/validate.js')).validateCommand(await context(cmd), opts),
      );
  },
  list: (program, context) => {
    const list = program
      .command('list')
      .description(`list records: ${LIST_KIND_NAMES.join(', ')}`)
      .argument('<kind>', LIST_KIND_NAMES.join('|'))
      .option('-c, --country <name>', 'only records connected to this country', single('--country'))
      .option('-t, --theme <name>', 'only records working on this theme (or a narrower one)', collect)
      .option(
        '-s, --status <status>',
        'municipalities: active|former|interested|none; partners: seeking; countries: eligible|former|other; partnerships: active|ended',
        single('--status'),
      )
      .option(
        '--near <name>',
        'municipalities: nearest first to this Swedish municipality or region, with the distance',
        single('--near'),
      )
      .option('--within <km>', 'with --near: only those up to this many kilometres away', single('--within'))
      .addOption(formatOption(FORMATS, true))
      .addOption(langOption());
    outputOptions(list, true)
      .addHelpText(
        'after',
        '\nExamples:\n  kp list municipalities --country Kenya\n  kp list municipalities --status interested\n  kp list partners --status seeking\n  kp list countries --status eligible\n  kp list municipalities --near Härryda --within 60 --status active\n  kp list themes\n  kp list partnerships --theme waste --format json\n  kp list municipalities -o kommuner.xlsx --lang sv\n\nThe -o file name chooses the format (.csv .md .json .xlsx); see kp match --help, Files.',
      )
      .action(async (kind: string, opts, cmd: Command) =>
        (await import('./commands/list.js')).listCommand(await context(cmd), kind, opts),
      );
  },
  show: (program, context) => {
    const show = program
      .command('show')
      .description('show one record (municipality, region, partner abroad, country or theme) by name')
      .argument('<name...>', 'a name, alias, code or id; typos and missing diacritics are forgiven')
      .addOption(formatOption(['table', 'json', 'xlsx'], true))
      .addOption(langOption());
    outputOptions(show, false)
      .addHelpText(
        'after',
        '\nExamples:\n  kp show Borlänge\n  kp show Tblisi\n  kp show Gothenburg --format json\n  kp show refugees\n  kp show Borlänge -o borlange.xlsx     its fields and partnerships, a sheet each',
      )
      .action(async (words: string[], opts, cmd: Command) =>
        (await import('./commands/show.js')).showCommand(await context(cmd), words, opts),
      );
  },
};
