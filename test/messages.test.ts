// Every message a person reads exists in English and Swedish, with the same placeholders, and
// `--lang sv` shows none of the English ones.
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../src/core/weights.js';
import { fill, genitive } from '../src/messages/index.js';
import { allPairs, englishPieces, occurs } from './english.js';
import { kp } from './helpers.js';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message tables', () => {
  const pairs = allPairs();

  it('are found (the walk sees the tables)', () => {
    expect(pairs.length).toBeGreaterThan(150);
  });

  it.each(pairs.map((p) => [p.where, p] as const))('%s: both languages, same placeholders', (_, p) => {
    expect(typeof p.en, `${p.where}: English`).toBe('string');
    expect(typeof p.sv, `${p.where}: Swedish`).toBe('string');
    expect((p.en as string).trim(), `${p.where}: English is empty`).not.toBe('');
    expect((p.sv as string).trim(), `${p.where}: Swedish is empty`).not.toBe('');
    expect(placeholders(p.sv as string)).toEqual(placeholders(p.en as string));
  });
});

describe('genitive', () => {
  it.each([
    { lang: 'sv', name: 'Lodwar', expected: 'Lodwars' },
    { lang: 'sv', name: 'Cape Agulhas', expected: 'Cape Agulhas' },
    { lang: 'sv', name: 'Victoria Falls', expected: 'Victoria Falls' },
    { lang: 'sv', name: 'Kisumu County', expected: 'Kisumu Countys' },
    { lang: 'sv', name: 'Halmstad', expected: 'Halmstads' },
    { lang: 'sv', name: 'Fox', expected: 'Fox' },
    { lang: 'en', name: 'Cape Agulhas', expected: "Cape Agulhas's" },
    { lang: 'en', name: 'Lodwar', expected: "Lodwar's" },
  ] as const)('$lang $name → $expected', ({ lang, name, expected }) => {
    expect(genitive(lang, name)).toBe(expected);
    expect(fill('{name:gen} egna', { name }, lang)).toBe(`${expected} egna`);
  });

  it('a requester whose name ends in s: "använder Cape Agulhas egna", not "Cape Agulhass"', async () => {
    const r = await kp(['match', '--from', 'Cape Agulhas', '--lang', 'sv']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('använder Cape Agulhas egna (');
  });
});

describe('kp match --lang sv --explain', () => {
  it('prints no English message and scores with a decimal comma', async () => {
    const r = await kp(['match', '--country', 'Kenya', '--theme', 'refugees', '--lang', 'sv', '--explain']);
    expect(r.code).toBe(0);
    const text = r.stdout + r.stderr;
    const english = englishPieces().filter((piece) => occurs(text, piece));
    expect(english).toEqual([]);
    expect(r.stdout).toMatch(/\b53,2\b/);
    expect(r.stdout).not.toMatch(/\d\.\d/);
    expect(r.stderr).toContain('tema: refugees → Flyktingmottagande och integration');
  });

  it.each([
    { name: 'an unknown name', args: ['match', '--country', 'Narnia', '--lang', 'sv'], code: 2 },
    {
      name: 'a repeated option',
      args: ['match', '--country', 'Kenya', '--country', 'Uganda', '--lang', 'sv'],
      code: 2,
    },
    { name: 'a bad weight', args: ['match', '--country', 'Kenya', '--weight', 'x', '--lang', 'sv'], code: 2 },
    {
      name: 'a missing data folder',
      args: ['match', '--country', 'Kenya', '--data', '/no/such/dir', '--lang', 'sv'],
      code: 66,
    },
  ])('$name: the error is Swedish too', async ({ args, code }) => {
    const r = await kp(args);
    expect(r.code).toBe(code);
    // What the user typed is echoed as typed, and the names one types after --weight are ids.
    const said = [...args, ...COMPONENTS].reduce((text, a) => text.replaceAll(a, ''), r.stderr);
    expect(englishPieces().filter((piece) => occurs(said, piece))).toEqual([]);
  });
});
