// What people read in a terminal, at the widths they have: snapshots at 50, 80 and 160 columns,
// and the facts (the country of every candidate, every theme) kept at each.
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';

const WIDTHS = [50, 80, 160] as const;

/** The lines of each ranked candidate: from its "N." line to the next one (or the notes). */
function rowsOf(table: string, n: number): string[] {
  const lines = table.split('\n');
  return Array.from({ length: n }, (_, i) => {
    const start = lines.findIndex((l) => l.trimStart().startsWith(`${i + 1}. `));
    expect(start, `row ${i + 1}`).toBeGreaterThan(-1);
    let end = start + 1;
    while (end < lines.length && lines[end] !== '' && !/^ ?\d+\. /.test(lines[end]!)) end++;
    return lines.slice(start, end).join('\n');
  });
}

describe.each([
  { name: 'Swedish parties for Kenya', args: ['match', '--country', 'Kenya', '--theme', 'refugees'] },
  { name: 'partners abroad for Ekerö', args: ['match', '--from', 'Ekerö', '--theme', 'citizen dialogue'] },
])('kp match: $name', ({ args }) => {
  it.each(WIDTHS)('at %i columns: the country in every row, lines within the width', async (width) => {
    const env = { COLUMNS: String(width) };
    const table = await kp(args, { env });
    const json = JSON.parse((await kp([...args, '--format', 'json'], { env })).stdout);
    expect(table.code).toBe(0);
    const countries = json.candidates.map((c: { country: string }) =>
      c.country === 'SE' ? 'Sweden' : c.country,
    );
    const listed = JSON.parse((await kp(['list', 'countries', '--format', 'json'])).stdout) as {
      id: string;
      name: string;
    }[];
    const names = new Map(listed.map((c) => [c.id, c.name]));
    rowsOf(table.stdout, json.candidates.length).forEach((row, i) => {
      const country = names.get(countries[i]) ?? countries[i];
      expect(row, `row ${i + 1} at ${width}`).toContain(country);
      expect(row).toContain(json.candidates[i].name.split(' ')[0]);
    });
    for (const line of table.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(width);
    expect(table.stdout).not.toContain('…');
  });
});

describe('snapshots', () => {
  it.each(WIDTHS)('kp match --country Kenya --theme refugees at %i columns', async (width) => {
    const r = await kp(['match', '--country', 'Kenya', '--theme', 'refugees'], {
      env: { COLUMNS: String(width) },
    });
    expect(r.stdout).toMatchSnapshot();
  });

  it.each(WIDTHS)('kp list themes at %i columns', async (width) => {
    const r = await kp(['list', 'themes'], { env: { COLUMNS: String(width) } });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatchSnapshot();
  });
});

describe('kp list themes', () => {
  it.each([...WIDTHS, 200])('at %i columns cuts nothing', async (width) => {
    const r = await kp(['list', 'themes'], { env: { COLUMNS: String(width) } });
    const themes = JSON.parse((await kp(['list', 'themes', '--format', 'json'])).stdout) as {
      id: string;
      label: { en: string };
    }[];
    expect(r.stdout).not.toContain('…');
    // Cells wrap within their column, so a label's words are all there, if on several lines.
    const words = new Set(r.stdout.split(/[\s,]+/));
    for (const t of themes) {
      expect(words).toContain(t.id);
      for (const w of t.label.en.split(/[\s,]+/)) expect(words, t.id).toContain(w);
    }
    for (const line of r.stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(width);
  });
});

describe('the width', () => {
  it.each([
    { name: 'COLUMNS', env: { COLUMNS: '120' }, tty: false, expected: 120 },
    { name: 'nothing: 80', env: {}, tty: false, expected: 80 },
    { name: 'a terminal without COLUMNS: its own (the buffer says 100)', env: {}, tty: true, expected: 100 },
    { name: 'COLUMNS over the terminal', env: { COLUMNS: '70' }, tty: true, expected: 70 },
  ])('$name', async ({ env, tty, expected }) => {
    const { outputWidth } = await import('../../src/io.js');
    const io = {
      stdout: { write: () => true, isTTY: tty, columns: 100 },
      stderr: { write: () => true },
      stdin: {},
      env,
      cwd: '/',
    };
    expect(outputWidth(io)).toBe(expected);
  });
});
