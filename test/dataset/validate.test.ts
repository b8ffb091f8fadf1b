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
  ])('%s', (name, text) => {
    expect(message(name).join('\n')).toContain(text);
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
