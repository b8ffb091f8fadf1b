// Signals and exit codes end to end, on the built binary: Ctrl+C and SIGTERM during a long load
// exit 130 / 143 with a short message, leaving no output file and no temporary file behind.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { afterCpu } from '../cpu-time.js';
import { DATA, FIXTURES, ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'kp.js');
let big: string;
let out: string;

beforeAll(() => {
  // A data directory that takes a second or more to parse: the shipped data with its
  // relations repeated under new ids.
  big = mkdtempSync(join(tmpdir(), 'kp-big-'));
  out = mkdtempSync(join(tmpdir(), 'kp-out-'));
  cpSync(DATA, big, { recursive: true });
  const text = readFileSync(join(DATA, 'partnerships.yaml'), 'utf8');
  const body = text.slice(text.indexOf('\n- id:'));
  const copies = Array.from({ length: 50 }, (_, i) =>
    body.replace(/\n- id: ([a-z0-9-]+)/g, `\n- id: $1-copy${i}`),
  );
  writeFileSync(join(big, 'partnerships.yaml'), text + copies.join(''));
});
afterAll(() => {
  rmSync(big, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

function interrupt(signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [BIN, '--data', big, 'match', '--country', 'Kenya', '--format', 'csv', '-o', join(out, 'k.csv')],
      // No cache: every run must take the long way through the YAML.
      { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, KP_NO_CACHE: '1' } },
    );
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    // After 400 ms of the child's own CPU time: Node has started and installed its handlers
    // (about 50 ms), and the load (over a second) is still running, however loaded the machine.
    void afterCpu(child.pid!, 400).then(() => child.kill(signal));
    child.on('exit', (code) => resolve({ code, stderr }));
  });
}

describe('signals', () => {
  it.each([
    ['SIGINT', 130, 'interrupted'],
    ['SIGTERM', 143, 'terminated'],
  ] as const)(
    '%s during a long load: exit %i, a short message, nothing left behind',
    async (signal, code, word) => {
      const r = await interrupt(signal);
      expect(r.code).toBe(code);
      expect(r.stderr.trim()).toBe(`kp: ${word}`);
      expect(readdirSync(out)).toEqual([]);
    },
  );
});

describe('the exit-code contract, end to end', () => {
  const run = (args: string[], cwd = ROOT) =>
    spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd });
  it.each([
    { code: 0, args: ['match', '--country', 'Kenya', '--theme', 'refugees'] },
    { code: 2, args: ['match', '--country', 'Narnia'] },
    { code: 2, args: ['frobnicate'] },
    { code: 65, args: ['validate', '--data', join(FIXTURES, 'invalid', 'not-a-list')] },
  ])('$code: kp $args', ({ code, args }) => {
    expect(run(args).status).toBe(code);
  });

  it('73: the output file exists', () => {
    writeFileSync(join(out, 'exists.csv'), 'x');
    expect(run(['match', '--country', 'Kenya', '--format', 'csv', '-o', 'exists.csv'], out).status).toBe(73);
    rmSync(join(out, 'exists.csv'));
  });
});
