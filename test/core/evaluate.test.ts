// The leave-one-out evaluation that chose the default weights: its cases and its arithmetic.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluate, leaveOneOutCases, randomScorer, type Scorer } from '../../src/core/evaluate.js';
import { loadDataDir } from '../../src/dataset/load.js';
import { FIXTURES } from '../helpers.js';

const raw = loadDataDir(join(FIXTURES, 'valid')).dataset;
const cases = leaveOneOutCases(raw);

describe('leave-one-out cases', () => {
  it('has one case per KP pair, with the pair’s relations removed', () => {
    const kpPairs = raw.partnerships.filter((p) => p.programme === 'kp');
    expect(cases.length).toBeGreaterThan(0);
    expect(cases.length).toBeLessThanOrEqual(kpPairs.length * 2);
    for (const c of cases) {
      expect(c.swedish.length).toBeGreaterThan(0);
      expect(c.removed.size).toBeGreaterThan(0);
      for (const id of c.removed) {
        const row = raw.partnerships.find((p) => p.id === id)!;
        expect(row.parties).toContain(c.abroad);
      }
    }
  });
});

describe('evaluate', () => {
  const n = raw.municipalities.length;
  it.each<{ name: string; scorer: Scorer; at1: number; mrr: number }>([
    {
      name: 'an oracle puts the real partner first',
      scorer: (ds, c) =>
        ds.raw.municipalities.map((m) => ({ id: m.id, score: c.swedish.includes(m.id) ? 1 : 0 })),
      at1: 1,
      mrr: 1,
    },
    {
      name: 'random order ties everyone: the expected place is the middle',
      scorer: randomScorer,
      at1: 1 / n,
      mrr: -1,
    },
  ])('$name', ({ scorer, at1, mrr }) => {
    const m = evaluate(
      raw,
      scorer,
      cases.filter((c) => c.swedish.length === 1),
    );
    expect(m.recallAt1).toBeCloseTo(at1, 10);
    if (mrr >= 0) expect(m.mrr).toBeCloseTo(mrr, 10);
    else
      expect(m.mrr).toBeCloseTo(
        Array.from({ length: n }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b) / n,
        10,
      );
  });
});
