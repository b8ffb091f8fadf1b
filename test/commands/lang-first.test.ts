// --lang before the command, as people type it: `kp --lang sv match …`.
import { describe, expect, it } from 'vitest';
import { langAfterCommand } from '../../src/program.js';
import { kp } from '../helpers.js';

describe('langAfterCommand', () => {
  it.each([
    { argv: ['--lang', 'sv', 'match', '-c', 'KE'], expected: ['match', '--lang', 'sv', '-c', 'KE'] },
    { argv: ['--lang=sv', 'list', 'themes'], expected: ['list', '--lang=sv', 'themes'] },
    {
      argv: ['--as-of', '2020', '--lang', 'sv', 'show', 'Lund'],
      expected: ['--as-of', '2020', 'show', '--lang', 'sv', 'Lund'],
    },
    // Already after the command, no command at all, or after "--": as given.
    { argv: ['match', '--lang', 'sv'], expected: ['match', '--lang', 'sv'] },
    { argv: ['--lang', 'sv', '--help'], expected: ['--lang', 'sv', '--help'] },
    { argv: ['--', '--lang', 'sv', 'match'], expected: ['--', '--lang', 'sv', 'match'] },
  ])('$argv', ({ argv, expected }) => {
    expect(langAfterCommand(argv)).toEqual(expected);
  });

  it('kp --lang sv match: in Swedish, the same as kp match --lang sv', async () => {
    const first = await kp(['--lang', 'sv', 'match', '--country', 'Kenya', '--theme', 'flyktingar']);
    const after = await kp(['match', '--country', 'Kenya', '--theme', 'flyktingar', '--lang', 'sv']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toBe(after.stdout);
    expect(first.stdout).toMatch(/^Svenska parter för en kommun i Kenya/);
  });
});
