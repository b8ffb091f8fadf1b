// kp ask as a person runs it: the built binary in a real pseudo-terminal (tmux), keys sent, the
// screen read back. Also: no terminal means exit 2 at once (test/build.test.ts checks that
// inquirer is loaded by nothing else). These need the build (npm test builds first); the tmux ones skip where tmux is missing.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';

const BIN = join(ROOT, 'bin', 'kp.js');
const DIST = join(ROOT, 'dist');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;

beforeAll(() => {
  if (!existsSync(join(DIST, 'kp.cjs')))
    throw new Error('dist/kp.cjs is missing: run `npm run build` (npm test does)');
});

describe('kp ask without a terminal exits 2 at once', () => {
  it.each([
    { name: 'stdin from /dev/null', stdin: 'ignore' as const },
    { name: 'an idle pipe (sleep 5 | kp ask)', stdin: 'pipe' as const },
  ])('$name', async ({ stdin }) => {
    const child = spawn(process.execPath, [BIN, 'ask'], { stdio: [stdin, 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    // The pipe is left open and silent: a questionnaire that waited on it would never end.
    const code = await new Promise<number | null>((resolve, reject) => {
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error('kp ask waited on a pipe instead of exiting'));
      }, 10_000);
      child.on('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^kp: the questionnaire needs a terminal/);
    expect(stderr).toMatch(/kp match --country COUNTRY --theme THEME/);
  });
});

/** One tmux server of our own (its own socket), so nothing touches the user's sessions. */
class Tmux {
  private readonly socket = `kp-test-${process.pid}-${Math.random().toString(36).slice(2, 8)}`;
  private readonly tmux = (...args: string[]) =>
    execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });

  start(cwd: string, command: string): void {
    this.tmux('new-session', '-d', '-s', 'kp', '-x', '120', '-y', '50', '-c', cwd, command);
  }

  keys(...keys: string[]): void {
    this.tmux('send-keys', '-t', 'kp', ...keys);
  }

  /** Literal text, as typed. */
  type(text: string): void {
    this.tmux('send-keys', '-t', 'kp', '-l', text);
  }

  screen(): string {
    return this.tmux('capture-pane', '-p', '-t', 'kp', '-S', '-200');
  }

  /** Wait until the screen matches; fail with the screen when it does not within 15 s. */
  async waitFor(pattern: RegExp): Promise<string> {
    const until = Date.now() + 15_000;
    for (;;) {
      const screen = this.screen();
      if (pattern.test(screen)) return screen;
      if (Date.now() > until) throw new Error(`timed out waiting for ${pattern}; the screen:\n${screen}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  stop(): void {
    spawnSync('tmux', ['-L', this.socket, 'kill-server']);
  }
}

describe.skipIf(!hasTmux)('kp ask in a terminal (tmux; skipped when tmux is not installed)', () => {
  let cwd: string;
  let tmux: Tmux;
  beforeAll(() => {
    cwd = mkdtempSync(join(tmpdir(), 'kp-ask-tty-'));
  });
  afterAll(() => {
    tmux?.stop();
    rmSync(cwd, { recursive: true, force: true });
  });
  /** Run kp ask in a fresh tmux; the exit status lands on screen after the program ends. */
  const start = (args = '') => {
    tmux?.stop();
    tmux = new Tmux();
    tmux.start(cwd, `env NO_COLOR=1 "${process.execPath}" "${BIN}" ask ${args}; echo "EXIT=$?"; sleep 60`);
  };

  it('from the first question to a saved CSV with the same ranking as kp match', async () => {
    start();
    await tmux.waitFor(/\? Who is asking\?/);
    tmux.keys('Enter'); // a municipality abroad
    await tmux.waitFor(/\? Which municipality are you\?/);
    tmux.keys('Enter'); // not in the list
    await tmux.waitFor(/\? Which country is the municipality in\?/);
    tmux.type('kenia');
    await tmux.waitFor(/❯ Kenya/);
    tmux.keys('Enter');
    await tmux.waitFor(/\? Which themes\?/);
    tmux.type('refugees');
    await tmux.waitFor(/❯ Refugee inclusion and integration/);
    tmux.keys('Enter');
    await tmux.waitFor(/❯ Done: rank with Refugee inclusion and integration/);
    tmux.keys('Enter');
    await tmux.waitFor(/\? What matters most\?/);
    tmux.keys('Enter');
    await tmux.waitFor(/\? Also include Swedish municipalities with no KP history\?/);
    tmux.keys('Enter');
    const ranked = await tmux.waitFor(/\? What next\?/);
    expect(ranked).toMatch(/^ ?1\. Borlänge\s+Sweden, Dalarnas län/m);
    tmux.keys('Enter'); // save
    await tmux.waitFor(/\? File name/);
    tmux.keys('Enter'); // candidates-kenya.csv
    await tmux.waitFor(/\? For Swedish Excel/);
    tmux.keys('Enter'); // plain CSV
    await tmux.waitFor(/Saved 10 candidates to candidates-kenya\.csv[\s\S]*\? What next\?/);
    tmux.keys('Up', 'Enter'); // the list wraps: Up from the first is Quit
    const end = await tmux.waitFor(/EXIT=\d+/);
    expect(end).toMatch(/EXIT=0/);
    expect(end).toMatch(/kp match --country Kenya --theme refugees --format csv -o candidates-kenya\.csv/);

    const match = spawnSync(
      process.execPath,
      [BIN, 'match', '--country', 'Kenya', '--theme', 'refugees', '--format', 'csv'],
      {
        encoding: 'utf8',
      },
    );
    expect(readFileSync(join(cwd, 'candidates-kenya.csv'), 'utf8')).toBe(match.stdout);
  });

  it('Ctrl+C at a question: exit 130, a short message, no stack trace, no file', async () => {
    start('--country Kenya --theme refugees');
    await tmux.waitFor(/\? Who is asking\?/);
    tmux.keys('Enter');
    await tmux.waitFor(/\? Which municipality in Kenya\?/);
    tmux.keys('C-c');
    const end = await tmux.waitFor(/EXIT=\d+/);
    expect(end).toMatch(/kp: interrupted\s+EXIT=130/);
    expect(end).not.toMatch(/\n\s+at /);
    expect(readdirSync(cwd).filter((f) => f !== 'candidates-kenya.csv')).toEqual([]);
  });
});
