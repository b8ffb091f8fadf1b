// Large data as people write it: block style, as `npm run gen-data -- --style block` (and
// `yaml.stringify`) writes it, read record by record. Mistakes deep in a big file are reported at
// their own file:line:col; Ctrl+C during a long cold load exits 130 at once and leaves neither a
// cache nor a temporary file; running out of memory is kp's own message, not a V8 crash. Sizes
// are modest (3,000 records; 60,000 for the long load) so the suite stays quick; `npm run bench`
// measures 100,000 partners and 300,000 partnerships.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../src/dataset/load.js';
import { formatProblem } from '../src/dataset/problems.js';
import { afterCpu } from './cpu-time.js';
import { ROOT } from './helpers.js';
import { syntheticDir } from './synthetic-dir.js';

const BIN = join(ROOT, 'bin', 'kp.js');
const temps: string[] = [];
afterAll(() => {
  for (const t of temps) rmSync(t, { recursive: true, force: true });
});
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  temps.push(dir);
  return dir;
};

let dir: string;
beforeAll(() => {
  dir = syntheticDir(3000, 3000, 1, 'block');
  temps.push(dir);
});

/** Start of item `index` (0-based) of a block list, and its 1-based line. */
function item(text: string, index: number): { start: number; line: number } {
  let start = text.startsWith('- ') ? 0 : -1;
  for (let n = start === 0 ? 0 : -1; n < index; n++) start = text.indexOf('\n- ', start + 1) + 1;
  return { start, line: text.slice(0, start).split('\n').length };
}

/** A copy of the block-style directory with record `index` of `file` edited. */
function plant(file: string, index: number, edit: (record: string) => string): string {
  const copy = temp('kp-planted-');
  cpSync(dir, copy, { recursive: true });
  const text = readFileSync(join(dir, file), 'utf8');
  const { start } = item(text, index);
  const end = text.indexOf('\n- ', start) + 1 || text.length;
  writeFileSync(join(copy, file), text.slice(0, start) + edit(text.slice(start, end)) + text.slice(end));
  return copy;
}

describe('block style, 3,000 records a file', () => {
  it('is read in full, without errors', () => {
    const { dataset, problems } = loadDataDir(dir);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(dataset.partners).toHaveLength(3000);
    expect(dataset.partnerships).toHaveLength(3000);
  });

  it('reports a syntax error in record 2,500 at its file:line:col', () => {
    const copy = plant('partnerships.yaml', 2499, (r) =>
      r.replace(/\n {2}programme: (\w+)/, '\n  programme: $1: x'),
    );
    const line = item(readFileSync(join(copy, 'partnerships.yaml'), 'utf8'), 2499).line + 1;
    const errors = loadDataDir(copy).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'YAML_SYNTAX', file: 'partnerships.yaml', line, col: 14 }),
    ]);
    expect(formatProblem(errors[0]!, 'data')).toMatch(
      new RegExp(`^data/partnerships\\.yaml:${line}:14 YAML_SYNTAX YAML: Nested mappings are not allowed`),
    );
  });

  it('reports a schema error in record 2,500 at its file:line:col, also from the built kp', () => {
    const copy = plant('partners.yaml', 2499, (r) =>
      r.replace(/\n {2}country: [A-Z]{2}\n/, '\n  country: Kenya\n'),
    );
    const text = readFileSync(join(copy, 'partners.yaml'), 'utf8');
    const line = text.slice(0, text.indexOf('\n  country: Kenya\n') + 1).split('\n').length;
    expect(line).toBeGreaterThan(item(text, 2499).line);
    const errors = loadDataDir(copy).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'INVALID_VALUE', file: 'partners.yaml', line, col: 12 }),
    ]);

    // The same through the worker thread of the built kp.
    const r = spawnSync(process.execPath, [BIN, '--data', copy, 'match', '--from', 'Borlänge'], {
      encoding: 'utf8',
      env: { ...process.env, KP_NO_CACHE: '1' },
    });
    expect(r.status, r.stderr).toBe(65);
    // kp names the folder as the user would reach it from where kp runs (relative or absolute).
    expect(r.stderr).toContain(`${basename(copy)}/partners.yaml:${line}:12 INVALID_VALUE`);
  });

  it('refuses a file too large to read whole (anchors across records) in one line', () => {
    const copy = temp('kp-anchors-');
    cpSync(dir, copy, { recursive: true });
    const text = readFileSync(join(dir, 'partners.yaml'), 'utf8');
    const body = text.slice(text.indexOf('- '));
    const anchored = '- id: first\n  name: First\n  country: KE\n  themes: &t [refugees]\n';
    const copies = Array.from({ length: Math.ceil((17 * 2 ** 20) / body.length) }, (_, i) =>
      body.replace(/^- id: ([a-z0-9-]+)/gm, `- id: $1-c${i}`),
    );
    writeFileSync(join(copy, 'partners.yaml'), anchored + copies.join(''));
    const errors = loadDataDir(copy).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([expect.objectContaining({ code: 'TOO_LARGE_TO_READ_WHOLE', line: 1, col: 1 })]);
    expect(errors[0]!.message).toMatch(/^is \d+ MiB and uses anchors or aliases .* line 1\)/);
  });
});

