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
