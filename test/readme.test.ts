// Every `kp` example in the README runs as written: each line of its ```sh blocks (and each
// `$ kp` line of a transcript) that calls kp, in-process, with the exit code the README implies.
// Examples added to the README are picked up here without a change to this file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DATA, kp, ROOT } from './helpers.js';

interface Example {
  /** As the README writes it. */
  readonly line: string;
  readonly args: string[];
  readonly comment: string;
}

/**
 * The README's documented exceptions to "exit 0", each with where the README says so. Kept few
 * and named: the test fails on one that no example uses.
 */
const EXCEPTIONS: Readonly<Record<string, { code: number; why: string }>> = Object.freeze({
  // "It needs a terminal: with stdin or stdout not a terminal ... it exits 2 at once" (kp ask);
  // in-process runs have no terminal.
  'kp ask': { code: 2, why: 'the questionnaire needs a terminal' },
});

/** Shell words of a command line: spaces split, "double" and 'single' quotes group. */
function words(text: string): string[] {
  const out: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = undefined;
      else word = (word ?? '') + ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      word ??= '';
    } else if (/\s/.test(ch)) {
      if (word !== undefined) out.push(word);
      word = undefined;
    } else word = (word ?? '') + ch;
  }
  if (word !== undefined) out.push(word);
  return out;
}

/** The line without its comment (a # after a space, outside quotes) and the comment. */
function splitComment(line: string): [string, string] {
  let quote: string | undefined;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quote) {
      if (ch === quote) quote = undefined;
    } else if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '#' && (i === 0 || /\s/.test(line[i - 1]!)))
      return [line.slice(0, i), line.slice(i + 1).trim()];
  }
  return [line, ''];
}

export function examples(readme: string): Example[] {
  const out: Example[] = [];
  let fence: string | undefined;
  for (const raw of readme.split('\n')) {
    const open = /^```(\w*)/.exec(raw);
    if (open) {
      fence = fence === undefined ? open[1] : undefined;
      continue;
    }
    if (fence === undefined) continue;
    // Shell blocks: every command of the line; transcripts: the lines typed after "$ ".
    const typed = fence === 'sh' ? raw : /^\$ (kp .*)$/.exec(raw)?.[1];
    if (!typed) continue;
    const [code, comment] = splitComment(typed);
    for (const part of code.split(/&&|;/)) {
      const w = words(part);
      const at = w[0] === 'npx' && w[1] === 'kp' ? 1 : w[0] === 'kp' ? 0 : -1;
      if (at >= 0) out.push({ line: typed.trim(), args: w.slice(at + 1), comment });
    }
  }
  return out;
}

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const EXAMPLES = examples(README);

/** The exit code the README implies: 0, or what its comment or a documented exception says. */
function expectedCode(e: Example): number {
  const said = /\bexits? (\d+)\b/.exec(e.comment);
  if (said) return Number(said[1]);
  return EXCEPTIONS[['kp', ...e.args].slice(0, 2).join(' ')]?.code ?? 0;
}

// Each example runs in a folder of its own (for -o files), where ./my-data is the shipped data,
// as the README's `kp validate --data ./my-data` assumes.
const base = mkdtempSync(join(tmpdir(), 'kp-readme-'));
afterAll(() => rmSync(base, { recursive: true, force: true }));
let n = 0;
function folder(): string {
  const dir = join(base, String(n++));
  mkdirSync(dir);
  symlinkSync(DATA, join(dir, 'my-data'));
  return dir;
}

describe('the README examples', () => {
  it('are found: every kp line of every shell block', () => {
    const lines = README.split('\n').filter((l) => /(^|\bnpx )kp /.test(l) && !l.startsWith('|'));
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(25);
    // No example is missed: each shell line that calls kp is among them.
    const shellLines = new Set(EXAMPLES.map((e) => e.line));
    for (const l of lines.filter((l) => /^(npm .*&& )?(npx )?kp /.test(l.trim())))
      expect(shellLines, l).toContain(l.trim());
  });

  it('use each documented exception to exit 0', () => {
    const used = new Set(EXAMPLES.map((e) => ['kp', ...e.args].slice(0, 2).join(' ')));
    for (const name of Object.keys(EXCEPTIONS)) expect(used, name).toContain(name);
    expect(Object.keys(EXCEPTIONS).length).toBeLessThanOrEqual(3);
  });

  it.each(EXAMPLES.map((e) => [e.line, e] as const))('%s', async (_, e) => {
    const cwd = folder();
    const r = await kp(e.args, { cwd });
    expect(r.code, r.stderr).toBe(expectedCode(e));
    if (r.code === 0 && !e.args.includes('-o')) expect(r.stdout.length).toBeGreaterThan(0);
    const o = e.args.indexOf('-o');
    if (o >= 0 && r.code === 0) {
      const file = join(cwd, e.args[o + 1]!);
      expect(existsSync(file), file).toBe(true);
      expect(statSync(file).size).toBeGreaterThan(0);
    }
  });
});
