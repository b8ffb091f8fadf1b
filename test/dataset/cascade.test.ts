// A record that fails its schema is reported once, where it is wrong: the records that refer to
// it (a partnership, a born-abroad row) do not get a second, misleading "does not exist" error.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/dataset/load.js';
import { DATA } from '../helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The shipped data with one edit to one file. */
function planted(file: string, from: string, to: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-cascade-'));
  dirs.push(dir);
  cpSync(DATA, dir, { recursive: true });
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.replace(from, to));
  return dir;
}

describe('one error per mistake', () => {
  it.each([
    {
      name: "Ekerö's code unquoted (born-abroad and partnerships refer to ekero)",
      file: 'municipalities.yaml',
      from: 'code: "0125"',
      to: 'code: 0125',
      code: 'WRONG_TYPE',
    },
    {
      name: 'a country with a bad field (born-abroad counts refer to it)',
      file: 'countries.yaml',
      from: 'id: BA\n',
      to: 'id: BA\n  bogus_field: 1\n',
      code: 'UNKNOWN_FIELD',
    },
  ])('$name: only $code', ({ file, from, to, code }) => {
    const { problems } = loadDataDir(planted(file, from, to));
    expect(problems.map((p) => p.code)).toEqual([code]);
  });
});
