// kp --help and every command's --help: in Swedish with --lang sv (commander's own words too),
// English as it was; every example in them runs and prints something; commander's errors in
// Swedish with --lang sv and as commander writes them without.
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIST_KIND_NAMES } from '../../src/core/list-kinds.js';
import { COMPONENTS } from '../../src/core/weights.js';
import { DATA, kp } from '../helpers.js';

const COMMANDS = [[], ['match'], ['ask'], ['validate'], ['list'], ['show']];

const help = async (command: string[], lang?: string) => {
  const r = await kp([...command, '--help', ...(lang ? ['--lang', lang] : [])]);
  expect(r.code).toBe(0);
  return r.stdout;
};

/** What one types, the same in both languages: kinds and statuses are command-line words. */
const TYPED = new Set([
  ...LIST_KIND_NAMES,
  ...['active', 'former', 'interested', 'none', 'seeking', 'eligible', 'other', 'ended'],
  ...['municipalities:', 'partners:', 'countries:', 'partnerships:'],
]);

/**
 * The lines of a help that are prose: not an example command, not an option's flags alone, not
 * made only of words one types.
 */
const prose = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => /\p{L}{3}.*\s\p{L}{3}/u.test(l) && !l.startsWith('kp ') && !l.startsWith('{'))
    .filter((l) =>
      l
        .replace(/^-\S+(?:, \S+)?(?: <[^>]+>)?\s{2,}|^\S+\s{2,}/, '')
        .split(/[\s|;,]+/)
        .some((w) => w && !TYPED.has(w)),
    );

describe('--help --lang sv', () => {
  it.each(COMMANDS)('kp %s --help: no line of the English help is left', async (...command) => {
    const en = await help(command);
    const sv = await help(command, 'sv');
    const english = new Set(prose(en).map((l) => l.replace(/^\S+(?:, \S+)?(?: <[^>]+>)?\s{2,}/, '')));
    expect(english.size).toBeGreaterThan(3);
    const left = prose(sv).filter((l) => english.has(l.replace(/^\S+(?:, \S+)?(?: <[^>]+>)?\s{2,}/, '')));
    expect(left).toEqual([]);
    // commander's words.
    for (const w of ['Usage:', 'Options:', 'display help for command', 'default:', 'choices:', '[options]'])
      expect(sv).not.toContain(w);
  });

  it("commander's words in Swedish", async () => {
    const sv = await help([], 'sv');
    expect(sv).toMatch(/^Användning: kp \[flaggor\] \[kommando\]$/m);
    expect(sv).toMatch(/^Flaggor:$/m);
    expect(sv).toMatch(/^Kommandon:$/m);
    expect(sv).toMatch(/^ {2}-h, --help +visa hjälp för kommandot$/m);
    expect(sv).toMatch(/^ {2}help \[kommando\] +visa hjälp för ett kommando$/m);
    const match = await help(['match'], 'sv');
    expect(match).toMatch(/--lang <språk> +språk för etiketter \(val: "en", "sv", standard: "en"\)/);
    expect(match).toMatch(/-n, --limit <n> +hur många kandidater som visas \(standard: 10\)/);
  });

  it('English help is as commander writes it', async () => {
    const en = await help([]);
    expect(en).toMatch(/^Usage: kp \[options\] \[command\]$/m);
    expect(en).toMatch(/^ {2}help \[command\] +display help for command$/m);
    expect(await help(['match'])).toMatch(
      /--lang <lang> +language of labels \(choices: "en", "sv", default: "en"\)/,
    );
  });
});

