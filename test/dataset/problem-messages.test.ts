// Every problem code, planted in a copy of the valid fixture, says what is wrong in English and in
// Swedish: the same file:line:col and CODE, the values quoted from the data as they are, and in
// Swedish none of the English message texts (found through the message tables, not a word list).
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir, MAX_FILE_BYTES } from '../../src/dataset/load.js';
import {
  formatProblem,
  PROBLEM_CODES,
  type ProblemCode,
  problemMessage,
} from '../../src/dataset/problems.js';
import { DATA_MESSAGES } from '../../src/messages/data.js';
import { englishPieces, occurs } from '../english.js';
import { FIXTURES } from '../helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** The valid fixture, with an invalid fixture's files laid over it and then `mutate`d. */
function caseDir(fixture?: string, mutate?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-sv-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (fixture) cpSync(join(FIXTURES, 'invalid', fixture), dir, { recursive: true });
  mutate?.(dir);
  return dir;
}

const edit = (file: string, from: string | RegExp, to: string) => (dir: string) => {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: "${String(from)}" not found`);
  writeFileSync(path, next);
};
const write = (file: string, text: string | Buffer) => (dir: string) => writeFileSync(join(dir, file), text);
const append = (file: string, text: string) => (dir: string) =>
  writeFileSync(join(dir, file), readFileSync(join(dir, file), 'utf8') + text);
const bornAbroad = (dir: string) =>
  cpSync(
    join(FIXTURES, 'invalid', 'born-abroad-above-population', 'born-abroad.yaml'),
    join(dir, 'born-abroad.yaml'),
  );
const all =
  (...steps: Array<(dir: string) => void>) =>
  (dir: string) => {
    for (const s of steps) s(dir);
  };

interface Case {
  readonly name: string;
  readonly code: ProblemCode;
  readonly fixture?: string;
  readonly mutate?: (dir: string) => void;
  /** The whole English and Swedish lines, for a few (the folder shown as "data"). */
  readonly en?: string;
  readonly sv?: string;
}

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

const CASES: readonly Case[] = [
  // Reading the files.
  { name: 'a missing file', code: 'MISSING_FILE', mutate: (d) => rmSync(join(d, 'partners.yaml')) },
  {
    name: 'a folder where a file should be',
    code: 'NOT_A_FILE',
    mutate: (d) => {
      rmSync(join(d, 'themes.yaml'));
      mkdirSync(join(d, 'themes.yaml'));
    },
    en: 'data/themes.yaml NOT_A_FILE is a directory; it should be a YAML file',
    sv: 'data/themes.yaml NOT_A_FILE är en mapp; det ska vara en YAML-fil',
  },
  {
    name: 'a symlink that loops',
    code: 'SYMLINK_LOOP',
    mutate: (d) => {
      rmSync(join(d, 'themes.yaml'));
      symlinkSync('themes.yaml', join(d, 'themes.yaml'));
    },
  },
  {
    name: 'a file that cannot be read',
    code: 'UNREADABLE',
    // A link to a name longer than any file system allows: stat fails with ENAMETOOLONG.
    mutate: (d) => {
      rmSync(join(d, 'themes.yaml'));
      symlinkSync('x'.repeat(300), join(d, 'themes.yaml'));
    },
    sv: 'data/themes.yaml UNREADABLE kan inte läsas (ENAMETOOLONG)',
  },
  {
    name: 'a file over the size limit (sparse: no disk used)',
    code: 'FILE_TOO_LARGE',
    mutate: (d) => truncateSync(join(d, 'partners.yaml'), MAX_FILE_BYTES + 2 ** 20),
  },
  {
    name: 'a line over a mebibyte',
    code: 'LINE_TOO_LONG',
    mutate: append('partners.yaml', `# ${'x'.repeat(2 ** 20 + 10)}\n`),
    sv: 'data/partners.yaml:21:1 LINE_TOO_LONG rad 21 är längre än 1\u00a0048\u00a0576 tecken; dela upp den',
  },
  // Parsing the YAML.
  {
    name: 'invalid UTF-8',
    code: 'INVALID_UTF8',
    mutate: write('countries.yaml', Buffer.from([0x2d, 0x20, 0xff, 0x0a])),
  },
  { name: 'an empty file', code: 'EMPTY_FILE', fixture: 'empty-file' },
  {
    name: 'a file too large to read whole',
    code: 'TOO_LARGE_TO_READ_WHOLE',
    // An anchor makes the file one to read whole; 17 MiB of comments makes it too large for that.
    mutate: write(
      'themes.yaml',
      `- id: a\n  label: &l {en: A, sv: A}\n${`# ${'x'.repeat(1022)}\n`.repeat(17 * 1024)}`,
    ),
  },
  {
    name: 'a YAML syntax error (bad indentation)',
    code: 'YAML_SYNTAX',
    fixture: 'yaml-syntax',
    sv: 'data/partnerships.yaml:13:3 YAML_SYNTAX YAML: indraget är fel (indraget stämmer inte: poster börjar med "- " och deras nycklar står rakt under den första)',
  },
  {
    name: 'a YAML syntax error (tab indentation)',
    code: 'YAML_SYNTAX',
    mutate: write('themes.yaml', '- id: a\n\tlabel: {en: A, sv: A}\n'),
    en: '(tabs cannot indent YAML: use spaces)',
    sv: '(tabbar kan inte användas för indrag i YAML: använd mellanslag)',
  },
  {
    // The parser names what it finds after the tab; the hint names the tab.
    name: 'a YAML syntax error (a tab before a key of a record)',
    code: 'YAML_SYNTAX',
    mutate: edit('partnerships.yaml', '  countries: [KE]', '\tcountries: [KE]'),
    en: '(tabs cannot indent YAML: use spaces)',
  },
  {
    name: 'a YAML syntax error (a missing bracket)',
    code: 'YAML_SYNTAX',
    mutate: write('themes.yaml', '- id: a\n  label: {en: A, sv: A\n'),
  },
  { name: 'a key twice', code: 'DUPLICATE_KEY', fixture: 'duplicate-key' },
  { name: 'an alias bomb', code: 'ALIAS_BOMB', fixture: 'alias-bomb' },
  { name: 'not a list', code: 'NOT_A_LIST', fixture: 'not-a-list' },
  { name: 'a __proto__ key', code: 'FORBIDDEN_KEY', fixture: 'forbidden-key' },
  {
    name: 'nesting 70 deep',
    code: 'TOO_DEEP',
    mutate: write('themes.yaml', `- id: a\n  x: ${nested(70)}\n`),
  },
  // The schema of a record.
  {
    name: 'an unknown field',
    code: 'UNKNOWN_FIELD',
    fixture: 'unknown-field',
    en: 'data/partnerships.yaml:17:10 UNKNOWN_FIELD kalix-masaka: unknown field "theme" (did you mean "themes"?)',
    sv: 'data/partnerships.yaml:17:10 UNKNOWN_FIELD kalix-masaka: okänt fält "theme" (menade du "themes"?)',
  },
  {
    name: 'an unknown field with nothing near it',
    code: 'UNKNOWN_FIELD',
    mutate: edit('themes.yaml', '- id: refugees\n', '- id: refugees\n  zzzzzzzzzzzz: 1\n'),
  },
  { name: 'a number for text', code: 'WRONG_TYPE', fixture: 'wrong-type' },
  { name: 'an unquoted code', code: 'WRONG_TYPE', fixture: 'unquoted-code' },
  {
    name: 'a record that is not a mapping',
    code: 'WRONG_TYPE',
    mutate: append('themes.yaml', '- just text\n'),
  },
  {
    name: 'a list for a number',
    code: 'WRONG_TYPE',
    mutate: edit('municipalities.yaml', 'population: 53089', 'population: [1]'),
  },
  {
    name: 'an empty value',
    code: 'WRONG_TYPE',
    mutate: edit('municipalities.yaml', 'population: 53089', 'population:'),
  },
  {
    name: 'a missing field',
    code: 'MISSING_FIELD',
    fixture: 'missing-field',
    en: 'data/municipalities.yaml:20:3 MISSING_FIELD kalix: "name" is required',
    sv: 'data/municipalities.yaml:20:3 MISSING_FIELD kalix: "name" måste anges',
  },
  { name: 'a bad code', code: 'INVALID_VALUE', fixture: 'bad-code' },
  { name: 'a bad URL', code: 'INVALID_VALUE', fixture: 'bad-url' },
  { name: 'a year out of range', code: 'INVALID_VALUE', fixture: 'year-range' },
  { name: 'one party', code: 'INVALID_VALUE', fixture: 'one-party' },
  {
    name: 'a value not among the choices',
    code: 'INVALID_VALUE',
    fixture: 'invalid-enum',
    sv: 'data/partnerships.yaml:20:14 INVALID_VALUE skovde-tbilisi: "programme" är "kpp" (menade du "kp"?)',
  },
  {
    name: 'a value far from the choices',
    code: 'INVALID_VALUE',
    mutate: edit('partnerships.yaml', 'programme: kp', 'programme: zzzzzzzz'),
  },
  {
    name: 'an SDG out of range',
    code: 'INVALID_VALUE',
    mutate: edit('themes.yaml', 'sdgs: [10]', 'sdgs: [18]'),
  },
  {
    name: 'a bad id',
    code: 'INVALID_VALUE',
    mutate: edit('themes.yaml', '- id: refugees', '- id: Refugees'),
  },
  {
    name: 'an empty name',
    code: 'INVALID_VALUE',
    mutate: edit('municipalities.yaml', 'name: Habo', 'name: " "'),
  },
  // Across records.
  {
    name: 'an id used twice',
    code: 'DUPLICATE_ID',
    fixture: 'duplicate-id',
    en: 'data/partners.yaml:12:7 DUPLICATE_ID id "masaka" is already used (see data/partners.yaml:4:7)',
    sv: 'data/partners.yaml:12:7 DUPLICATE_ID id "masaka" används redan (se data/partners.yaml:4:7)',
  },
  { name: 'an unknown country', code: 'UNKNOWN_COUNTRY', fixture: 'unknown-country' },
  { name: 'an unknown country of birth', code: 'UNKNOWN_COUNTRY', fixture: 'born-abroad-unknown-country' },
  {
    name: 'an unknown theme',
    code: 'UNKNOWN_THEME',
    fixture: 'unknown-theme',
    en: 'data/partnerships.yaml:8:12 UNKNOWN_THEME borlange-lodwar: theme "refugess" does not exist (did you mean "refugees"?)',
    sv: 'data/partnerships.yaml:8:12 UNKNOWN_THEME borlange-lodwar: temat "refugess" finns inte (menade du "refugees"?)',
  },
  {
    // A reference written as a name people use, which `kp match` resolves: that record's id.
    name: 'a theme written as its Swedish synonym',
    code: 'UNKNOWN_THEME',
    mutate: edit('partnerships.yaml', 'themes: [refugees]', 'themes: [flyktingar]'),
    en: 'theme "flyktingar" does not exist (did you mean "refugees"?)',
    sv: 'temat "flyktingar" finns inte (menade du "refugees"?)',
  },
  {
    name: 'a party written as its official name',
    code: 'UNKNOWN_PARTY',
    mutate: edit('partnerships.yaml', 'parties: [borlange, lodwar]', 'parties: [borlange-kommun, lodwar]'),
    en: 'party "borlange-kommun" does not exist (did you mean "borlange"?)',
  },
  {
    name: 'an unknown broader theme',
    code: 'UNKNOWN_THEME',
    mutate: edit('themes.yaml', 'broader: [social-inclusion]', 'broader: [social-inclusio]'),
  },
  { name: 'an unknown party', code: 'UNKNOWN_PARTY', fixture: 'unknown-party' },
  {
    name: 'an unknown party of born-abroad counts',
    code: 'UNKNOWN_PARTY',
    fixture: 'born-abroad-unknown-party',
  },
  {
    name: 'a party twice',
    code: 'DUPLICATE_PARTY',
    mutate: edit('partnerships.yaml', 'parties: [borlange, lodwar]', 'parties: [borlange, lodwar, lodwar]'),
  },
  {
    name: 'two counts for one party',
    code: 'DUPLICATE_PARTY',
    mutate: all(
      bornAbroad,
      edit('born-abroad.yaml', 'UG: 15801', 'UG: 158'),
      append(
        'born-abroad.yaml',
        '- id: born-abroad-kalix-2\n  party: kalix\n  year: 2025\n  population: 15800\n  born_in: {UG: 1}\n',
      ),
    ),
  },
  { name: 'no Swedish party', code: 'NO_SWEDISH_PARTY', fixture: 'no-swedish-party' },
  {
    name: 'no party abroad',
    code: 'NO_PARTNER_ABROAD',
    mutate: edit('partnerships.yaml', 'parties: [borlange, lodwar]', 'parties: [borlange, habo]'),
  },
  { name: 'countries that do not match', code: 'COUNTRY_MISMATCH', fixture: 'country-mismatch' },
  {
    name: 'an end before the start',
    code: 'YEAR_ORDER',
    fixture: 'year-order',
    sv: 'data/partnerships.yaml:15:8 YEAR_ORDER kalix-masaka: slutar (2012) innan det börjar (2020)',
  },
  {
    name: 'active long after its end',
    code: 'STALE_ACTIVE',
    mutate: all(
      edit('partnerships.yaml', '  end: 2019\n', '  end: 2010\n  status: active\n'),
      edit('partnerships.yaml', '  end: 2023\n', '  end: 2023\n  status: ended\n'),
      edit('partnerships.yaml', '  start: 2018\n', '  start: 2008\n'),
    ),
  },
  { name: 'a code twice', code: 'DUPLICATE_CODE', fixture: 'duplicate-code' },
  {
    name: 'a region code of four digits',
    code: 'BAD_CODE',
    mutate: edit('municipalities.yaml', /kind: municipality/, 'kind: region'),
  },
  { name: 'a country code of born-abroad counts', code: 'BAD_CODE', fixture: 'born-abroad-bad-code' },
  {
    name: 'a former state that is a country',
    code: 'BAD_CODE',
    mutate: all(
      bornAbroad,
      edit('born-abroad.yaml', 'UG: 15801', 'UG: 158'),
      edit(
        'born-abroad.yaml',
        '    SU:\n',
        '    KE:\n      name: {en: K, sv: K}\n      today: [KE]\n      counting: x\n    SU:\n',
      ),
    ),
  },
  { name: 'a theme cycle', code: 'THEME_CYCLE', fixture: 'theme-cycle' },
  { name: 'a shared name (a warning)', code: 'SHARED_NAME', fixture: 'shared-name' },
  {
    name: 'no national reference',
    code: 'NO_NATIONAL_REFERENCE',
    mutate: all(bornAbroad, edit('born-abroad.yaml', 'national: true\n', 'party: borlange\n')),
  },
  {
    name: 'a second national reference',
    code: 'DUPLICATE_NATIONAL',
    mutate: all(bornAbroad, edit('born-abroad.yaml', 'party: kalix\n', 'national: true\n')),
  },
  {
    name: 'a national reference with a party',
    code: 'NATIONAL_WITH_PARTY',
    mutate: all(bornAbroad, edit('born-abroad.yaml', 'national: true\n', 'national: true\n  party: kalix\n')),
  },
  {
    name: 'a national reference without a source',
    code: 'MISSING_FIELD',
    mutate: all(bornAbroad, edit('born-abroad.yaml', /\n {2}source: .*\n/, '\n')),
  },
  {
    name: 'counts with neither party nor national',
    code: 'MISSING_FIELD',
    mutate: all(bornAbroad, edit('born-abroad.yaml', '  party: kalix\n', '')),
  },
  {
    name: 'former states off the national reference',
    code: 'MISPLACED_FIELD',
    mutate: all(
      bornAbroad,
      append(
        'born-abroad.yaml',
        '  former_states:\n    YU:\n      name: {en: Y, sv: Y}\n      today: [GE]\n      counting: x\n',
      ),
    ),
  },
  {
    name: 'a year unlike the national one',
    code: 'YEAR_MISMATCH',
    mutate: all(bornAbroad, edit('born-abroad.yaml', /(party: kalix\n {2})year: 2025/, '$1year: 2024')),
  },
  {
    name: 'a count above the population',
    code: 'COUNT_ABOVE_POPULATION',
    fixture: 'born-abroad-above-population',
    en: 'data/born-abroad.yaml:23:9 COUNT_ABOVE_POPULATION born-abroad-kalix: 15801 born in UG is more than the population, 15800',
    sv: 'data/born-abroad.yaml:23:9 COUNT_ABOVE_POPULATION born-abroad-kalix: 15801 födda i UG är fler än folkmängden, 15800',
  },
  {
    name: 'counts that add up to more than the population',
    code: 'COUNT_ABOVE_POPULATION',
    mutate: all(bornAbroad, edit('born-abroad.yaml', 'UG: 15801', 'UG: 15000\n    KE: 15000')),
  },
  {
    name: 'an unmapped former state',
    code: 'FORMER_STATE_UNMAPPED',
    fixture: 'born-abroad-unmapped-former-state',
  },
];

