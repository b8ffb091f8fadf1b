// kp ask, in-process: the questionnaire driven by scripted answers against the shipped data.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { type AskOptions, askCommand } from '../../src/commands/ask.js';
import { createContext } from '../../src/shell/context.js';
import type { Io } from '../../src/io.js';
import { InterruptedError } from '../../src/errors.js';
import { report } from '../../src/run.js';
import { buffer, DATA, kp } from '../helpers.js';
import { CTRL_C, ENTER, type Script, scripted } from '../questionnaire/scripted.js';

let cwd: string;
beforeEach(() => {
  cwd = mkdtempSync(join(tmpdir(), 'kp-ask-'));
});
afterEach(() => rmSync(cwd, { recursive: true, force: true }));

/** Run `kp ask` with these flags on a pretend terminal, answering from the script. */
async function ask(script: Script, flags: Partial<AskOptions> = {}) {
  const out = buffer(true);
  const err = buffer(true);
  const io: Io = {
    stdout: out.stream,
    stderr: err.stream,
    stdin: { isTTY: true },
    env: { NO_COLOR: '1' },
    cwd,
  };
  const ctx = await createContext(
    io,
    { color: false, debug: false, quiet: false },
    { dir: DATA, snapshot: inject('snapshot') || undefined },
  );
  const s = scripted(script);
  let error: unknown;
  try {
    await askCommand(ctx, { lang: 'en', input: true, ...flags }, async () => s.prompter);
  } catch (e) {
    error = e;
  }
  return { stdout: out.text(), stderr: err.text(), asked: s.asked, left: s.left(), error };
}

/** The first ranked line of each ranking printed. */
const firsts = (stdout: string) => [...stdout.matchAll(/^ ?1\. (\S+)/gm)].map((m) => m[1]);

describe('kp ask without a terminal', () => {
  it.each([
    { name: 'stdin not a terminal', args: ['ask'], tty: false, hint: /needs a terminal/ },
    { name: '--no-input on a terminal', args: ['ask', '--no-input'], tty: true, hint: /--no-input/ },
    {
      name: 'flags are echoed as a kp match line',
      args: ['ask', '--country', 'Kenya', '--theme', 'refugees', '--theme', 'youth work'],
      tty: false,
      hint: /with your flags: kp match --country Kenya --theme refugees --theme 'youth work'/,
    },
  ])('$name: exit 2 and the kp match flags', async ({ args, tty, hint }) => {
    const r = await kp(args, { tty });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^kp: /);
    expect(r.stderr).toMatch(/kp match --country COUNTRY --theme THEME/);
    expect(r.stderr).toMatch(hint);
    expect(r.stdout).toBe('');
  });

  it('never makes a prompter: nothing can hang on a pipe', async () => {
    const ctx = await createContext(
      { stdout: buffer().stream, stderr: buffer().stream, stdin: {}, env: {}, cwd: '.' },
      { color: false, debug: false, quiet: false },
      { dir: DATA },
    );
    let made = false;
    const pending = askCommand(ctx, { lang: 'en', input: true }, async () => {
      made = true;
      throw new Error('should not be asked');
    });
    await expect(pending).rejects.toMatchObject({ exitCode: 2 });
    expect(made).toBe(false);
  });
});

describe('bad flags stop before any question, as in kp match', () => {
  it.each([
    { args: ['--from', 'Ekerö', '--all'], message: /--all widens the Swedish candidates/ },
    { args: ['--from', 'Lodwar', '--country', 'Uganda'], message: /conflicts with --from Lodwar/ },
    { args: ['--country', 'Narnia'], message: /no country matches "Narnia"/ },
    { args: ['--weight', 'speed=3'], message: /--weight "speed" is not a component/ },
    { args: ['--limit', '0'], message: /--limit takes a whole number/ },
  ])('kp ask $args', async ({ args, message }) => {
    const r = await kp(['ask', ...args], { tty: true });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
  });
});

