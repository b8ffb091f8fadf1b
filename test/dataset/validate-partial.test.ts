// One wrong field does not hide the other mistakes of its record: a person editing YAML by hand
// sees them all at once, not one per run.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/dataset/load.js';
import { FIXTURES } from '../helpers.js';

const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

function broken(file: string, from: string, to: string) {
  const dir = mkdtempSync(join(tmpdir(), 'kp-partial-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" not found`);
  writeFileSync(path, text.replace(from, to));
  return loadDataDir(dir)
    .problems.map((p) => [p.code, p.line, p.message] as const)
    .sort((a, b) => (a[1] ?? 0) - (b[1] ?? 0));
}

describe('a record that fails the schema is still checked for what can be read', () => {
  it('a year as text, an unknown party, country and theme: four problems', () => {
    const problems = broken(
      'partnerships.yaml',
      '  parties: [borlange, lodwar]\n  countries: [KE]\n  start: 2018\n  end: 2019\n  phases: [forberedelse, projekt]\n  themes: [refugees]',
      '  parties: [borlange, lodwaar]\n  countries: [KN]\n  start: 2019-ish\n  end: 2019\n  phases: [forberedelse, projekt]\n  themes: [refugess]',
    );
    expect(problems.map(([code]) => code)).toEqual([
      'UNKNOWN_PARTY',
      'UNKNOWN_COUNTRY',
      'WRONG_TYPE',
      'UNKNOWN_THEME',
    ]);
    expect(problems.map(([, line]) => line)).toEqual([3, 4, 5, 8]);
    expect(problems[0]![2]).toMatch(/"lodwaar" does not exist \(did you mean "lodwar"\?\)/);
  });

  it('a value the schema refuses is reported once, not again as an unknown reference', () => {
    const problems = broken(
      'partnerships.yaml',
      'parties: [borlange, lodwar]',
      'parties: [Borlänge, lodwar]',
    );
    expect(problems.map(([code]) => code)).toEqual(['INVALID_VALUE']);
  });

  it('a second record with the same id is reported though a field of it is wrong too', () => {
    const problems = broken(
      'partnerships.yaml',
      '- id: kalix-masaka\n  programme: kp\n',
      '- id: borlange-lodwar\n  programme: kpp\n',
    );
    expect(problems.map(([code]) => code)).toEqual(['DUPLICATE_ID', 'INVALID_VALUE']);
  });
});
