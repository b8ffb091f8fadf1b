// What `kp --help` and each command's --help say, in English and Swedish: the descriptions of
// commands, options and arguments, the texts after the options, and the words commander itself
// writes ("Usage:", "default:"). src/program.ts builds the program from this table in the
// language --lang asks for (test/messages.test.ts walks it, so a missing Swedish entry fails).
// Values in <angle brackets> in option flags are named here too, so "--country <namn>" in Swedish.
import type { Lang } from './index.js';

const h = (en: string, sv: string) => ({ en, sv });

/** The words commander writes around our descriptions, by the English commander uses. */
export const COMMANDER_WORDS = Object.freeze({
  'Usage:': h('Usage:', 'Användning:'),
  'Options:': h('Options:', 'Flaggor:'),
  'Global Options:': h('Global Options:', 'Globala flaggor:'),
  'Commands:': h('Commands:', 'Kommandon:'),
  'Arguments:': h('Arguments:', 'Argument:'),
  '[options]': h('[options]', '[flaggor]'),
  '[command]': h('[command]', '[kommando]'),
  default: h('default', 'standard'),
  choices: h('choices', 'val'),
  preset: h('preset', 'förval'),
  env: h('env', 'miljövariabel'),
  true: h('true', 'ja'),
  false: h('false', 'nej'),
} as const);

/**
 * commander's error messages: the English as commander writes it (a pattern: "{flag}" matches
 * what it quotes), and the same in Swedish. src/commander-words.ts translates by these.
 */
export const COMMANDER_ERRORS = Object.freeze({
  unknownOption: h("error: unknown option '{flag}'", "fel: okänd flagga '{flag}'"),
  didYouMeanOneOf: h('(Did you mean one of {list}?)', '(Menade du någon av {list}?)'),
  didYouMean: h('(Did you mean {x}?)', '(Menade du {x}?)'),
  unknownCommand: h("error: unknown command '{name}'", "fel: okänt kommando '{name}'"),
  optionMissingArgument: h("error: option '{flags}' argument missing", "fel: flaggan '{flags}' saknar värde"),
  missingArgument: h("error: missing required argument '{name}'", "fel: argumentet '{name}' saknas"),
  missingMandatory: h(
    "error: required option '{flags}' not specified",
    "fel: den obligatoriska flaggan '{flags}' saknas",
  ),
  tooManyArgument: h(
    "error: too many arguments for '{command}'. Expected {n} argument but got {m}.",
    "fel: för många argument till '{command}': {n} väntat, {m} givna.",
  ),
  tooManyArguments: h(
    "error: too many arguments for '{command}'. Expected {n} arguments but got {m}.",
    "fel: för många argument till '{command}': {n} väntade, {m} givna.",
  ),
  invalidArgument: h(
    "error: option '{flags}' argument '{value}' is invalid. Allowed choices are {choices}.",
    "fel: flaggan '{flags}' har ett ogiltigt värde '{value}'. Tillåtna val är {choices}.",
  ),
  conflicting: h('error: {a} cannot be used with {b}', 'fel: {a} kan inte användas med {b}'),
  option: h("option '{flags}'", "flaggan '{flags}'"),
  error: h('error: {message}', 'fel: {message}'),
} as const);

/** The value names in option flags and arguments: "<name>" is "<namn>" in Swedish. */
export const VALUE_NAMES = Object.freeze({
  name: h('name', 'namn'),
  dir: h('dir', 'mapp'),
  year: h('year', 'år'),
  n: h('n', 'n'),
  spec: h('spec', 'vikter'),
  format: h('format', 'format'),
  lang: h('lang', 'språk'),
  file: h('file', 'fil'),
  status: h('status', 'status'),
  km: h('km', 'km'),
  kind: h('kind', 'slag'),
} as const);

export type ValueName = keyof typeof VALUE_NAMES;
export type CommanderWord = keyof typeof COMMANDER_WORDS;

