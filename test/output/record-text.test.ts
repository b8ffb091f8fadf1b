// kp show's text fits the width it is given (COLUMNS here, as the terminal's would be): every
// line, in both languages, for records with long notes, many relations and long URLs. Nothing is
// lost to the wrapping: each line of the unwrapped text comes back whole, as one line and its
// continuations (indented further), and only a URL wider than the width runs past it.
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';
import { isUrl } from '../../src/output/width.js';

const THEMES = ['refugees', 'local democracy'];
const NAMES = ['Borlänge', 'Umeå', 'Lodwar', 'Palapye', 'Kenya', ...THEMES];
const WIDTHS = [50, 80, 160];
/** Wide enough that nothing wraps. */
const UNWRAPPED = 100_000;

// A line that is one web address, as fill() tells them (never broken, outdented to fit).
const URL = { test: (l: string) => !/\s/.test(l) && isUrl(l) };
const indentOf = (line: string) => line.length - line.trimStart().length;

async function show(name: string, lang: string, columns: number, env: Record<string, string> = {}) {
  const r = await kp(['show', name, '--lang', lang], {
    env: { COLUMNS: String(columns), NO_COLOR: '1', ...env },
  });
  expect(r.code, r.stderr).toBe(0);
  return r.stdout.replace(/\n$/, '').split('\n');
}

/**
 * `narrow` as groups, one per line of `wide`: a line and the lines it continues on, which joined
 * with spaces give the wide line back. Fails where they do not.
 */
function groups(wide: string[], narrow: string[]): string[][] {
  const out: string[][] = [];
  let j = 0;
  for (const w of wide) {
    const whole = w.trim();
    const group = [narrow[j++] ?? ''];
    const joined = () => group.map((l) => l.trim()).join(' ');
    while (joined() !== whole && j < narrow.length && whole.startsWith(`${joined()} ${narrow[j]!.trim()}`))
      group.push(narrow[j++]!);
    expect(joined(), `the line "${w}"`).toBe(whole);
    out.push(group);
  }
  expect(j).toBe(narrow.length);
  return out;
}

describe.each(['en', 'sv'])('kp show --lang %s', (lang) => {
  it.each(NAMES)('%s fits 50, 80 and 160 columns, and loses nothing', async (name) => {
    const wide = await show(name, lang, UNWRAPPED);
    const words = wide.join(' ').split(/ +/).filter(Boolean).sort();
    for (const width of WIDTHS) {
      const lines = await show(name, lang, width);
      const over = lines.filter(
        (l) => stringWidth(l) > width && !(URL.test(l.trim()) && stringWidth(l.trim()) > width),
      );
      expect(over, `wider than ${width}`).toEqual([]);
      // Broken at spaces only: the same words (a no-break space joins, as in "51 354").
      expect(lines.join(' ').split(/ +/).filter(Boolean).sort()).toEqual(words);
      // A URL moves left of its place only to fit the width, exactly.
      const movedUrl = (l: string) => URL.test(l.trim()) && stringWidth(l) === width;
      const all = groups(wide, lines);
      for (const [i, group] of all.entries()) {
        const start = indentOf(wide[i]!);
        if (!movedUrl(group[0]!)) expect(indentOf(group[0]!), group[0]).toBe(start);
        // Continuations further in than their line; each list of names under a theme's heading
        // ("Swedish parties working on it", "Partners abroad working on it") is one paragraph.
        const paragraph = THEMES.includes(name) && /working on it|arbetar med det/.test(wide[i - 1] ?? '');
        for (const more of group.slice(1))
          if (paragraph) expect(indentOf(more), more).toBe(start);
          else if (!movedUrl(more)) expect(indentOf(more), more).toBeGreaterThan(start);
      }
    }
  });
});

describe('kp show', () => {
  it('wraps where the text is wider than the width, and not where it is not', async () => {
    const narrow = await show('Borlänge', 'en', 80);
    const wide = await show('Borlänge', 'en', 160);
    expect(narrow.length).toBeGreaterThan(wide.length);
    // The notes, one 700-column line unwrapped, take one line per 80 columns or so.
    const notes = narrow.findIndex((l) => l.startsWith('  Notes: '));
    expect(narrow.slice(notes + 1, notes + 9).every((l) => l.startsWith('    ') && stringWidth(l) > 60)).toBe(
      true,
    );
    // At 160, a relation heading of 120 columns stays whole: nothing wraps at a fixed 88.
    expect(wide).toContain(
      '    Lodwar, Kenya (förberedelse → projekt, förberedelse completed by Mar 2019; 3-yr project applied for 2019, ended)',
    );
  });

  it('keeps a URL whole on a line of its own, however narrow', async () => {
    const url =
      'https://www.borlange.se/nyheter/aktuellt/arkiv/2019-03-26-demokratistarkande-internationellt-samarbete';
    for (const width of [20, 50, 80]) expect(await show('Borlänge', 'en', width)).toContain(`      ${url}`);
    // One that fits the width but not after its indent (4) moves left to fit, by 2 here.
    const source = 'https://icld.se/artikel/en-var-full-av-kommunbesok/';
    const lines = await show('Borlänge', 'en', source.length + 2);
    expect(lines).toContain(`  ${source}`);
    expect(lines[lines.indexOf(`  ${source}`) - 1]).toBe('  Source:');
  });

  it('keeps the no-break space in Swedish numbers, and a per cent sign on its number', async () => {
    for (const width of WIDTHS) {
      const text = (await show('Umeå', 'sv', width)).join('\n');
      expect(text).toContain('135\u00a0273');
      expect(text).not.toMatch(/\d\n\s*%/);
    }
  });

  it('in colour, is the plain text with colour codes around the same columns', async () => {
    for (const name of ['Borlänge', 'Palapye', 'Kenya', 'refugees']) {
      const plain = await show(name, 'en', 50);
      const coloured = await show(name, 'en', 50, { NO_COLOR: '', FORCE_COLOR: '1' });
      expect(coloured.join('\n')).toMatch(/\u001b\[/);
      expect(coloured.map((l) => l.replace(/\u001b\[\d+m/g, ''))).toEqual(plain);
    }
  });
});
