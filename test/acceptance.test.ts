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

describe('seed scenarios', () => {
  it.each(scenarios)('kp $args → $expect', async ({ args, expect: want }) => {
    const [kind, value] = want.split('=');
    if (kind === 'exit') {
      expect((await kp(split(args))).code).toBe(Number(value));
      return;
    }
    const r = await kp([...split(args), '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const doc = JSON.parse(r.stdout);
    const cands: Array<{ name: string; country: string }> = doc.candidates ?? [];
    if (kind === 'resolves') expect(same(nameOf(doc), value!), `got ${nameOf(doc)}`).toBe(true);
    if (kind === 'top1') expect(same(cands[0]?.name, value!), `got ${cands[0]?.name}`).toBe(true);
    if (kind === 'top3') {
      expect(
        cands.slice(0, 3).some((c) => same(c.name, value!)),
        `got ${cands.slice(0, 3).map((c) => c.name)}`,
      ).toBe(true);
    }
    if (kind === 'foreign') {
      expect(cands.length).toBeGreaterThanOrEqual(3);
      for (const c of cands) expect(['se', 'sweden', 'sverige']).not.toContain(norm(c.country));
    }
  });
});
