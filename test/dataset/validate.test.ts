// One invalid fixture per rule: the copy of test/fixtures/valid with one file changed. Each must
// report exactly the expected problems, with code, file, line and column.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/dataset/load.js';
import { formatProblem } from '../../src/dataset/problems.js';
import { FIXTURES } from '../helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** The valid fixture with the files of an invalid case laid over it. */
function caseDir(name?: string, mutate?: (dir: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-fixture-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  if (name) cpSync(join(FIXTURES, 'invalid', name), dir, { recursive: true });
  mutate?.(dir);
  return dir;
}

const where = (dir: string) =>
  loadDataDir(dir)
    .problems.filter((p) => p.severity === 'error')
    .map((p) => `${p.code} ${p.file}:${p.line ?? '-'}:${p.col ?? '-'}`)
    .sort();

it('the valid fixture has no problems at all', () => {
  expect(loadDataDir(join(FIXTURES, 'valid')).problems).toEqual([]);
});

describe('each invalid fixture reports its problem, where it is', () => {
  const cases: Array<{ name: string; expected: string[] }> = [
    { name: 'yaml-syntax', expected: ['YAML_SYNTAX partnerships.yaml:13:3'] },
    { name: 'duplicate-key', expected: ['DUPLICATE_KEY partners.yaml:3:3'] },
    { name: 'forbidden-key', expected: ['FORBIDDEN_KEY partners.yaml:3:3'] },
    { name: 'alias-bomb', expected: ['ALIAS_BOMB themes.yaml:-:-'] },
    { name: 'not-a-list', expected: ['NOT_A_LIST countries.yaml:1:1'] },
    { name: 'empty-file', expected: ['EMPTY_FILE themes.yaml:1:1'] },
    { name: 'unknown-country', expected: ['UNKNOWN_COUNTRY partners.yaml:7:12'] },
    { name: 'unknown-theme', expected: ['UNKNOWN_THEME partnerships.yaml:8:12'] },
    { name: 'unknown-party', expected: ['UNKNOWN_PARTY partnerships.yaml:12:13'] },
    { name: 'duplicate-id', expected: ['DUPLICATE_ID partners.yaml:12:7'] },
    { name: 'missing-field', expected: ['MISSING_FIELD municipalities.yaml:20:3'] },
    { name: 'wrong-type', expected: ['WRONG_TYPE municipalities.yaml:25:15'] },
    { name: 'unquoted-code', expected: ['WRONG_TYPE municipalities.yaml:11:9'] },
    { name: 'bad-code', expected: ['INVALID_VALUE municipalities.yaml:35:9'] },
    { name: 'bad-url', expected: ['INVALID_VALUE partnerships.yaml:25:11'] },
    { name: 'year-order', expected: ['YEAR_ORDER partnerships.yaml:15:8'] },
    { name: 'year-range', expected: ['INVALID_VALUE partnerships.yaml:23:10'] },
    { name: 'one-party', expected: ['INVALID_VALUE partnerships.yaml:21:12'] },
    { name: 'no-swedish-party', expected: ['NO_SWEDISH_PARTY partnerships.yaml:12:12'] },
    { name: 'country-mismatch', expected: ['COUNTRY_MISMATCH partnerships.yaml:13:14'] },
    { name: 'duplicate-code', expected: ['DUPLICATE_CODE municipalities.yaml:29:9'] },
    { name: 'theme-cycle', expected: ['THEME_CYCLE themes.yaml:4:12', 'THEME_CYCLE themes.yaml:9:12'] },
    { name: 'unknown-field', expected: ['UNKNOWN_FIELD partnerships.yaml:17:10'] },
    { name: 'invalid-enum', expected: ['INVALID_VALUE partnerships.yaml:20:14'] },
    { name: 'born-abroad-bad-code', expected: ['BAD_CODE born-abroad.yaml:24:9'] },
    { name: 'born-abroad-unknown-party', expected: ['UNKNOWN_PARTY born-abroad.yaml:19:10'] },
    { name: 'born-abroad-above-population', expected: ['COUNT_ABOVE_POPULATION born-abroad.yaml:23:9'] },
    { name: 'born-abroad-unmapped-former-state', expected: ['FORMER_STATE_UNMAPPED born-abroad.yaml:18:9'] },
    { name: 'born-abroad-unknown-country', expected: ['UNKNOWN_COUNTRY born-abroad.yaml:23:9'] },
  ];

  it('covers every invalid fixture folder', () => {
    expect(readdirSync(join(FIXTURES, 'invalid')).sort()).toEqual(
      [...cases.map((c) => c.name), 'shared-name'].sort(),
    );
  });

  it.each(cases)('$name', ({ name, expected }) => {
    expect(where(caseDir(name))).toEqual(expected);
  });
});

describe('messages say what to do', () => {
  const message = (name: string) => {
    const dir = caseDir(name);
    return loadDataDir(dir).problems.map((p) => formatProblem(p, 'data'));
  };
  it.each([
    [
      'unknown-theme',
      'data/partnerships.yaml:8:12 UNKNOWN_THEME borlange-lodwar: theme "refugess" does not exist (did you mean "refugees"?)',
    ],
    ['unknown-party', 'did you mean "kalix"?'],
    ['unknown-country', 'did you mean "UG"'],
    ['unknown-field', 'unknown field "theme" (did you mean "themes"?)'],
    ['invalid-enum', '"programme" is "kpp" (did you mean "kp"?)'],
    ['unquoted-code', 'must be a quoted string such as "0125"'],
    ['duplicate-id', 'id "masaka" is already used (see data/partners.yaml:4:7)'],
    ['missing-field', 'kalix: "name" is required'],
    [
      'born-abroad-unknown-party',
      '"borlang" is not a Swedish municipality or region (did you mean "borlange"?)',
    ],
    ['born-abroad-above-population', '15801 born in UG is more than the population, 15800'],
    ['born-abroad-unmapped-former-state', "map it to today's countries under former_states"],
  ])('%s', (name, text) => {
    expect(message(name).join('\n')).toContain(text);
  });
});

describe('born-abroad.yaml is optional and checked when present', () => {
  it('a valid one (block style) has no problems', () => {
    const dir = caseDir('born-abroad-above-population', (d) => {
      const file = join(d, 'born-abroad.yaml');
      writeFileSync(file, readFileSync(file, 'utf8').replace('UG: 15801', 'UG: 158'));
    });
    const { dataset, problems } = loadDataDir(dir);
    expect(problems).toEqual([]);
    expect(dataset.bornAbroad.map((b) => b.party ?? 'national')).toEqual(['national', 'kalix']);
  });
  it('absent, it holds no records', () => {
    const { dataset, problems } = loadDataDir(caseDir());
    expect(problems).toEqual([]);
    expect(dataset.bornAbroad).toEqual([]);
  });
});

describe('file-level problems', () => {
  it('a missing file', () => {
    const dir = caseDir(undefined, (d) => rmSync(join(d, 'partners.yaml')));
    expect(where(dir)).toEqual(['MISSING_FILE partners.yaml:-:-']);
  });
  it('a directory where a file should be', () => {
    const dir = caseDir(undefined, (d) => {
      rmSync(join(d, 'themes.yaml'));
      cpSync(join(FIXTURES, 'valid'), join(d, 'themes.yaml'), { recursive: true });
    });
    expect(where(dir)).toEqual(['NOT_A_FILE themes.yaml:-:-']);
  });
  it('invalid UTF-8, with the line it is on', () => {
    const dir = caseDir(undefined, (d) =>
      writeFileSync(
        join(d, 'countries.yaml'),
        Buffer.concat([
          Buffer.from('- id: KE\n  name: {en: Ken'),
          Buffer.from([0xff]),
          Buffer.from('ya, sv: Kenya}\n'),
        ]),
      ),
    );
    expect(where(dir)).toEqual(['INVALID_UTF8 countries.yaml:2:17']);
  });
  it('a UTF-8 byte order mark and CRLF line endings are fine', () => {
    const dir = caseDir(undefined, (d) => {
      const text = readFileSync(join(d, 'countries.yaml'), 'utf8').replace(/\n/g, '\r\n');
      writeFileSync(join(d, 'countries.yaml'), `\ufeff${text}`);
    });
    expect(where(dir)).toEqual([]);
  });
});

describe('warnings are reported but allowed', () => {
  it('an alias that names another municipality', () => {
    const { problems } = loadDataDir(caseDir('shared-name'));
    expect(problems.map((p) => `${p.severity} ${p.code} ${p.line}:${p.col}`)).toEqual([
      'warning SHARED_NAME 11:13',
    ]);
  });
});

describe('validation does not mutate or pollute', () => {
  it('leaves Object.prototype untouched by a __proto__ key', () => {
    loadDataDir(caseDir('forbidden-key'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