describe('kp ask on a terminal', () => {
  it('from nothing to a saved CSV that holds the same ranking as kp match', async () => {
    const r = await ask([
      ['role', ENTER], // a municipality abroad
      ['from', ENTER], // not in the list
      ['country', 'kenia'],
      ['themes', 'flyktingar'],
      ['themes', ENTER], // done
      ['priority', ENTER],
      ['all', ENTER],
      ['next', 'save'],
      ['file', ENTER],
      ['excel', ENTER],
      ['next', 'quit'],
    ]);
    expect(r.error).toBeUndefined();
    expect(r.left).toBe(0);
    expect(firsts(r.stdout)).toEqual(['Borlänge']);
    expect(r.stdout).toMatch(/Swedish parties for a municipality in Kenya · themes: refugee inclusion/);

    const file = join(cwd, 'candidates-kenya.csv');
    const match = await kp(['match', '--country', 'Kenya', '--theme', 'refugees', '--format', 'csv']);
    expect(readFileSync(file, 'utf8')).toBe(match.stdout);
    expect(r.stderr).toMatch(/Saved 10 candidates to candidates-kenya\.csv/);
    // Picked from lists: no "country: KE → Kenya" or "theme: refugees → …" notes after the ranking.
    expect(r.stderr).not.toMatch(/→/);
    expect(r.stderr).toMatch(
      /The same without the questions:\n {2}kp match --country Kenya --theme refugees\nand the same file:\n {2}kp match --country Kenya --theme refugees --format csv -o candidates-kenya\.csv\n$/,
    );
  });

  it('with --country and --theme only confirmations are left', async () => {
    const r = await ask(
      [
        ['role', ENTER],
        ['from', ENTER],
        ['priority', ENTER],
        ['all', ENTER],
        ['next', 'quit'],
      ],
      { country: 'Kenya', theme: ['refugees'] },
    );
    expect(r.error).toBeUndefined();
    expect(r.asked.map((q) => q.id)).toEqual(['role', 'from', 'priority', 'all', 'next']);
    expect(firsts(r.stdout)).toEqual(['Borlänge']);
    // The municipality search offers the ones in Kenya, "not in the list" first so Enter takes it.
    expect(r.asked[1]!.message).toMatch(/Which municipality in Kenya/);
    expect(r.asked[1]!.choices!.map((c) => c.name).slice(0, 2)).toEqual([
      'Not in the list: choose the country instead',
      expect.stringMatching(/\(.*Kenya\)$/),
    ]);
  });

  it('never replaces a file without asking; declining suggests a free name', async () => {
    writeFileSync(join(cwd, 'candidates-kenya.csv'), 'old\n');
    const r = await ask(
      [
        ['role', ENTER],
        ['from', ENTER],
        ['priority', ENTER],
        ['all', ENTER],
        ['next', 'save'],
        ['file', ENTER],
        ['replace', ENTER], // no
        ['file', ENTER], // the suggested free name
        ['excel', ENTER],
        ['next', 'save'],
        ['file', 'candidates-kenya.csv'],
        ['replace', true],
        ['excel', true],
        ['next', 'quit'],
      ],
      { country: 'Kenya', theme: ['refugees'] },
    );
    expect(r.error).toBeUndefined();
    const files = r.asked.filter((q) => q.id === 'file');
    expect(files).toHaveLength(3);
    expect(readFileSync(join(cwd, 'candidates-kenya-2.csv'), 'utf8')).toMatch(/^rank,name,/);
    // Replaced only after a yes, and with the Excel variant chosen then.
    expect(readFileSync(join(cwd, 'candidates-kenya.csv'), 'utf8')).toMatch(/^\uFEFF"rank";"name";/);
    expect(r.stderr).toMatch(/--format csv --excel -o candidates-kenya\.csv\n$/);
  });

  const upToSave: Script = [
    ['role', ENTER],
    ['from', ENTER],
    ['priority', ENTER],
    ['all', ENTER],
    ['next', 'save'],
    ['file', ENTER],
  ];
  it('a file name ending in .xlsx saves a workbook, without the CSV question', async () => {
    const r = await ask([...upToSave.slice(0, 5), ['file', 'kenya.xlsx'], ['next', 'quit']], {
      country: 'Kenya',
      theme: ['refugees'],
    });
    expect(r.error).toBeUndefined();
    expect(r.asked.map((q) => q.id)).not.toContain('excel');
    expect(readFileSync(join(cwd, 'kenya.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(r.stderr).toMatch(/kp match --country Kenya --theme refugees -o kenya\.xlsx\n$/);
  });

  it.each([
    { at: 'role', script: [['role', CTRL_C]] },
    { at: 'priority', script: [...upToSave.slice(0, 2), ['priority', CTRL_C]] },
    { at: 'file', script: [...upToSave.slice(0, 5), ['file', CTRL_C]] },
    { at: 'replace', script: [...upToSave, ['replace', CTRL_C]], existing: true },
    { at: 'excel', script: [...upToSave, ['excel', CTRL_C]] },
  ] as { at: string; script: Script; existing?: boolean }[])(
    'Ctrl+C at $at: exit 130, a short message, no file written',
    async ({ script, existing }) => {
      const file = join(cwd, 'candidates-kenya.csv');
      if (existing) writeFileSync(file, 'old\n');
      const r = await ask(script, { country: 'Kenya', theme: ['refugees'] });
      expect(r.error).toBeInstanceOf(InterruptedError);
      const err = buffer();
      expect(report(r.error, ioOf(err.stream), false)).toBe(130);
      expect(err.text()).toBe('kp: interrupted\n');
      expect(existing ? readFileSync(file, 'utf8') : existsSync(file)).toBe(existing ? 'old\n' : false);
      expect(readdirSync(cwd).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    },
  );

  it('change an answer and rank again; the command line follows', async () => {
    const r = await ask(
      [
        ['role', ENTER],
        ['from', ENTER],
        ['priority', ENTER],
        ['all', ENTER],
        ['next', 'change'],
        ['change', 'country'],
        ['country', 'Uganda'],
        ['next', 'change'],
        ['change', 'priority'],
        ['priority', 'country=3,region=3'],
        ['next', 'quit'],
      ],
      { country: 'Kenya', theme: ['refugees'] },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout.match(/Swedish parties for a municipality in (\w+)/g)).toEqual([
      'Swedish parties for a municipality in Kenya',
      'Swedish parties for a municipality in Uganda',
      'Swedish parties for a municipality in Uganda',
    ]);
    const changeMenu = r.asked.find((q) => q.id === 'change')!;
    expect(changeMenu.choices!.map((c) => c.name)).toContain('Country: Kenya');
    expect(r.stderr).toMatch(/kp match --country Uganda --theme refugees --weight country=3,region=3\n$/);
  });

  it('--limit: more candidates shown and saved, and in the command line', async () => {
    const r = await ask(
      [
        ['role', ENTER],
        ['from', ENTER],
        ['priority', ENTER],
        ['all', ENTER],
        ['next', 'save'],
        ['file', 'top20.csv'],
        ['excel', ENTER],
        ['next', 'quit'],
      ],
      { country: 'Kenya', theme: ['refugees'], limit: '20' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toMatch(/^20\. /m);
    expect(readFileSync(join(cwd, 'top20.csv'), 'utf8').trim().split('\n')).toHaveLength(21);
    expect(r.stderr).toMatch(
      /kp match --country Kenya --theme refugees --limit 20 --format csv -o top20\.csv\n$/,
    );
  });

  it("shows one candidate's full profile", async () => {
    const r = await ask(
      [
        ['role', ENTER],
        ['from', ENTER],
        ['priority', ENTER],
        ['all', ENTER],
        ['next', 'show'],
        ['candidate', 'borlange'],
        ['next', 'quit'],
      ],
      { country: 'Kenya', theme: ['refugees'] },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toMatch(/^Borlänge — municipality, Dalarnas län$/m);
    expect(r.stdout).toMatch(/^ {2}KP partnerships \(\d+\)$/m);
  });

  it.each([
    { lang: 'en', score: /^1\. \S+ \(\d+\.\d\)$/ },
    { lang: 'sv', score: /^1\. \S+ \(\d+,\d\)$/ },
  ] as const)('"Which candidate?" ($lang): scores as the table writes them', async ({ lang, score }) => {
    const r = await ask(
      [
        ['role', ENTER],
        ['from', ENTER],
        ['priority', ENTER],
        ['all', ENTER],
        ['next', 'show'],
        ['candidate', 'borlange'],
        ['next', 'quit'],
      ],
      { country: 'Kenya', theme: ['refugees'], lang },
    );
    expect(r.error).toBeUndefined();
    const pick = r.asked.find((q) => q.id === 'candidate')!;
    expect(pick.choices![0]!.name).toMatch(score);
    // The same number as the ranking's first row.
    const first = /^ ?1\. \S+.*?(\d+[.,]\d)\s/m.exec(r.stdout)![1]!;
    expect(pick.choices![0]!.name).toContain(`(${first})`);
  });

  it('a Swedish municipality: country is a filter (any by default), its own themes, size on offer', async () => {
    const r = await ask(
      [
        ['role', 'sweden'],
        ['from', 'ekerö'],
        ['country', ENTER], // any partner country
        ['themes', ENTER], // no particular theme: Ekerö's own
        ['priority', ENTER],
        ['next', 'quit'],
      ],
      {},
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toMatch(/Municipalities abroad for Ekerö/);
    expect(r.stderr).toMatch(/themes: none chosen; using Ekerö's own/);
    const themes = r.asked.find((q) => q.id === 'themes')!;
    expect(themes.choices![0]!.name).toBe("No particular theme: use Ekerö's own");
    const priority = r.asked.find((q) => q.id === 'priority')!;
    expect(priority.choices!.map((c) => c.name)).toContain('A municipality of similar size');
    expect(r.stderr).toMatch(/kp match --from Ekerö\n$/);
  });

  it('Enter at the theme question before any is chosen is "no particular theme", not the first theme', async () => {
    const r = await ask([
      ['role', ENTER], // a municipality abroad
      ['from', ENTER], // not in the list
      ['country', 'kenia'],
      ['themes', ENTER],
      ['priority', ENTER],
      ['all', ENTER],
      ['next', 'quit'],
    ]);
    expect(r.error).toBeUndefined();
    const themes = r.asked.find((q) => q.id === 'themes')!;
    expect(themes.choices![0]!.name).toBe('No particular theme');
    expect(r.stdout).toMatch(/Swedish parties for a municipality in Kenya · no themes given/);
    expect(r.stderr).toMatch(/kp match --country Kenya\n$/);
  });

  it("a country off ICLD's current list, when asked for by name, shows its candidates flagged", async () => {
    const r = await ask(
      [
        ['themes', ENTER],
        ['priority', ENTER],
        ['next', 'quit'],
      ],
      { from: 'Ekerö', country: 'Georgien' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stdout).toMatch(/^ ?1\. Tbilis/m);
    expect(r.stdout).toMatch(/\* country not on ICLD's current list/);
    expect(r.stderr).toMatch(/kp match --country Georgia --from Ekerö --include-ineligible\n$/);
  });

  it('a programme officer picks a known municipality abroad: its country comes along', async () => {
    const r = await ask([
      ['role', 'officer'],
      ['from', 'lodwar'],
      ['themes', ENTER],
      ['priority', ENTER],
      ['all', ENTER],
      ['next', 'quit'],
    ]);
    expect(r.error).toBeUndefined();
    expect(r.asked.map((q) => q.id)).not.toContain('country');
    expect(r.stdout).toMatch(/Swedish parties for Lodwar/);
    expect(r.stdout).toMatch(/Earlier partners \(not ranked\): Borlänge/);
    expect(r.stderr).toMatch(/kp match --from Lodwar\n$/);
  });

  it('"Gulu" and Enter is "not in the list", never a typo of Oulu (Finland)', async () => {
    const r = await ask([
      ['role', ENTER],
      ['from', { type: 'Gulu' }],
      ['country', 'Uganda'],
      ['themes', 'youth'],
      ['themes', ENTER],
      ['priority', ENTER],
      ['all', ENTER],
      ['next', 'quit'],
    ]);
    expect(r.error).toBeUndefined();
    expect(r.asked.map((q) => q.id)).toContain('country');
    expect(r.stdout).toMatch(/Swedish parties for a municipality in Uganda/);
  });

  it('finds "Lunds kommun" as it is written, in Swedish', async () => {
    const r = await ask(
      [
        ['role', 'sweden'],
        ['from', { type: 'Lunds kommun' }],
        ['country', ENTER],
        ['themes', 'mänskliga rättigheter'],
        ['themes', ENTER],
        ['priority', ENTER],
        ['next', 'quit'],
      ],
      { lang: 'sv' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stderr).toMatch(/kp match --theme human-rights --from Lund --lang sv/);
  });

  it.each([
    { type: 'Kijev', from: 'Kyiv' }, // the older Swedish exonym
    { type: 'Kishinev', from: 'Chișinău' }, // the English one
  ])('finds "$type" in Swedish: Enter takes $from', async ({ type, from }) => {
    const r = await ask(
      [
        ['role', ENTER],
        ['from', { type }],
        ['themes', ENTER],
        ['priority', ENTER],
        ['all', ENTER],
        ['next', 'quit'],
      ],
      { lang: 'sv' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stderr).toMatch(new RegExp(`kp match --from ${from} --lang sv\\n$`));
  });

  it('finds "Ekerö komun" as a typo of Ekerö', async () => {
    const r = await ask(
      [
        ['role', 'sweden'],
        ['from', { type: 'Ekerö komun' }],
        ['country', ENTER],
        ['themes', ENTER],
        ['priority', ENTER],
        ['next', 'quit'],
      ],
      { lang: 'sv' },
    );
    expect(r.error).toBeUndefined();
    expect(r.stderr).toMatch(/kp match --from Ekerö --lang sv\n$/);
  });

  it('asks in Swedish with --lang sv, and a flag answers the first questions', async () => {
    const r = await ask(
      [
        ['themes', { type: 'avfall' }],
        ['themes', ENTER],
        ['priority', ENTER],
        ['all', true],
        ['next', 'quit'],
      ],
      { from: 'Lodwar', lang: 'sv' },
    );
    expect(r.error).toBeUndefined();
    expect(r.asked[0]!.message).toMatch(/^Vilka teman\?/);
    expect(r.stdout).toMatch(/Svenska parter för Lodwar · teman: avfallshantering/);
    expect(r.stderr).toMatch(
      /Samma sak utan frågor:\n {2}kp match --theme waste-management --from Lodwar --all --lang sv\n$/,
    );
  });
});

function ioOf(stderr: Io['stderr']): Io {
  return { stdout: buffer().stream, stderr, stdin: {}, env: {}, cwd: '.' };
}