describe('a long cold load of block-style data, in the built kp', () => {
  let big: string;
  beforeAll(() => {
    // 60,000 partnerships: the 3,000 repeated under new ids (quicker than generating them); a
    // cold load takes about two seconds on a quiet machine, so both signals land inside it.
    big = temp('kp-big-block-');
    cpSync(dir, big, { recursive: true });
    const text = readFileSync(join(dir, 'partnerships.yaml'), 'utf8');
    const body = text.slice(text.indexOf('- '));
    const copies = Array.from({ length: 20 }, (_, i) =>
      body.replace(/^- id: ([a-z0-9-]+)/gm, `- id: $1-c${i}`),
    );
    writeFileSync(join(big, 'partnerships.yaml'), copies.join(''));
  });

  it.each([400, 1200])(
    'Ctrl+C %i ms of CPU time in: exit 130 at once, no cache and no temporary file left',
    async (after) => {
      const cache = temp('kp-cache-');
      const r = await new Promise<{ code: number | null; stderr: string; ms: number }>((resolve) => {
        const child = spawn(process.execPath, [BIN, '--data', big, 'match', '--from', 'Borlänge'], {
          stdio: ['ignore', 'ignore', 'pipe'],
          env: { ...process.env, XDG_CACHE_HOME: cache, KP_NO_CACHE: '' },
        });
        let stderr = '';
        let sent = 0;
        child.stderr.on('data', (d) => (stderr += d));
        // After that much of the child's own CPU time: on a loaded machine a wall-clock delay
        // can fall before Node has installed its handlers.
        void afterCpu(child.pid!, after).then(() => {
          sent = Date.now();
          child.kill('SIGINT');
        });
        child.on('exit', (code) => resolve({ code, stderr, ms: Date.now() - sent }));
      });
      // How long the exit took, for the record (the bound is generous: the machine is shared).
      console.log(`SIGINT ${after} ms of CPU time into a cold load: exited ${r.ms} ms later`);
      expect(r.code, r.stderr).toBe(130);
      expect(r.stderr.trim()).toBe('kp: interrupted');
      expect(r.ms).toBeLessThan(5000);
      const folder = join(cache, 'kp');
      expect(existsSync(folder) ? readdirSync(folder) : []).toEqual([]);
      expect(readdirSync(big).sort()).toEqual(readdirSync(dir).sort());
    },
  );

  it('running out of memory is a one-line message and exit 65, not a crash', () => {
    const r = spawnSync(process.execPath, [BIN, '--data', big, 'match', '--from', 'Borlänge'], {
      encoding: 'utf8',
      env: { ...process.env, KP_NO_CACHE: '1', NODE_OPTIONS: '--max-old-space-size=40' },
    });
    expect(r.status, r.stderr).toBe(65);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^kp: loading the data in .* needs more memory than the \d+ MiB kp may use/),
    ]);
  });
});
