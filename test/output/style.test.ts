import { describe, expect, it } from 'vitest';
import { PLAIN, style } from '../../src/output/style.js';

describe('style', () => {
  it('adds nothing at level 0, without chalk', async () => {
    expect(await style(0)).toBe(PLAIN);
    const s = PLAIN;
    expect([s.bold('a'), s.dim('b'), s.cyan('c'), s.green('d'), s.yellow('e')]).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it.each([
    { name: 'bold', level: 1, text: (s) => s.bold('x'), expected: '\u001b[1mx\u001b[22m' },
    { name: 'dim', level: 2, text: (s) => s.dim('x'), expected: '\u001b[2mx\u001b[22m' },
    { name: 'cyan', level: 3, text: (s) => s.cyan('x'), expected: '\u001b[36mx\u001b[39m' },
    { name: 'empty text', level: 1, text: (s) => s.bold(''), expected: '' },
    {
      name: 'dim inside bold: bold again after the dim ends',
      level: 1,
      text: (s) => s.bold(`a${s.dim('b')}c`),
      expected: '\u001b[1ma\u001b[2mb\u001b[22m\u001b[1mc\u001b[22m',
    },
    {
      name: 'green inside yellow',
      level: 1,
      text: (s) => s.yellow(`a${s.green('b')}c`),
      expected: '\u001b[33ma\u001b[32mb\u001b[39m\u001b[33mc\u001b[39m',
    },
  ] as const satisfies readonly {
    name: string;
    level: 1 | 2 | 3;
    text: (s: Awaited<ReturnType<typeof style>>) => string;
    expected: string;
  }[])('$name (chalk)', async ({ level, text, expected }) => {
    expect(text(await style(level))).toBe(expected);
  });
});
