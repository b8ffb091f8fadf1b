// Every message kp writes for a person to read (notes, errors, table words), in English. The
// Swedish file has the same keys (the type says so and test/messages.test.ts checks it): a new
// message is a line in each file. Placeholders are {name}; both languages use the same ones.

export const en = {
  // Notes on stderr.
  'note.resolved': '{what}: {input} → {label}',
  'note.resolvedFuzzy': '{what}: {input} → {label} (closest match)',
  // An exact id or code that is also another record's name: the id wins; the others are named.
  'note.resolvedById': '{what}: {input} → {label}; also called {input}: {others}',
  'note.themesFromProfile': 'themes: none given; using {name:gen} own ({n})',
  'note.themesFromProfileAsk': 'themes: none chosen; using {name:gen} own ({n})',
  // Whether KP can fund a partnership in the country asked about (src/core/eligibility.ts).
  'eligibility.current': "{country} is on ICLD's current list of partner countries.",
  'eligibility.earlier':
    "{country} is not on ICLD's current list of partner countries but was on an earlier one: KP cannot fund a new partnership there now; experience there is still shown, as a contact.",
  'eligibility.never':
    "{country} has never been on ICLD's list of partner countries: KP cannot fund a partnership there; the ranking shows experience only.",
  'note.nothingListed': 'no {kind} match these filters',
  'note.nearRegion': '{name} has no point of its own: the municipalities of {county}',
  'note.nearRegionWithin':
    '{name} has no point of its own: the municipalities of {county}, at any distance (--within needs a point to measure from)',
  'note.nearUnplaced': '{name} has no location in the data: nothing can be placed near it',
  'note.wrote': 'wrote {file}',

  // What a name was looked up as (in notes and errors).
  'what.country': 'country',
  'what.theme': 'theme',
  'what.party': 'party',
  'what.partner': 'partner',
  'what.municipality': 'municipality',
  'what.record': 'record',
  'none.country': 'no country',
  'none.theme': 'no theme',
  'none.party': 'no party',
  'none.partner': 'no partner',
  'none.municipality': 'no municipality',
  'none.record': 'no record',

  // What inquirer writes under the questions of `kp ask`.
  'ask.navigate': 'navigate',
  'ask.select': 'select',
  'ask.noResults': 'No results found',
  'ask.required': 'You must provide a value',
  'ask.invalid': 'Invalid input',

  // Errors (printed after "kp: ").
  'error.listKind': 'cannot list "{kind}": choose {kinds}',
  'error.listOption': '{option} does not apply to `kp list {kind}`',
  'error.listStatus': '--status for {kind} is one of {statuses}, not "{value}"',
  'error.nearOnly': '--near and --within apply to `kp list municipalities` only',
  'error.withinNeedsNear': '--within needs --near NAME: the place to measure from',
  'error.within': '--within takes a distance in kilometres above 0, such as 60, not "{value}"',
  'error.listOneTheme': '`kp list` takes one --theme',
  'error.showWhat': 'name what to show, e.g. `kp show Borlänge` or `kp show Kenya`',
  'error.askNeedsTerminal':
    'the questionnaire needs a terminal (stdin and stdout); give the answers to kp match as flags instead:',
  'error.askNoInput':
    'the questionnaire cannot ask with --no-input; give the answers to kp match as flags instead:',
  'error.askFlags':
    '  kp match --country COUNTRY --theme THEME        for a municipality abroad (--from NAME if it is in the data)\n' +
    '  kp match --from NAME [--country COUNTRY] --theme THEME   for a Swedish municipality or region\n' +
    '  more: --theme A,B  --all  --weight theme=2  --lang sv  --format csv -o FILE  (kp match --help)',
  'error.askYourFlags': '  with your flags: kp match {flags}',
  'error.tooShort': '{what} "{input}" is too short: type at least three letters of the name',
  'error.ambiguous': '{what} "{input}" could mean several records; use one of these names or ids:\n{list}',
  'error.noMatchNearest': '{none} matches "{input}". Nearest:\n{list}',
  'error.noMatch': '{none} matches "{input}" (see `kp list {plural}`)',
  'error.needWho':
    'say who is asking: --country COUNTRY (a municipality abroad) or --from NAME (a Swedish party or a known municipality abroad)\n  e.g. kp match --country Kenya --theme refugees',
  'error.allAbroad':
    '--all widens the Swedish candidates; with --from a Swedish party the candidates are abroad',
  'error.ineligibleNeedsFrom':
    '--include-ineligible applies when ranking partners abroad (--from a Swedish party)',
  'error.countryConflict': '--country {country} conflicts with --from {from}, which is in {home}',
  'error.asOf': '--as-of takes a year such as 2026, not "{value}"',
  'error.limit': '--limit takes a whole number of candidates, 1 or more, not "{value}"',
  'error.weight':
    "--weight {problems}: use name=number pairs, each multiplying that component's default weight, e.g. --weight theme=2,experience=0.5 (components: {components})",
  'error.weightNotPair': '"{text}" is not name=number',
  'error.weightUnknown': '"{text}" is not a component',
  'error.weightRepeated': '"{text}" names a component twice: give each once',
  'error.weightAllZero': 'at least one weight must be above 0',
  'error.themeEmpty': '--theme is empty: name a theme, e.g. --theme refugees (see `kp list themes`)',
  'error.excel': '--excel applies to --format csv, not {format}',
  'error.formatContradicts':
    '--format {format} contradicts the file name {file}, which says {byName}: drop --format, or name the file {ext}',
  'error.formatNotWritten': '{file} asks for {byName}, which this command does not write: use {formats}',
  'error.binaryTerminal':
    'a workbook is binary, not for the terminal: add -o FILE.xlsx (or redirect: > FILE.xlsx)',
  'error.emptyValue': '{option} is empty: give it a value',
  'error.repeated': '{option} is given twice ({first}, {second}): give it once',
  'error.choice': '{option} "{value}" is not one of: {choices}',
  'error.noSuchFolder':
    '{given}: no such folder (the data is a folder of YAML files; see `kp validate --help`)',
  'error.notAFolder':
    '{given}: not a directory (give the folder that holds the YAML files; see `kp validate --help`)',
  'error.dataProblems': '{n} problems in the data in {dir}/',
  'error.dataProblem': '1 problem in the data in {dir}/',
  'error.usageHint': "(run 'kp --help' for usage)",
  'error.unexpected': 'unexpected error: {message}',
  'error.bug': 'This is a bug; please report it with the command you ran (add --debug for details).',
  'error.outputExists': '{file} exists; add --force to replace it (it was left unchanged)',
  'error.cannotWrite': 'cannot write {file}: {reason}',
  'error.cannotWriteOutput': 'cannot write the output: {reason}',
  'write.noFolder': 'the folder {dir} does not exist',
  'write.notFolder': '{dir} is not a folder',
  'write.denied': 'permission denied',
  'write.readOnly': 'the file system is read-only',
  'write.full': 'no space left on the device',
  'write.quota': 'the disk quota is exceeded',
  'write.isFolder': 'it is a folder; name a file in it',
  'write.loop': 'too many symbolic links (a loop?)',
  'write.danglingLink':
    "it is a symbolic link to a file that does not exist; write to the target's path instead",
  'write.special': 'it is neither a file, a character device nor a named pipe',
  // The progress bar of a long --data load (src/output/progress.ts; steps in src/dataset/progress.ts).
  'progress.loading': 'loading data',
  'progress.hash': 'checking the data files',
  'progress.parse': 'reading',
  'progress.validate': 'cross-checking',
  'progress.index': 'indexing',
  'progress.cache': 'writing the cache',
  'error.interrupted': 'interrupted',
  'error.terminated': 'terminated',
} as const;

export type MessageKey = keyof typeof en;