/** A Swedish line without what stays as written: the place and code before it, quoted values. */
const wordsOf = (line: string, code: string) =>
  line
    .slice(line.indexOf(` ${code} `) + code.length + 2)
    .replace(/"[^"]*"/g, '""')
    .replace(/\(se [^)]*\)/, '')
    // File and field names are written as in the data: "countries.yaml", "former_states".
    .replace(/[\w-]+\.yaml|\w+_\w+/g, '');

describe('each problem code, in English and Swedish', () => {
  const english = englishPieces();

  it('plants every code (a new code needs a case here)', () => {
    expect([...new Set(CASES.map((c) => c.code))].sort()).toEqual([...PROBLEM_CODES].sort());
  });

  it.each(CASES)('$code: $name', ({ code, fixture, mutate, en, sv }) => {
    const problems = loadDataDir(caseDir(fixture, mutate)).problems.filter((p) => p.code === code);
    expect(problems.length, 'the planted problem is found').toBeGreaterThan(0);
    for (const p of problems) {
      const inEnglish = formatProblem(p, 'data', 'en');
      const inSwedish = formatProblem(p, 'data', 'sv');
      // English is what it always was: the default, and `message` for scripts.
      expect(inEnglish).toBe(formatProblem(p, 'data'));
      expect(problemMessage(p, 'en')).toBe(p.message);
      // Where and what stay as they are; the words are Swedish.
      const where = [`data/${p.file}`, p.line, p.col].filter((x) => x !== undefined).join(':');
      expect(inEnglish.startsWith(`${where} ${p.severity === 'warning' ? 'warning ' : ''}${code} `)).toBe(
        true,
      );
      expect(inSwedish.startsWith(`${where} ${p.severity === 'warning' ? 'varning ' : ''}${code} `)).toBe(
        true,
      );
      expect(inSwedish).not.toBe(inEnglish);
      const words = wordsOf(inSwedish, code);
      expect(
        english.filter((piece) => occurs(words, piece)),
        inSwedish,
      ).toEqual([]);
    }
    if (en) expect(problems.map((p) => formatProblem(p, 'data', 'en')).join('\n')).toContain(en);
    if (sv) expect(problems.map((p) => formatProblem(p, 'data', 'sv')).join('\n')).toContain(sv);
  });
});

describe('the data messages in the tables', () => {
  const keys = Object.keys(DATA_MESSAGES.en).filter(
    (k) => k.startsWith('data.') || k.startsWith('validate.'),
  );

  it('are found', () => {
    expect(keys.length).toBeGreaterThan(100);
  });

  it.each(keys)('%s differs in Swedish (or is a word both languages write alike)', (key) => {
    const en = (DATA_MESSAGES.en as Record<string, string>)[key]!;
    const sv = (DATA_MESSAGES.sv as Record<string, string>)[key];
    expect(sv, `${key}: no Swedish`).toBeTypeOf('string');
    // Templates that are only placeholders and punctuation, or words written alike, may agree.
    const alike = ['data.yaml', 'data.yamlWithHint', 'data.invalid', 'data.type.string'];
    if (!alike.includes(key)) expect(sv).not.toBe(en);
  });
});
