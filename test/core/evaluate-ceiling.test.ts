// The cold-start ceiling npm run eval prints: each case picks the scorer that ranks it best.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bestOfRecallAt10,
  evaluate,
  leaveOneOutCases,
  randomScorer,
  type Scorer,
} from '../../src/core/evaluate.js';
import { loadDataDir } from '../../src/dataset/load.js';
import { DATA, FIXTURES } from '../helpers.js';

const raw = loadDataDir(join(FIXTURES, 'valid')).dataset;
const cases = leaveOneOutCases(raw);
/** Knows the answer: the real party first. */
const oracle: Scorer = (ds, c) =>
  ds.raw.municipalities.map((m) => ({ id: m.id, score: c.swedish.includes(m.id) ? 1 : 0 }));
/** Knows the answer and puts it last. */
const worst: Scorer = (ds, c) =>
  ds.raw.municipalities.map((m) => ({ id: m.id, score: c.swedish.includes(m.id) ? 0 : 1 }));
/** The oracle on the first case only, the worst elsewhere: best only where the other is not. */
const firstOnly: Scorer = (ds, c) => (c === cases[0] ? oracle(ds, c) : worst(ds, c));

describe('bestOfRecallAt10', () => {
  it.each<{ name: string; scorers: Scorer[]; expected: () => number }>([
    {
      name: 'one scorer: its own recall@10',
      scorers: [randomScorer],
      expected: () => evaluate(raw, randomScorer, cases).recallAt10,
    },
    { name: 'the oracle among others: every case found', scorers: [worst, oracle], expected: () => 1 },
    {
      name: 'each case takes the better of two',
      scorers: [firstOnly, randomScorer],
      expected: () =>
        (1 + (cases.length - 1) * evaluate(raw, randomScorer, cases.slice(1)).recallAt10) / cases.length,
    },
  ])('$name', ({ scorers, expected }) => {
    expect(bestOfRecallAt10(raw, scorers, cases)).toBeCloseTo(expected(), 10);
  });

  it('a case its scorers all miss counts 0 (the shipped data: more than 10 candidates)', () => {
    const shipped = loadDataDir(DATA).dataset;
    const some = leaveOneOutCases(shipped).slice(0, 5);
    expect(bestOfRecallAt10(shipped, [worst], some)).toBe(0);
    expect(bestOfRecallAt10(shipped, [worst, oracle], some)).toBe(1);
  });
});
