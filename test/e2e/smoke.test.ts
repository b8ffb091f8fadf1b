// A few runs of the built binary, as a user runs it (npm test builds first).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'kp.js');
const run = (args: string[], input?: string) =>
  spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    input,
    env: { ...process.env, NO_COLOR: '1' },
  });

describe('bin/kp.js', () => {
  it('runs the main job on the shipped data', () => {
    const r = run(['match', '--country', 'Kenya', '--theme', 'refugees']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n').find((l) => /^ ?1\./.test(l))).toMatch(
      /^ ?1\. Borlänge\s+Sweden, Dalarnas län/,
    );
    expect(r.stdout).toMatch(/worked with Lodwar, Kenya/);
  });

  it('validates the shipped data', () => {
    const r = run(['validate']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/data\/ is valid/);
  });

  it('bad input: exit 2, a message, no stack trace', () => {
    const r = run(['match', '--country', 'Narnia']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^kp: no country matches "Narnia"/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('large JSON through a pipe arrives whole', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" list partnerships --format json | cat`],
      { encoding: 'utf8' },
    );
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBeGreaterThan(64 * 1024);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('a reader that stops early (| head -1) is not an error', () => {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" list municipalities | head -1; echo "status:$?"`],
      { encoding: 'utf8' },
    );
    expect(r.stdout.split('\n')[0]).toMatch(/^Name\s+Kind/);
    expect(r.stderr).toBe('');
  });

  // A character device that is not a terminal is written to as a file is: its failure is known
  // before the process ends (Node's stream reported it after, and kp exited 0 having lost it).
  it.each([
    {
      args: ['match', '--country', 'Kenya', '--theme', 'refugees'],
      message: /cannot write the output: no space left/,
    },
    {
      args: ['list', 'themes', '--format', 'json', '--lang', 'sv'],
      message: /kan inte skriva utdata: inget utrymme/,
    },
  ])('stdout on /dev/full: $args.0 is exit 73 with a message', ({ args, message }) => {
    const quoted = args.map((a) => `"${a}"`).join(' ');
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" "${BIN}" ${quoted} > /dev/full; echo "status:$?" >&2`],
      {
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/status:73/);
  });
});
