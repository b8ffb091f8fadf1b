import { describe, expect, it } from 'vitest';
import { style } from '../../src/output/style.js';

describe('style', () => {
  it('adds nothing at level 0', () => {
    const s = style(0);
    expect([s.bold('a'), s.dim('b'), s.cyan('c'), s.green('d'), s.yellow('e')]).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
    ]);
  });

  it.each([
    { name: 'bold', text: style(1).bold('x'), expected: '\u001b[1mx\u001b[22m' },
    { name: 'dim', text: style(2).dim('x'), expected: '\u001b[2mx\u001b[22m' },
    { name: 'cyan', text: style(3).cyan('x'), expected: '\u001b[36mx\u001b[39m' },
    { name: 'empty text', text: style(1).bold(''), expected: '' },
    {
      name: 'dim inside bold: bold again after the dim ends',
      text: style(1).bold(`a${style(1).dim('b')}c`),
      expected: '\u001b[1ma\u001b[2mb\u001b[22m\u001b[1mc\u001b[22m',
    },
    {
      name: 'green inside yellow',
      text: style(1).yellow(`a${style(1).green('b')}c`),
      expected: '\u001b[33ma\u001b[32mb\u001b[39m\u001b[33mc\u001b[39m',
    },
  ])('$name', ({ text, expected }) => {
    expect(text).toBe(expected);
  });
});
