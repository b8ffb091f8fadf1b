// What kp says about a data directory (kp validate, and any command given bad --data), in
// English: the message of each problem code, the words around them, the cache notes and the
// summary of a valid directory. The Swedish file (./data-sv.ts) has the same keys and
// placeholders (test/messages.test.ts). A problem carries a key and its values (a Message,
// ./index.ts), rendered in the reader's language when it is printed; the codes, file:line:col
// and the values quoted from the data stay as they are in every language.

export const dataEn = {
  // Words around the messages.
  'data.or': 'or',
  'data.warning': 'warning',
  'data.see': '(see {where})',
  'data.didYouMean': ' (did you mean {options}?)',
  'data.didYouMeanBare': 'did you mean {options}?',
  'data.record': 'record {n}',

  // Reading the files (src/dataset/load.ts).
  'data.isDirectory': 'is a directory; it should be a YAML file',
  'data.notRegularFile': 'is not a regular file',
  'data.fileTooLarge': 'is {mib} MiB; the limit is {max} MiB per file (split the data or trim it)',
  'data.lineTooLong': 'line {line} is longer than {max} characters; break it up',
  'data.missingFile': 'is missing: a data directory holds all five files (see `kp validate --help`)',
  'data.symlinkLoop': 'is a symbolic link that loops back on itself',
  'data.permissionDenied': 'cannot be read (permission denied)',
  'data.unreadable': 'cannot be read ({reason})',

  // Parsing the YAML (src/dataset/yaml.ts).
  'data.invalidUtf8': 'is not valid UTF-8 text (save it as UTF-8)',
  'data.emptyFile': 'is empty: it should hold a list of records, each starting with "- id: ..."',
  'data.tooLargeWhole':
    'is {mib} MiB and {why}: a file over {max} MiB is read record by record, which needs a list of records written out in full (expand the aliases, drop the markers, or split the file)',
  'data.whole.anchors': 'uses anchors or aliases (&name, *name; line {line}), which can reach across records',
  'data.whole.markers': 'has a document marker or directive (---, ..., %; line {line})',
  'data.whole.notList':
    'is not a plain list of records, each starting with "- " at the start of a line (line {line})',
  'data.yaml': 'YAML: {detail}{more}',
  'data.yamlWithHint': 'YAML: {detail} ({hint}){more}',
  'data.yamlMore': ' ({n} more YAML errors follow from it)',
  'data.yamlHint.DUPLICATE_KEY': 'a key appears twice in the same record: keep one',
  'data.yamlHint.BAD_INDENT':
    'indentation is off: records start with "- " and their keys line up under the first one',
  'data.yamlHint.MISSING_CHAR': 'a closing bracket or quote is missing',
  'data.yamlHint.TAB_AS_INDENT': 'tabs cannot indent YAML: use spaces',
  // What the YAML parser's error codes mean. In English the parser's own message is shown (it
  // names the token); these are what other languages show instead.
  'data.yamlError.ALIAS_PROPS': 'an alias cannot have an anchor or a tag',
  'data.yamlError.BAD_ALIAS': 'an alias (*name) is not valid here',
  'data.yamlError.BAD_DIRECTIVE': 'a directive (%...) is not valid',
  'data.yamlError.BAD_DQ_ESCAPE': 'a double-quoted text has an invalid escape (\\...)',
  'data.yamlError.BAD_INDENT': 'the indentation is wrong',
  'data.yamlError.BAD_PROP_ORDER': 'an anchor or tag is in the wrong place',
  'data.yamlError.BAD_SCALAR_START': 'a value starts with a character that needs quotes',
  'data.yamlError.BLOCK_AS_IMPLICIT_KEY': 'a key spans several lines or holds a block',
  'data.yamlError.BLOCK_IN_FLOW': 'a block list or mapping is inside brackets',
  'data.yamlError.DUPLICATE_KEY': 'a key appears twice',
  'data.yamlError.IMPOSSIBLE': 'the parser reached a state it cannot handle',
  'data.yamlError.KEY_OVER_1024_CHARS': 'a key is longer than 1024 characters',
  'data.yamlError.MISSING_CHAR': 'a character is missing',
  'data.yamlError.MULTILINE_IMPLICIT_KEY': 'a key without quotes spans several lines',
  'data.yamlError.MULTIPLE_ANCHORS': 'a node has two anchors',
  'data.yamlError.MULTIPLE_DOCS': 'the file holds more than one document (---)',
  'data.yamlError.MULTIPLE_TAGS': 'a node has two tags',
  'data.yamlError.NON_STRING_KEY': 'a key is not text',
  'data.yamlError.RESOURCE_EXHAUSTION': 'the file repeats content too often',
  'data.yamlError.TAB_AS_INDENT': 'a tab is used for indentation',
  'data.yamlError.TAG_RESOLVE_FAILED': 'a tag (!...) cannot be resolved',
  'data.yamlError.UNEXPECTED_TOKEN': 'unexpected text',
  'data.yamlError.BAD_COLLECTION_TYPE': 'a list or mapping has the wrong kind of tag',
  'data.yamlError.other': 'the YAML is not valid',
  'data.aliasBomb': 'uses aliases (*name) to repeat content too often (over {max})',
  'data.notAList': 'must be a list of records, each starting with "- id: ..."',
  'data.forbiddenKey': 'key "{key}" is not allowed in data files',
  'data.tooDeep': 'is nested more than {max} levels deep; data records are flat',

  // The schema of each record (src/dataset/schema.ts, validate.ts).
  'data.unknownField': '{owner}: unknown field "{key}" ({hint})',
  'data.allowed': 'allowed: {keys}',
  'data.notMapping': 'record {n} must be a mapping of fields (id: ..., name: ...)',
  'data.required': '{owner}: "{field}" is required',
  'data.wrongType': '{owner}: "{field}" is {got}; it {should}',
  'data.mustBe': 'must be {what}',
  'data.type.empty': 'empty',
  'data.type.string': 'text',
  'data.type.number': 'a number',
  'data.type.int': 'a whole number',
  'data.type.array': 'a list',
  'data.type.object': 'a mapping of fields',
  'data.type.boolean': 'true or false',
  'data.type.other': 'a value of another kind',
  'data.isValue': '{owner}: "{field}" is "{value}" ({hint})',
  'data.expected': 'expected {options}',
  'data.invalid': '{owner}: "{field}"{shown}: {detail}',
  'data.shownText': ' is "{value}"',
  'data.shownNumber': ' is {value}',
  'data.tooSmall': 'must be at least {limit}',
  'data.tooBig': 'must be at most {limit}',
  'data.badFormat': 'is not in the form expected ({format})',
  'data.notAllowed': 'is not allowed here',
  // The schema's own messages (what a field must be).
  'data.must.slug': 'must be lower-case letters, digits and hyphens, like "region-skane"',
  'data.must.countryCode': 'must be a two-letter ISO 3166-1 code such as "KE"',
  'data.must.iso3': 'must be a three-letter ISO code',
  'data.must.notEmpty': 'must not be empty',
  'data.must.url': 'must be an http(s) URL',
  'data.must.year': 'must be a whole year such as 2019',
  'data.must.yearMin': 'must be 1900 or later',
  'data.must.yearMax': 'must be 2100 or earlier',
  'data.must.wholeNumber': 'must be a whole number',
  'data.must.aboveZero': 'must be above 0',
  'data.must.notNegative': 'must be 0 or more',
  'data.must.codeQuoted': 'must be a quoted string such as "0125" (unquoted numbers lose their leading zero)',
  'data.must.codeDigits': 'must be a 4-digit SCB municipality code or a 2-digit county code, quoted',
  'data.must.latitude': 'must be a latitude in Sweden (55–69.1)',
  'data.must.longitude': 'must be a longitude in Sweden (10.9–24.2)',
  'data.schema.sdgs': 'SDGs are numbered 1 to 17',
  'data.schema.twoParties': 'a partnership needs at least two parties',
  'data.schema.partyCountry': 'name the country of the party abroad',
  'data.schema.nationalTrue': 'is true for the national reference, or leave it out',
  'data.schema.todayCountries': "name today's countries on its territory",

  // The rules across records (src/dataset/rules.ts).
  'data.duplicateId': 'id "{id}" is already used',
  'data.unknownRef': '{id}: {noun} "{value}" does not exist{hint}',
  'data.noun.country': 'country',
  'data.noun.theme': 'theme',
  'data.noun.party': 'party',
  'data.noun.broaderTheme': 'broader theme',
  'data.partyTwice': '{id}: party "{party}" is listed twice',
  'data.noSwedishParty':
    '{id}: no party is a Swedish municipality, region or association (municipalities.yaml)',
  'data.noPartnerAbroad': '{id}: no party is a municipality abroad (partners.yaml)',
  'data.countryMismatch':
    '{id}: countries [{listed}] do not match the parties abroad, which are in [{expected}]',
  'data.yearOrder': '{id}: ends ({end}) before it starts ({start})',
  'data.staleActive': '{id}: marked active but ended in {end}',
  'data.duplicateCode': '{id}: code "{code}" is already used by {first}',
  'data.badCode.municipality': '{id}: a municipality has a 4-digit code, not "{code}"',
  'data.badCode.region': '{id}: a region has a 2-digit code, not "{code}"',
  'data.themeCycle': '{id}: its broader themes lead back to itself',
  'data.sharedName': '{id}: alias "{alias}" also names {others}',
  'data.noNational':
    'no record has "national: true": shares are compared with the national one (add Riket\'s counts)',
  'data.duplicateNational': '{id}: a second national reference',
  'data.nationalWithParty': '{id}: the national reference has no party',
  'data.nationalSource': '{id}: "source" is required on the national reference',
  'data.notScbCode': '{id}: "{code}" is not an SCB country code (2–4 capital letters)',
  'data.formerIsCountry': '{id}: "{code}" is a country in countries.yaml, not a former state',
  'data.partyRequired': '{id}: "party" is required (or "national: true" for Sweden)',
  'data.notSwedishParty': '{id}: "{party}" is not a Swedish municipality or region{hint}',
  'data.partyHasCounts': '{id}: {party} already has counts ({other})',
  'data.formerMisplaced': '{id}: former states are mapped on the national reference only',
  'data.yearMismatch': '{id}: year {year}, but the national reference is for {national}',
  'data.countAbovePopulation': '{id}: {n} born in {code} is more than the population, {population}',
  'data.notCountryCode': '{id}: "{code}" is not a country code (two capital letters, such as "SO")',
  'data.formerUnmapped':
    '{id}: "{code}" is a former state; map it to today\'s countries under former_states in the national record',
  'data.countsAbovePopulation': '{id}: the counts add up to {sum}, more than the population, {population}',

  // Loading: the cache and the worker (src/dataset/source.ts, cold.ts).
  'data.cache.stale': 'the data changed since it was cached; validating it again',
  'data.cache.foreign': 'the cached data was written by another version of kp; validating the data again',
  'data.cache.corrupt': 'the cached data is damaged; validating the data again',
  'data.cache.cannotWrite': 'cannot write the cache ({reason}); the next run validates again',
  'data.outOfMemory':
    'loading the data in {dir} needs more memory than the {mib} MiB kp may use (data files read whole, with anchors or aliases, need the most; NODE_OPTIONS=--max-old-space-size=MiB raises the limit)',

  // kp validate on valid data (src/commands/validate.ts).
  'validate.valid': '{dir}/ is valid',
  'validate.valid.warning': '{dir}/ is valid (1 warning)',
  'validate.valid.warnings': '{dir}/ is valid ({n} warnings)',
  'validate.countries': '{n} countries',
  'validate.themes': '{n} themes',
  'validate.municipalities':
    '{municipalities} municipalities, {regions} regions (Gotland is both), {associations} other bodies',
  'validate.partners': '{partners} municipalities abroad, {seeking} seeking a Swedish partner',
  'validate.partnerships':
    '{partnerships} relations: {kp} KP partnerships, {other} other (twin towns, letters of intent, ...)',
  'validate.bornAbroad': 'residents by country of birth for {n} Swedish parties and Sweden ({year})',
  'validate.asOf': 'latest year in the KP data: {year}',
} as const;

export type DataMessageKey = keyof typeof dataEn;
