// Every `kp` example in the README runs as written: each line of its ```sh blocks (and each
// `$ kp` line of a transcript) that calls kp, in-process, with the exit code the README implies.
// Examples added to the README are picked up here without a change to this file.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { askCommand } from '../src/commands/ask.js';
import type { Io } from '../src/io.js';
import type { Choice, Prompter, SearchQuestion } from '../src/questionnaire/prompter.js';
import { createContext } from '../src/shell/context.js';
import { DATA, kp, ROOT } from './helpers.js';
import { ENTER, type Script, scripted } from './questionnaire/scripted.js';

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

/** A transcript's command line: `$ kp ...`, or `$ COLUMNS=N kp ...` for output N columns wide. */
const TYPED = /^\$ (?:COLUMNS=(\d+) )?(kp .*)$/;

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
    // Shell blocks: every command of the line; transcripts: the lines typed after "$ " (and
    // the width they were printed at, COLUMNS=N, before kp).
    const typed = fence === 'sh' ? raw : TYPED.exec(raw)?.[2];
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

/** A sample of output in the README: the command typed after "$ " and the lines shown under it. */
interface Sample {
  readonly line: string;
  readonly args: string[];
  /** The width the sample was printed at: COLUMNS=N on its line, else 80 (kp's off a terminal). */
  readonly columns: number;
  readonly shown: string[];
}

