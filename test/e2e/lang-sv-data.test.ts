// Bad --data under --lang sv, in the built binary: the problems are found in the worker thread
// (dist/load-worker.cjs) and said in Swedish on the main thread; kp validate says the same, and
// its JSON keeps the field names with the message in Swedish. Exit codes are those of English.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { englishPieces, occurs } from '../english.js';
import { FIXTURES, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'kp.js');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});

/** The valid fixture with three invalid ones laid over it: a YAML-free theme, party and code mistake. */
function badDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'kp-sv-bad-'));
  temps.push(dir);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  for (const name of ['unknown-theme', 'duplicate-code', 'born-abroad-above-population'])
    cpSync(join(FIXTURES, 'invalid', name), dir, { recursive: true });
  return dir;
}

const run = (args: string[]) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: tmpdir(),
    env: { ...process.env, NO_COLOR: '1', KP_NO_CACHE: '1' },
  });

/** English message text in Swedish output, leaving out what stays as written. */
function englishIn(text: string): string[] {
  const words = text
    .replace(/"[^"]*"/g, '""')
    .replace(/\S*\/[\w./:-]*/g, '') // paths and file:line:col
    .replace(/[\w-]+\.yaml|\b[A-Z][A-Z_]{3,}\b|\w+_\w+/g, ''); // file names, CODES, field names
  return englishPieces().filter((piece) => occurs(words, piece));
}

describe('bin/kp.js with bad --data and --lang sv', () => {
  const dir = badDir();

  it('kp match: exit 65, every line Swedish, from the worker', () => {
    const r = run(['match', '--country', 'Kenya', '--theme', 'refugees', '--data', dir, '--lang', 'sv']);
    expect(r.status, r.stderr).toBe(65);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toMatch(/^kp: 3 problem i datan i .*kp-sv-bad-\w+\/$/);
    expect(lines.slice(1).map((l) => l.replace(/^.*?\.yaml:\d+:\d+ /, ''))).toEqual([
      'COUNT_ABOVE_POPULATION born-abroad-kalix: 15801 födda i UG är fler än folkmängden, 15800',
      'DUPLICATE_CODE skovde: koden "2514" används redan av kalix',
      'UNKNOWN_THEME borlange-lodwar: temat "refugess" finns inte (menade du "refugees"?)',
    ]);
    expect(englishIn(r.stderr)).toEqual([]);
    expect(r.stdout).toBe('');
  });

  it('kp validate says the same lines', () => {
    const m = run(['match', '--country', 'Kenya', '--data', dir, '--lang', 'sv']);
    const v = run(['validate', '--data', dir, '--lang', 'sv']);
    expect(v.status).toBe(65);
    expect(v.stderr).toBe(m.stderr);
  });

  it('kp validate --format json: the same fields, the message in Swedish', () => {
    const r = run(['validate', '--data', dir, '--lang', 'sv', '--format', 'json']);
    expect(r.status).toBe(65);
    const doc = JSON.parse(r.stdout) as { ok: boolean; problems: Array<Record<string, unknown>> };
    expect(doc.ok).toBe(false);
    expect(doc.problems.find((p) => p.code === 'UNKNOWN_THEME')).toEqual({
      file: 'partnerships.yaml',
      line: 8,
      col: 12,
      code: 'UNKNOWN_THEME',
      severity: 'error',
      message: 'borlange-lodwar: temat "refugess" finns inte (menade du "refugees"?)',
    });
    expect(r.stderr).toMatch(/^kp: 3 problem i datan i /);
  });

  it('in English the same run is as it was', () => {
    const r = run(['validate', '--data', dir]);
    expect(r.status).toBe(65);
    expect(r.stderr).toMatch(/^kp: 3 problems in the data in /);
    expect(r.stderr).toContain(
      'UNKNOWN_THEME borlange-lodwar: theme "refugess" does not exist (did you mean "refugees"?)',
    );
  });

  it('valid data: the summary in Swedish, exit 0', () => {
    const r = run(['validate', '--data', join(FIXTURES, 'valid'), '--lang', 'sv']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^✓ .*valid\/ är giltig\n {2}countries\.yaml {7}\d+ länder\n/);
    expect(englishIn(r.stdout)).toEqual([]);
  });

  it('a folder that does not exist: exit 66, in Swedish', () => {
    const r = run(['validate', '--data', '/no/such/dir', '--lang', 'sv']);
    expect(r.status).toBe(66);
    expect(r.stderr).toBe(
      'kp: --data /no/such/dir: mappen finns inte (datan är en mapp med YAML-filer; se `kp validate --help`)\n',
    );
  });
});
