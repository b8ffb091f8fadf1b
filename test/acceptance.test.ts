// The seed scenarios (a copy of ../shared/acceptance/scenarios.tsv in test/fixtures/scenarios.tsv),
// run in-process with the same rules as the shared checker.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, kp } from './helpers.js';

const norm = (s: unknown) =>
  String(s ?? '')
    .normalize('NFC')
    .toLocaleLowerCase('sv')
    .trim();
const same = (a: unknown, e: string) => {
  const x = norm(a);
  const y = norm(e);
  return x === y || x.startsWith(`${y} `) || x.startsWith(`${y},`) || x.startsWith(`region ${y}`);
};
const split = (s: string) => (s.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^"|"$/g, ''));
const nameOf = (r: { name?: unknown } | undefined) =>
  typeof r?.name === 'object' && r.name ? ((r.name as { en?: string }).en ?? '') : r?.name;

const scenarios = readFileSync(join(FIXTURES, 'scenarios.tsv'), 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('args\t'))
  .map((l) => {
    const [args, expect] = l.split('\t');
    return { args: args!, expect: expect! };
  });

type Candidates = ReadonlyArray<{ name: string; country: string }>;

/** What each kind of expectation checks in the JSON answer. A kind not here fails the scenario. */
const CHECKS: Readonly<
  Record<string, (doc: { name?: unknown; candidates?: Candidates }, value: string) => void>
> = {
  resolves: (doc, value) => expect(same(nameOf(doc), value), `got ${nameOf(doc)}`).toBe(true),
  top1: ({ candidates: c = [] }, value) => expect(same(c[0]?.name, value), `got ${c[0]?.name}`).toBe(true),
  top3: ({ candidates: c = [] }, value) =>
    expect(
      c.slice(0, 3).some((x) => same(x.name, value)),
      `got ${c.slice(0, 3).map((x) => x.name)}`,
    ).toBe(true),
  foreign: ({ candidates: c = [] }) => {
    expect(c.length).toBeGreaterThanOrEqual(3);
    for (const x of c) expect(['se', 'sweden', 'sverige']).not.toContain(norm(x.country));
  },
};

describe('seed scenarios', () => {
  it.each(scenarios)('kp $args → $expect', async ({ args, expect: want }) => {
    const [kind = '', value = ''] = want.split('=');
    if (kind === 'exit') {
      expect((await kp(split(args))).code).toBe(Number(value));
      return;
    }
    const check = CHECKS[kind];
    expect(check, `unknown kind of expectation "${kind}"`).toBeDefined();
    const r = await kp([...split(args), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    check!(JSON.parse(r.stdout), value);
  });

  it('fails a scenario of an unknown kind', () => {
    expect(CHECKS['top2']).toBeUndefined();
    expect(Object.keys(CHECKS).sort()).toEqual(['foreign', 'resolves', 'top1', 'top3']);
  });
});
