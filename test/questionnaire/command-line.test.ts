// The kp match line printed at the end must paste into a shell and mean the same thing.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { matchCommandLine, shellQuote } from '../../src/questionnaire/command-line.js';

describe('shellQuote', () => {
  it.each([
    { input: 'Kenya', expected: 'Kenya' },
    { input: 'Ekerö', expected: 'Ekerö' },
    { input: 'refugees,youth', expected: 'refugees,youth' },
    { input: 'theme=3,country=1', expected: 'theme=3,country=1' },
    { input: 'South Africa', expected: "'South Africa'" },
    { input: "Côte d'Ivoire", expected: "'Côte d'\\''Ivoire'" },
    { input: 'a$b', expected: "'a$b'" },
    { input: '*.csv', expected: "'*.csv'" },
    { input: '=ls', expected: "'=ls'" },
    { input: '', expected: "''" },
  ])('$input → $expected', ({ input, expected }) => {
    expect(shellQuote(input)).toBe(expected);
  });

  it.each(["Côte d'Ivoire", 'a $HOME `x` "y" \\ z', 'my list (2).csv', 'tab\there', 'Ekerö'])(
    'sh reads %j back unchanged',
    (input) => {
      const echoed = execFileSync('sh', ['-c', `printf '%s' ${shellQuote(input)}`], { encoding: 'utf8' });
      expect(echoed).toBe(input);
    },
  );
});

describe('matchCommandLine', () => {
  it.each([
    {
      name: 'a municipality abroad',
      args: { country: 'Kenya', themes: ['refugees'], lang: 'en' as const },
      expected: 'kp match --country Kenya --theme refugees',
    },
    {
      name: 'everything',
      args: {
        country: 'South Africa',
        themes: ['refugees', 'youth'],
        from: 'Ekerö',
        weight: 'size=6',
        lang: 'sv' as const,
        csv: { file: 'my list.csv', excel: true },
      },
      expected:
        "kp match --country 'South Africa' --theme refugees,youth --from Ekerö --weight size=6 --format csv --excel --lang sv -o 'my list.csv'",
    },
    {
      name: 'a file name that looks like an option',
      args: {
        from: 'Lodwar',
        themes: [],
        all: true,
        lang: 'en' as const,
        csv: { file: '-x.csv', excel: false },
      },
      expected: 'kp match --from Lodwar --all --format csv -o ./-x.csv',
    },
  ])('$name', ({ args, expected }) => {
    expect(matchCommandLine(args)).toBe(expected);
  });
});
