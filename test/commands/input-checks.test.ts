// Mistakes in what is typed: one line each, the documented exit code, the input echoed briefly.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kp, ROOT } from '../helpers.js';

const KENYA = ['match', '--country', 'Kenya', '--theme', 'refugees'];
const tmp = mkdtempSync(join(tmpdir(), 'kp-input-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('one line and the documented exit code', () => {
  it.each([
    { name: '--data a file', args: [...KENYA, '--data', 'README.md'], code: 66, says: 'not a directory' },
    {
      name: '--data a missing folder',
      args: [...KENYA, '--data', '/no/such/dir'],
      code: 66,
      says: 'no such folder',
    },
    {
      name: 'validate --data a file',
      args: ['validate', '--data', 'README.md'],
      code: 66,
      says: 'not a directory',
    },
    {
      name: 'KP_DATA a missing folder',
      args: KENYA,
      env: { KP_DATA: '/no/such/dir' },
      code: 66,
      says: 'no such folder',
    },
    { name: '--weight ""', args: [...KENYA, '--weight', ''], code: 2, says: '--weight is empty' },
    { name: '-o ""', args: [...KENYA, '-o', ''], code: 2, says: '--output is empty' },
    { name: '--data ""', args: [...KENYA, '--data', ''], code: 2, says: '--data is empty' },
    { name: '--country ""', args: ['match', '--country', ' '], code: 2, says: '--country is empty' },
    {
      name: 'a second --country',
      args: [...KENYA, '--country', 'Uganda'],
      code: 2,
      says: '--country is given twice (Kenya, Uganda)',
    },
    {
      name: 'a second --format',
      args: [...KENYA, '-f', 'json', '-f', 'csv'],
      code: 2,
      says: '--format is given twice',
    },
    {
      name: 'a second --data',
      args: ['--data', 'a', '--data', 'b', ...KENYA],
      code: 2,
      says: '--data is given twice',
    },
    {
      name: 'a second --status',
      args: ['list', 'partners', '-s', 'seeking', '-s', 'x'],
      code: 2,
      says: 'given twice',
    },
  ])('$name', async ({ args, env, code, says }) => {
    const r = await kp(args, { env });
    expect(r.code).toBe(code);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(says);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('a repeated --theme or --data of the same value is still once only for single options', async () => {
    const r = await kp([...KENYA, '--theme', 'refugees', '--theme', 'Refugees']);
    expect(r.code).toBe(0);
  });
});

describe('a 100,000-character argument', () => {
  const long = 'x'.repeat(100_000);
  it.each([
    { name: 'a country', args: ['match', '--country', long] },
    { name: 'a theme', args: ['match', '--country', 'Kenya', '--theme', long] },
    { name: 'a limit', args: [...KENYA, '--limit', long] },
    { name: 'a weight', args: [...KENYA, '--weight', long] },
    { name: 'a format', args: [...KENYA, '--format', long] },
    { name: 'an option', args: [...KENYA, `--${long}`] },
    { name: 'a data folder', args: [...KENYA, '--data', long] },
  ])('$name is echoed in at most 80 characters', async ({ args }) => {
    const r = await kp(args);
    expect(r.code).not.toBe(0);
    expect(r.stderr.length).toBeLessThan(1000);
    expect(r.stderr).not.toMatch(/x{81}/);
  });
});

describe('repeats collapse', () => {
  it('5,000 times the same theme: one note', async () => {
    const args = [...KENYA];
    for (let i = 0; i < 5000; i++) args.push('--theme', 'refugees');
    const r = await kp(args);
    expect(r.code).toBe(0);
    expect(r.stderr.trimEnd().split('\n')).toEqual(['theme: refugees → Refugee inclusion and integration']);
  });

  it('spellings of one theme are one theme', async () => {
    const r = await kp([...KENYA, '--theme', 'refugees,Refugees, REFUGEES', '--format', 'json']);
    expect(JSON.parse(r.stdout).query.themes).toHaveLength(1);
  });
});

describe('data folders', () => {
  it('a folder with a file where the folder should be: exit 66 before any file is read', async () => {
    const file = join(tmp, 'data.yaml');
    writeFileSync(file, 'x: 1\n');
    const r = await kp([...KENYA, '--data', file], { cwd: ROOT });
    expect(r.code).toBe(66);
    expect(r.stderr).not.toContain('countries.yaml');
  });
});

describe('kp validate', () => {
  it('--help lists every data file', async () => {
    const { DATA_FILES } = await import('../../src/dataset/schema.js');
    const r = await kp(['validate', '--help']);
    expect(r.code).toBe(0);
    for (const { file } of Object.values(DATA_FILES)) expect(r.stdout).toContain(file);
  });

  it('--format json: ok, counts and no problems for valid data', async () => {
    const r = await kp(['validate', '--format', 'json']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout);
    expect(doc).toMatchObject({ ok: true, problems: [] });
    expect(doc.counts.countries).toBeGreaterThan(0);
  });

  it('--format json: the problems on stdout, exit 65, for invalid data', async () => {
    const dir = join(tmp, 'bad');
    const { cpSync, readFileSync } = await import('node:fs');
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const file = join(dir, 'partnerships.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/themes: \[refugees/, 'themes: [refugess'));
    const r = await kp(['validate', '--data', dir, '--format', 'json']);
    expect(r.code).toBe(65);
    const doc = JSON.parse(r.stdout);
    expect(doc.ok).toBe(false);
    expect(doc.counts.partnerships).toBeGreaterThan(0);
    expect(doc.problems[0]).toMatchObject({ file: 'partnerships.yaml', code: 'UNKNOWN_THEME' });
    expect(doc.problems[0].line).toBeGreaterThan(0);
    expect(doc.problems[0].col).toBeGreaterThan(0);
    expect(Object.keys(doc.problems[0])).toEqual(
      expect.arrayContaining(['file', 'line', 'col', 'code', 'message']),
    );
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--format json: a file that cannot be read at all counts null, not 0 records', async () => {
    const dir = join(tmp, 'tab');
    const { cpSync, readFileSync } = await import('node:fs');
    cpSync(join(ROOT, 'data'), dir, { recursive: true });
    const file = join(dir, 'partnerships.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('\n  countries: [KE]', '\n\tcountries: [KE]'));
    const doc = JSON.parse((await kp(['validate', '--data', dir, '--format', 'json'])).stdout);
    expect(doc.counts).toMatchObject({ partnerships: null, kp: null, other_relations: null });
    expect(doc.counts.countries).toBeGreaterThan(0);
    expect(doc.problems[0]).toMatchObject({ file: 'partnerships.yaml', code: 'YAML_SYNTAX' });
  });
});
