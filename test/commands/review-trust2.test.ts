// Findings of the first-hour user review (3, 5, 7, 9, 12, 13): the tool tells the truth, and every
// format carries the whole answer, end to end through the CLI on the shipped data (as of 2026).
import { describe, expect, it } from 'vitest';
import { kp } from '../helpers.js';

const AS_OF = ['--as-of', '2026'];

describe('the footer says what --limit and --all do (finding 9)', () => {
  it.each([
    {
      name: 'to Sweden without --all: both, each with what it does',
      args: ['match', '--country', 'Kenya'],
      lang: 'en',
      expected:
        /^showing 10 of \d+; --limit N shows more, --all also ranks Swedish parties with no KP history$/m,
    },
    {
      name: 'to Sweden with --all: only --limit',
      args: ['match', '--country', 'Kenya', '--all'],
      lang: 'en',
      expected: /^showing 10 of \d+; --limit N shows more$/m,
    },
    {
      name: 'abroad: only --limit (--all is about Swedish parties)',
      args: ['match', '--from', 'Ekerö', '--include-ineligible'],
      lang: 'en',
      expected: /^showing 10 of \d+; --limit N shows more$/m,
    },
    {
      name: 'Swedish, with --all',
      args: ['match', '--country', 'Kenya', '--all'],
      lang: 'sv',
      expected: /^visar 10 av \d+; --limit N visar fler$/m,
    },
  ])('$name', async ({ args, lang, expected }) => {
    // Markdown: the notes unwrapped, one paragraph each.
    const r = await kp([...args, ...AS_OF, '--lang', lang, '--format', 'md']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(expected);
  });
});

describe('kp list partnerships is sorted (finding 12)', () => {
  it.each([
    { name: 'every partnership', args: [] as string[] },
    { name: 'in Kenya', args: ['--country', 'Kenya'] },
    { name: 'on a theme', args: ['--theme', 'waste'] },
  ])('$name: by first Swedish party (Swedish collation), then partner, then start year', async ({ args }) => {
    const r = await kp(['list', 'partnerships', ...args, ...AS_OF, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const rows: { id: string; parties: string[]; start?: number }[] = JSON.parse(r.stdout);
    const names = new Map<string, string>(
      JSON.parse((await kp(['list', 'municipalities', '--format', 'json'])).stdout).map(
        (m: { id: string; name: string }) => [m.id, m.name],
      ),
    );
    const partners = new Map<string, string>(
      JSON.parse((await kp(['list', 'partners', '--format', 'json'])).stdout).map(
        (m: { id: string; name: string }) => [m.id, m.name],
      ),
    );
    const collator = new Intl.Collator('sv');
    const key = (p: (typeof rows)[number]) => {
      const swedish = p.parties.find((id) => names.has(id));
      const abroad = p.parties.find((id) => id !== swedish && !names.has(id));
      return [swedish ? names.get(swedish)! : '', abroad ? (partners.get(abroad) ?? abroad) : ''];
    };
    expect(rows.length).toBeGreaterThan(2);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [key(rows[i - 1]!), key(rows[i]!)];
      const order =
        collator.compare(a[0]!, b[0]!) ||
        collator.compare(a[1]!, b[1]!) ||
        (rows[i - 1]!.start ?? 1e9) - (rows[i]!.start ?? 1e9);
      expect(order, `${rows[i - 1]!.id} before ${rows[i]!.id}`).toBeLessThanOrEqual(0);
    }
  });

  it('the table and CSV are in the same order as JSON', async () => {
    const j = JSON.parse(
      (await kp(['list', 'partnerships', '--country', 'Georgia', '--format', 'json'])).stdout,
    );
    const csv = (await kp(['list', 'partnerships', '--country', 'Georgia', '--format', 'csv'])).stdout;
    const ids = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',')[0]);
    expect(ids).toEqual(j.map((p: { id: string }) => p.id));
  });
});