describe('what the help says is true', () => {
  it.each([undefined, 'sv'])(
    'kp match --help (%s): the components are those --weight takes',
    async (lang) => {
      const text = (await help(['match'], lang)).replace(/\s+/g, ' ');
      expect(text).toContain(`: ${COMPONENTS.join(', ')} (`);
      expect(COMPONENTS).toContain('diaspora');
      expect(COMPONENTS).toContain('nearby');
    },
  );

  it('kp show --help: --format names only what show writes', async () => {
    const text = (await help(['show'])).replace(/\s+/g, ' ');
    expect(text).toContain('what the -o file name ends in, .json .xlsx; else table');
    const csv = await kp(['show', 'Borlänge', '-o', join(mkdtempSync(join(tmpdir(), 'kp-help-')), 'b.csv')]);
    expect(csv.code).toBe(2);
    const json = await kp([
      'show',
      'Borlänge',
      '-o',
      join(mkdtempSync(join(tmpdir(), 'kp-help-')), 'b.json'),
    ]);
    expect(json.code, json.stderr).toBe(0);
  });

  /** The example lines of a help: "  kp ...", up to two spaces before a comment. */
  const examplesIn = (text: string) =>
    [...text.matchAll(/^ {2}kp (.+?)(?: {2,}.*)?$/gm)].map((m) =>
      [...m[1]!.matchAll(/"([^"]*)"|(\S+)/g)].map((w) => w[1] ?? w[2]!),
    );

  it.each([undefined, 'sv'])(
    'every example in every --help (%s) runs and prints something',
    async (lang) => {
      const cwd = mkdtempSync(join(tmpdir(), 'kp-help-'));
      // The examples' own data folders: a copy of the shipped data.
      for (const d of ['my-data', 'mina-data']) cpSync(DATA, join(cwd, d), { recursive: true });
      const seen = new Set<string>();
      for (const command of COMMANDS) {
        for (const args of examplesIn(await help(command, lang))) {
          const line = args.join(' ');
          if (seen.has(line)) continue;
          seen.add(line);
          const r = await kp(args, { cwd });
          // kp ask needs a terminal, which an in-process run has not: exit 2, with the flags to use.
          if (args[0] === 'ask') {
            expect(r.code, line).toBe(2);
            continue;
          }
          expect(r.code, `${line}\n${r.stderr}`).toBe(0);
          // Written to a file (-o) or printed: never just a header.
          if (!args.includes('-o')) expect(r.stdout.trim().split('\n').length, line).toBeGreaterThan(1);
        }
      }
      expect(seen.size).toBeGreaterThan(15);
      // Some 20 runs of kp, on a loaded machine: no timing is asserted, only that they finish.
    },
    180_000,
  );
});

describe("commander's errors", () => {
  it.each([
    {
      args: ['match', '--foo'],
      en: /^kp: unknown option '--foo' \(Did you mean --from\?\) \(run 'kp --help' for usage\)\n$/,
      sv: /^kp: okänd flagga '--foo' \(Menade du --from\?\) \(kör 'kp --help' för hjälp\)\n$/,
    },
    {
      args: ['match', '--country', 'Kenya', '--theme'],
      en: /^kp: option '-t, --theme <name>' argument missing \(/,
      sv: /^kp: flaggan '-t, --theme <namn>' saknar värde \(/,
    },
    {
      args: ['list'],
      en: /^kp: missing required argument 'kind' \(/,
      sv: /^kp: argumentet 'slag' saknas \(/,
    },
    {
      args: ['lsit'],
      en: /^kp: unknown command 'lsit' \(Did you mean list\?\) \(/,
      sv: /^kp: okänt kommando 'lsit' \(Menade du list\?\) \(/,
    },
    {
      args: ['match', 'Kenya'],
      en: /^kp: too many arguments for 'match'\. Expected 0 arguments but got 1\. \(/,
      sv: /^kp: för många argument till 'match': 0 väntade, 1 givna\. \(/,
    },
    {
      args: ['list', 'themes', 'extra'],
      en: /^kp: too many arguments for 'list'\. Expected 1 argument but got 2\. \(/,
      sv: /^kp: för många argument till 'list': 1 väntat, 2 givna\. \(/,
    },
  ])('kp $args', async ({ args, en, sv }) => {
    const e = await kp(args);
    expect(e.code).toBe(2);
    expect(e.stderr).toMatch(en);
    const s = await kp([args[0]!, '--lang', 'sv', ...args.slice(1)]);
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(sv);
    expect(s.stderr).not.toMatch(/error|Did you mean|missing|unknown/);
    // One line, as kp's own errors.
    for (const r of [e, s]) expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  });
});
