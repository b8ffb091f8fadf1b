// Every message a person reads exists in English and Swedish, with the same placeholders, and
// `--lang sv` shows none of the English ones.
import { describe, expect, it } from 'vitest';
import { COMPONENTS } from '../src/core/weights.js';
import { fill, genitive, MESSAGES } from '../src/messages/index.js';
import {
  COMPONENT_LABEL,
  KIND_LABEL,
  PHASE_LABEL,
  PROGRAMME_LABEL,
  STATUS_LABEL,
} from '../src/output/labels.js';
import { MATCH_WORDS } from '../src/output/match.js';
import { REASON_WORDS } from '../src/output/reasons.js';
import { NEXT, PRIORITIES, ROLES, TEXT } from '../src/questionnaire/questions.js';
import { kp } from './helpers.js';

/** Tables whose leaves are `{en, sv}` pairs, at any depth. */
const PAIR_TABLES: Record<string, unknown> = {
  MATCH_WORDS,
  REASON_WORDS,
  STATUS_LABEL,
  PROGRAMME_LABEL,
  PHASE_LABEL,
  KIND_LABEL,
  COMPONENT_LABEL,
  ROLES,
  PRIORITIES,
  NEXT,
  TEXT,
};

interface Pair {
  readonly where: string;
  readonly en: unknown;
  readonly sv: unknown;
}

function pairsIn(value: unknown, where: string): Pair[] {
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if ('en' in o || 'sv' in o) return [{ where, en: o.en, sv: o.sv }];
  return Object.entries(o).flatMap(([k, v]) => pairsIn(v, `${where}.${k}`));
}

/** Every message in both languages: the message files by key, the other tables by pair. */
function allPairs(): Pair[] {
  const keys = new Set([...Object.keys(MESSAGES.en), ...Object.keys(MESSAGES.sv)]);
  const fromFiles = [...keys].map((k) => ({
    where: `messages ${k}`,
    en: (MESSAGES.en as Record<string, string>)[k],
    sv: (MESSAGES.sv as Record<string, string>)[k],
  }));
  return [...fromFiles, ...Object.entries(PAIR_TABLES).flatMap(([name, t]) => pairsIn(t, name))];
}

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

/** The English pieces of every message that differs in Swedish: the text between placeholders. */
function englishPieces(): string[] {
  const pieces = new Set<string>();
  for (const p of allPairs()) {
    if (typeof p.en !== 'string' || p.en === p.sv) continue;
    for (const piece of p.en.split(/\{\w+\}/)) {
      const t = piece.trim();
      // A piece that is only punctuation or a number says nothing in either language; one the
      // Swedish message has too is a flag or a name ("--data", "ICLD").
      if (/\p{L}{2}/u.test(t) && !(p.sv as string).includes(t)) pieces.add(t);
    }
  }
  return [...pieces];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `piece` as a whole: not inside a longer word. */
const occurs = (text: string, piece: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(piece)}(?![\\p{L}\\p{N}])`, 'u').test(text);

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