export const HELP = Object.freeze({
  // The program and its global options.
  'kp.description': h(
    'Find and rank partner municipalities for Kommunalt Partnerskap (ICLD), with the reasons.',
    'Hitta och rangordna partnerkommuner för Kommunalt Partnerskap (ICLD), med skälen.',
  ),
  'kp.version': h('output the version number', 'skriv ut versionsnumret'),
  'kp.help': h('display help for command', 'visa hjälp för kommandot'),
  'kp.helpCommand': h('display help for command', 'visa hjälp för ett kommando'),
  'kp.data': h(
    'data directory of YAML files (default: the shipped data; or KP_DATA)',
    'datamapp med YAML-filer (standard: den medföljande datan; eller KP_DATA)',
  ),
  'kp.noColor': h('no colour (also NO_COLOR=1)', 'ingen färg (även NO_COLOR=1)'),
  'kp.noCache': h(
    'validate --data DIR again instead of using the cache (also KP_NO_CACHE=1)',
    'validera --data MAPP igen i stället för att använda cachen (även KP_NO_CACHE=1)',
  ),
  'kp.quiet': h('no notes on stderr', 'inga anmärkningar på stderr'),
  'kp.debug': h('show stack traces for unexpected errors', 'visa stackspår för oväntade fel'),
  'kp.asOf': h(
    'judge status (active, ended) as of this year (default: the current year)',
    'bedöm status (aktiv, avslutad) per detta år (standard: innevarande år)',
  ),
  'kp.after': h(
    `
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
or not a folder, 73 cannot write output, 130 interrupted.`,
    `
Exempel:
  kp match --country Kenya --theme flyktingar   svenska parter för en kommun i Kenya
  kp match --from Ekerö --theme medborgardialog   partner utomlands för en svensk kommun
  kp match --from Lodwar                       svenska parter för en känd kommun utomlands
  kp ask                                       detsamma, genom att svara på frågor (i en terminal)
  kp show Borlänge                             en post, med dess partnerskap
  kp list municipalities --country Kenya       vilka som har arbetat i Kenya
  kp validate --data ./mina-data               kontrollera en redigerad kopia av datan

Data: den medföljande datan, eller en mapp med YAML-filer som anges med --data MAPP eller KP_DATA.
Slutkoder: 0 ok, 1 oväntat fel, 2 felaktig användning, 65 ogiltig data, 66 datamappen saknas
eller är ingen mapp, 73 kan inte skriva utdata, 130 avbruten.`,
  ),

  // Options several commands share.
  'opt.format': h('output format', 'utdataformat'),
  'opt.formatFromFile': h(
    'output format (default: what the -o file name ends in, {exts}; else table)',
    'utdataformat (standard: det som -o-filens namn slutar på, {exts}; annars table)',
  ),
  'opt.lang': h('language of labels', 'språk för etiketter'),
  'opt.langValidate': h(
    'language of the messages (codes, file:line:col and values stay as written)',
    'språk för meddelandena (koder, fil:rad:kolumn och värden står som de är skrivna)',
  ),
  'opt.langAsk': h('language of the questions and labels', 'språk för frågor och etiketter'),
  'opt.output': h(
    'write to FILE instead of stdout ("-" is stdout); its extension picks the format; never replaces a file without --force',
    'skriv till FIL i stället för stdout ("-" är stdout); filändelsen väljer format; ersätter aldrig en fil utan --force',
  ),
  'opt.force': h(
    'replace an existing file (through a symlink: its target); devices and named pipes are written into without it',
    'ersätt en befintlig fil (genom en symbolisk länk: dess mål); enheter och namngivna rör skrivs till även utan',
  ),
  'opt.excel': h(
    'CSV for Swedish Excel: UTF-8 BOM, ";" separator, CRLF, decimal comma, text fields quoted (alone: --format csv)',
    'CSV för svenskt Excel: UTF-8 BOM, ";" som avgränsare, CRLF, decimalkomma, textfält inom citattecken (ensam: --format csv)',
  ),

  // kp match
  'match.description': h(
    'rank candidate partners, each with the reasons',
    'rangordna tänkbara partner, var och en med skälen',
  ),
  'match.country': h(
    'the country of the municipality abroad that is asking (English or Swedish name)',
    'landet där den frågande kommunen utomlands ligger (engelskt eller svenskt namn)',
  ),
  'match.theme': h(
    'a theme to work on; repeat or comma-separate for several',
    'ett tema att arbeta med; upprepa eller skilj med komma för flera',
  ),
  'match.from': h(
    'who is asking: a Swedish party (ranks partners abroad) or a municipality abroad in the data',
    'vem som frågar: en svensk part (rangordnar partner utomlands) eller en kommun utomlands i datan',
  ),
  'match.limit': h('how many candidates to show', 'hur många kandidater som visas'),
  'match.all': h(
    'include Swedish municipalities with no KP history',
    'ta med svenska kommuner utan KP-historik',
  ),
  'match.includeIneligible': h(
    "include partners in countries not on ICLD's current list (flagged)",
    'ta med partner i länder som inte finns på ICLD:s nuvarande lista (markerade)',
  ),
  'match.weight': h(
    'scale the default weights, e.g. theme=2,experience=0.5 (theme fit twice, experience half)',
    'skala standardvikterna, t.ex. theme=2,experience=0.5 (temapassning dubbelt, erfarenhet hälften)',
  ),
  'match.explain': h('show the points of each component', 'visa poängen för varje komponent'),
  'match.after': h(
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

Components: {components}
(see README, How ranking works). --weight NAME=X multiplies that component's default weight by X
(2 twice, 0.5 half, 0 leaves it out); the points of the components that apply are then scaled
to sum to 100.`,
    `
Exempel:
  kp match --country Kenya --theme flyktingar
  kp match --country Kenia --theme refugees            stavfel och engelska namn fungerar
  kp match --country Uganda --theme "unga, klimat" --explain
  kp match --country Kenya --theme flyktingar --weight theme=2,experience=0.5
                                  temapassning räknas dubbelt mot standardvikten, erfarenhet hälften
  kp match --from Ekerö --theme medborgardialog        partner utomlands för Ekerö
  kp match --from Ekerö --country Georgien
  kp match --from Lodwar --format json
  kp match --country Kenya --theme avfall --format md  en tabell att klistra in i ett mejl
  kp match --country Kenya --theme flyktingar -o kandidater.xlsx   en Excel-arbetsbok
  kp match --country Kenya --theme flyktingar --excel -o k.csv     CSV för svenskt Excel

Filer: -o x.csv, x.md, x.json eller x.xlsx skriver det formatet (--format måste stämma). En
arbetsbok behåller koder som text och har ett andra blad med sökningen. En befintlig fil ersätts
bara med --force (en symbolisk länks mål, i ett steg); /dev/null och namngivna rör skrivs till;
en mapp vägras (slutkod 73). Se README, Files and formats.

Komponenter: {components}
(se README, How ranking works). --weight NAMN=X multiplicerar komponentens standardvikt med X
(2 dubbelt, 0.5 hälften, 0 tar bort den); poängen för de komponenter som gäller skalas sedan så
att summan blir 100.`,
  ),

  // kp ask
  'ask.description': h(
    'answer a few questions to get a ranking, save it, and learn the kp match flags',
    'svara på några frågor för att få en rangordning, spara den och lära dig flaggorna till kp match',
  ),
  'ask.country': h('the country (skips that question)', 'landet (hoppar över den frågan)'),
  'ask.theme': h(
    'a theme; repeat or comma-separate (skips the themes question)',
    'ett tema; upprepa eller skilj med komma (hoppar över frågan om teman)',
  ),
  'ask.from': h(
    'who is asking, if in the data (skips the first two questions)',
    'vem som frågar, om den finns i datan (hoppar över de två första frågorna)',
  ),
  'ask.all': h(
    'include Swedish municipalities with no KP history (skips that question)',
    'ta med svenska kommuner utan KP-historik (hoppar över den frågan)',
  ),
  'ask.limit': h('how many candidates to show and save', 'hur många kandidater som visas och sparas'),
  'ask.weight': h(
    'weights as in kp match, e.g. theme=2 (theme fit twice; skips "what matters most")',
    'vikter som i kp match, t.ex. theme=2 (temapassning dubbelt; hoppar över "vad är viktigast")',
  ),
  'ask.noInput': h(
    'never ask: exit 2 at once (the questionnaire needs a terminal anyway)',
    'fråga aldrig: avsluta med 2 direkt (frågeformuläret behöver ändå en terminal)',
  ),
  'ask.after': h(
    `
Needs a terminal. Ctrl+C stops at any question (exit 130); nothing is saved unless you choose to.
At the end it prints the kp match command line that gives the same ranking.

Examples:
  kp ask
  kp ask --country Kenya --theme refugees     only confirmations left
  kp ask --from Ekerö --lang sv`,
    `
Behöver en terminal. Ctrl+C avbryter vid varje fråga (slutkod 130); inget sparas om du inte väljer det.
Till sist skrivs den kp match-kommandorad ut som ger samma rangordning.

Exempel:
  kp ask --lang sv
  kp ask --country Kenya --theme flyktingar --lang sv   bara bekräftelser kvar
  kp ask --from Ekerö --lang sv`,
  ),

  // kp validate
  'validate.description': h(
    'check a data directory and report every problem with file:line:col',
    'kontrollera en datamapp och rapportera varje problem med fil:rad:kolumn',
  ),
  'validate.after': h(
    `
A data directory holds these YAML files (the shipped data/ is one; --data DIR or KP_DATA picks another):
{files}

Examples:
  kp validate
  kp validate --data ./my-data
  kp validate --data ./my-data --format json   {ok, counts, problems: [{file, line, col, code, message}]}

Exit 65 when the data has errors, 66 when the folder does not exist or is not a folder.`,
    `
En datamapp innehåller dessa YAML-filer (den medföljande data/ är en; --data MAPP eller KP_DATA väljer en annan):
{files}

Exempel:
  kp validate
  kp validate --data ./mina-data
  kp validate --data ./mina-data --format json   {ok, counts, problems: [{file, line, col, code, message}]}

Slutkod 65 när datan har fel, 66 när mappen inte finns eller inte är en mapp.`,
  ),
  'validate.file.countries': h(
    'countries: ISO code, English and Swedish names, ICLD lists',
    'länder: ISO-kod, engelska och svenska namn, ICLD:s listor',
  ),
  'validate.file.themes': h(
    'themes: labels and synonyms in both languages, broader themes',
    'teman: etiketter och synonymer på båda språken, bredare teman',
  ),
  'validate.file.municipalities': h(
    'Swedish municipalities, regions and associations',
    'svenska kommuner, regioner och förbund',
  ),
  'validate.file.partners': h(
    'municipalities abroad, with the ICLD partner-seeker profiles',
    'kommuner utomlands, med ICLD:s profiler för partnersökande',
  ),
  'validate.file.partnerships': h(
    'who worked with whom: KP partnerships and other relations',
    'vem som arbetat med vem: KP-partnerskap och andra relationer',
  ),
  'validate.file.bornAbroad': h(
    'optional: residents by country of birth (SCB), for diaspora evidence',
    'frivillig: invånare efter födelseland (SCB), som belägg för diaspora',
  ),

  // kp list
  'list.description': h('list records: {kinds}', 'lista poster: {kinds}'),
  'list.country': h('only records connected to this country', 'bara poster med koppling till detta land'),
  'list.theme': h(
    'only records working on this theme (or a narrower one)',
    'bara poster som arbetar med detta tema (eller ett smalare)',
  ),
  'list.status': h(
    'municipalities: active|former|interested|none; partners: seeking; countries: eligible|former|other; partnerships: active|ended',
    'municipalities: active|former|interested|none; partners: seeking; countries: eligible|former|other; partnerships: active|ended (aktiv, tidigare, intresserad, ingen; söker; behörigt, tidigare, övriga; aktivt, avslutat)',
  ),
  'list.near': h(
    'municipalities: nearest first to this Swedish municipality or region, with the distance',
    'municipalities: närmast först till denna svenska kommun eller region, med avståndet',
  ),
  'list.within': h(
    'with --near: only those up to this many kilometres away',
    'med --near: bara de som ligger högst så många kilometer bort',
  ),
  'list.after': h(
    `
Examples:
  kp list municipalities --country Kenya
  kp list municipalities --status interested
  kp list partners --status seeking
  kp list countries --status eligible
  kp list municipalities --near Härryda --within 60 --status former
  kp list themes
  kp list partnerships --theme waste --format json
  kp list municipalities -o kommuner.xlsx --lang sv

The -o file name chooses the format ({exts}); see kp match --help, Files.`,
    `
Exempel:
  kp list municipalities --country Kenya --lang sv
  kp list municipalities --status interested --lang sv
  kp list partners --status seeking --lang sv
  kp list countries --status eligible --lang sv
  kp list municipalities --near Härryda --within 60 --status former --lang sv
  kp list themes --lang sv
  kp list partnerships --theme avfall --format json
  kp list municipalities -o kommuner.xlsx --lang sv

Namnet på -o-filen väljer formatet ({exts}); se kp match --help, Filer.`,
  ),

  // kp show
  'show.description': h(
    'show one record (municipality, region, partner abroad, country or theme) by name',
    'visa en post (kommun, region, partner utomlands, land eller tema) efter namn',
  ),
  'show.name': h(
    'a name, alias, code or id; typos and missing diacritics are forgiven',
    'ett namn, alias, en kod eller ett id; stavfel och saknade accenter förlåts',
  ),
  'show.after': h(
    `
Examples:
  kp show Borlänge
  kp show Tblisi
  kp show Gothenburg --format json
  kp show refugees
  kp show Borlänge -o borlange.xlsx     its fields and partnerships, a sheet each`,
    `
Exempel:
  kp show Borlänge --lang sv
  kp show Tblisi --lang sv
  kp show Göteborg --format json
  kp show flyktingar --lang sv
  kp show Borlänge -o borlange.xlsx --lang sv   dess fält och partnerskap, ett blad vardera`,
  ),
} as const);

export type HelpKey = keyof typeof HELP;

/** A help text in `lang`, with "{name}" placeholders filled. */
export function helpText(lang: Lang, key: HelpKey, vars: Readonly<Record<string, string>> = {}): string {
  return HELP[key][lang].replace(/\{(\w+)\}/g, (m, k: string) => vars[k] ?? m);
}