/** Every transcript block's `$ kp` lines, each with the lines under it up to the next `$ ` line. */
export function samples(readme: string): Sample[] {
  const out: Sample[] = [];
  let fence: string | undefined;
  let current: Sample | undefined;
  for (const raw of readme.split('\n')) {
    const open = /^```(\w*)/.exec(raw);
    if (open) {
      fence = fence === undefined ? open[1] : undefined;
      current = undefined;
      continue;
    }
    if (fence !== '') continue;
    const typed = TYPED.exec(raw);
    if (typed) {
      current = { line: raw, args: words(typed[2]!).slice(1), columns: Number(typed[1] ?? 80), shown: [] };
      out.push(current);
    } else if (raw.startsWith('$ ')) current = undefined;
    else current?.shown.push(raw);
  }
  return out;
}

/** A line of a sample that stands for any number of lines left out. */
const SKIP = '…';
/** A line that ends so was cut: it stands for a line that starts with what comes before. */
const CUT = ' …';

/**
 * The real output as the sample shows it: where the sample leaves lines out ("…") or cuts one
 * (" …" at its end), so does this; everything else as printed (trailing spaces dropped). Equal to
 * the sample when the sample is true to the output; where it is not, the difference shows.
 */
export function asShown(shown: readonly string[], printed: readonly string[]): string[] {
  const lines = shown.map((l) => l.trimEnd());
  const real = printed.map((l) => l.trimEnd());
  while (real.at(-1) === '') real.pop();
  const fits = (sample: string, line: string | undefined) =>
    line !== undefined &&
    (sample.endsWith(CUT) ? line.startsWith(sample.slice(0, -CUT.length)) : line === sample);
  const out: string[] = [];
  let j = 0;
  for (const [i, s] of lines.entries()) {
    if (s === SKIP) {
      // Left out: the lines up to the next one the sample shows (the rest, at its end).
      const next = lines[i + 1];
      const at = next === undefined ? real.length : real.findIndex((l, k) => k >= j && fits(next, l));
      if (at >= 0) j = at;
      out.push(SKIP);
    } else {
      out.push(fits(s, real[j]) ? s : (real[j] ?? '(end of output)'));
      j++;
    }
  }
  const open = lines.length > 0 && (lines.at(-1) === SKIP || lines.at(-1)!.endsWith(CUT));
  return open ? out : [...out, ...real.slice(j)];
}

/** The answers the README's `kp ask` transcript gives, question by question. */
const ASK_SCRIPT: Script = [
  ['role', ENTER], // a municipality abroad
  ['from', ENTER], // not in the list
  ['country', 'Kenya'],
  ['themes', 'refugees'],
  ['themes', ENTER], // done
  ['priority', ENTER], // a balance
  ['all', ENTER], // no
  ['next', 'save'],
  ['file', 'candidates-kenya.csv'],
  ['excel', ENTER], // no
  ['next', 'quit'],
];

/** The answer as inquirer shows it after the question: a choice's short name, else its name. */
const shownName = <V>(choices: readonly Choice<V>[], value: V) => {
  const c = choices.find((x) => x.value === value);
  return c ? (c.short ?? c.name) : String(value);
};

/**
 * `kp ask` on a pretend terminal `columns` wide, answering from ASK_SCRIPT: what it printed, in
 * order, and the line inquirer would leave for each question ("✔ question answer").
 */
async function askTranscript(columns: number, cwd: string) {
  const chunks: string[] = [];
  const stream = { write: (s: string | Uint8Array) => (chunks.push(String(s)), true), isTTY: true, columns };
  const io: Io = { stdout: stream, stderr: stream, stdin: { isTTY: true }, env: { NO_COLOR: '1' }, cwd };
  const ctx = await createContext(
    io,
    { color: false, debug: false, quiet: false },
    { dir: DATA, snapshot: inject('snapshot') || undefined },
  );
  const s = scripted(ASK_SCRIPT);
  const answered: string[] = [];
  const said = (message: string, answer: string) => answered.push(`✔ ${message} ${answer}`);
  const p = s.prompter;
  const prompter: Prompter = {
    select: async (q) => {
      const v = await p.select(q);
      said(q.message, shownName(q.choices, v));
      return v;
    },
    search: async <V>(q: SearchQuestion<V>) => {
      // The choices of the last thing typed: the answer is one of them.
      let last: readonly Choice<V>[] = [];
      const v = await p.search({ ...q, source: (term) => (last = q.source(term)) });
      said(q.message, shownName(last, v));
      return v;
    },
    input: async (q) => {
      const v = await p.input(q);
      said(q.message, v);
      return v;
    },
    confirm: async (q) => {
      const v = await p.confirm(q);
      said(q.message, v ? 'Yes' : 'No');
      return v;
    },
  };
  await askCommand(ctx, { lang: 'en', input: true }, async () => prompter);
  expect(s.left()).toBe(0);
  return { printed: chunks.join('').split('\n'), answered };
}

const SAMPLES = samples(README);

describe('the README samples of output', () => {
  it('are found', () => {
    expect(SAMPLES.map((s) => s.args[0])).toEqual(expect.arrayContaining(['ask', 'show', 'list']));
    for (const s of SAMPLES) expect(s.shown.length, s.line).toBeGreaterThan(0);
  });

  it.each(SAMPLES.map((s) => [s.line, s] as const))('%s prints what the README shows', async (_, s) => {
    if (s.args[0] === 'ask') {
      // The questions (inquirer draws "✔ question answer") are the ones kp asks, in order; the
      // other lines are what kp prints between them.
      const { printed, answered } = await askTranscript(s.columns, folder());
      expect(s.shown.filter((l) => l.startsWith('✔ '))).toEqual(answered);
      const rest = s.shown.filter((l) => !l.startsWith('✔ '));
      expect(asShown(rest, printed)).toEqual(rest.map((l) => l.trimEnd()));
      return;
    }
    const r = await kp(s.args, { env: { COLUMNS: String(s.columns), NO_COLOR: '1' }, cwd: folder() });
    expect(r.code, r.stderr).toBe(0);
    expect(asShown(s.shown, r.stdout.split('\n'))).toEqual(s.shown.map((l) => l.trimEnd()));
  });
});

describe('asShown', () => {
  it.each<{ name: string; shown: string[]; printed: string[]; same: boolean }>([
    { name: 'the same lines', shown: ['a', 'b'], printed: ['a', 'b', ''], same: true },
    { name: 'a line differs', shown: ['a', 'b'], printed: ['a', 'c'], same: false },
    { name: 'lines left out', shown: ['a', '…', 'd'], printed: ['a', 'b', 'c', 'd'], same: true },
    { name: 'the rest left out', shown: ['a', '…'], printed: ['a', 'b', 'c'], same: true },
    { name: 'more printed than shown', shown: ['a', 'b'], printed: ['a', 'b', 'c'], same: false },
    { name: 'a cut line', shown: ['a', 'b c …'], printed: ['a', 'b c d', 'e'], same: true },
    { name: 'a cut line that differs', shown: ['a', 'b x …'], printed: ['a', 'b c d'], same: false },
    {
      name: 'a line after a gap that is not there',
      shown: ['a', '…', 'z'],
      printed: ['a', 'b'],
      same: false,
    },
    { name: 'trailing spaces', shown: ['a  '], printed: ['a'], same: true },
  ])('$name', ({ shown, printed, same }) => {
    expect(asShown(shown, printed).join('\n') === shown.map((l) => l.trimEnd()).join('\n')).toBe(same);
  });
});
