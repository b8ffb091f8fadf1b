// The leave-one-out evaluation that chose the default weights: its cases and its arithmetic.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  bestOfRecallAt10,
  evaluate,
  isColdStart,
  leaveOneOutCases,
  modelScorer,
  randomScorer,
  type Scorer,
} from '../../src/core/evaluate.js';
import { DEFAULT_WEIGHTS } from '../../src/core/weights.js';
import { loadDataDir } from '../../src/dataset/load.js';
import { FIXTURES } from '../helpers.js';
import { country, partner, raw as rawOf, relation, swedish, theme } from './tiny.js';

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

// A hand-made world where the answers are known. Kenya: Alby has worked with Kisumu and with
// Nakuru on water; Byn with Nakuru on waste (and once twinned with it). Uganda: Alby, Byn and Gulu
// together. Cyd, Dal and Eke have no relations.
const tiny = rawOf({
  countries: [country('KE'), country('UG')],
  themes: ['water', 'waste', 'health', 'gender'].map((t) => theme(t)),
  municipalities: ['alby', 'byn', 'cyd', 'dal', 'eke'].map((id) => swedish(id)),
  partners: [
    partner('kisumu', 'KE', { themes: ['health'] }),
    partner('nakuru', 'KE', {
      seeking: { areas: ['gender'], source: 'https://example.org/s' },
    }),
    partner('gulu', 'UG'),
  ],
  partnerships: [
    relation('kp-alby-kisumu', ['alby', 'kisumu'], ['KE'], { start: 2018, end: 2021, themes: ['water'] }),
    relation('kp-alby-nakuru', ['alby', 'nakuru'], ['KE'], { start: 2022, end: 2024, themes: ['water'] }),
    relation('kp-byn-nakuru', ['byn', 'nakuru'], ['KE'], { start: 2016, end: 2019, themes: ['waste'] }),
    relation('kp-byn-nakuru-2', ['byn', 'nakuru'], ['KE'], { start: 2020, end: 2022, themes: ['waste'] }),
    relation('tw-byn-nakuru', ['byn', 'nakuru'], ['KE'], { programme: 'twinning', themes: ['health'] }),
    relation('kp-alby-byn-gulu', ['alby', 'byn', 'gulu'], ['UG'], { start: 2015, end: 2017 }),
    // Not KP: no case of its own.
    relation('tw-cyd-gulu', ['cyd', 'gulu'], ['UG'], { programme: 'twinning', start: 2010 }),
  ],
});
const tinyCases = leaveOneOutCases(tiny);
const caseOf = (abroad: string, first: string) =>
  tinyCases.find((c) => c.abroad === abroad && c.swedish[0] === first)!;

describe('leave-one-out cases, by hand', () => {
  it('one per KP pair, in data order; a pair’s rows of every programme removed together', () => {
    expect(
      tinyCases.map((c) => ({ ...c, themes: [...c.themes].sort(), removed: [...c.removed].sort() })),
    ).toEqual([
      {
        swedish: ['alby'],
        abroad: 'kisumu',
        country: 'KE',
        themes: ['health', 'water'],
        removed: ['kp-alby-kisumu'],
      },
      // The KP rows' themes and the partner-seeker areas; not the twinning's health.
      {
        swedish: ['alby'],
        abroad: 'nakuru',
        country: 'KE',
        themes: ['gender', 'water'],
        removed: ['kp-alby-nakuru'],
      },
      {
        swedish: ['byn'],
        abroad: 'nakuru',
        country: 'KE',
        themes: ['gender', 'waste'],
        removed: ['kp-byn-nakuru', 'kp-byn-nakuru-2', 'tw-byn-nakuru'],
      },
      // Both Swedish parties of a three-party partnership are one case: either found is a hit.
      {
        swedish: ['alby', 'byn'],
        abroad: 'gulu',
        country: 'UG',
        themes: [],
        removed: ['kp-alby-byn-gulu'],
      },
    ]);
  });

  it.each([
    // Alby keeps its other Kenyan partnership.
    { abroad: 'kisumu', first: 'alby', cold: false },
    // Byn keeps the Gulu partnership, in another country: still not its first.
    { abroad: 'nakuru', first: 'byn', cold: false },
  ])('isColdStart $abroad–$first: $cold', ({ abroad, first, cold }) => {
    expect(isColdStart(tiny, caseOf(abroad, first))).toBe(cold);
  });

  it('isColdStart: with its only KP partnership removed, a party starts cold; other programmes do not count', () => {
    const only = rawOf({
      ...tiny,
      partnerships: [
        ...tiny.partnerships.filter((p) => !['kp-alby-byn-gulu', 'kp-alby-nakuru'].includes(p.id)),
        // A twin town is not a KP partnership: Alby still starts cold.
        relation('tw-alby-gulu', ['alby', 'gulu'], ['UG'], { programme: 'twinning', start: 2020 }),
      ],
    });
    const cases = leaveOneOutCases(only);
    expect(cases.map((c) => [c.abroad, ...c.swedish, isColdStart(only, c)])).toEqual([
      ['kisumu', 'alby', true],
      ['nakuru', 'byn', true],
    ]);
  });
});

describe('expected hits, ties counted fairly', () => {
  /** A scorer that gives each Swedish party the score in `scores` (0 if absent). */
  const fixed =
    (scores: Record<string, number>): Scorer =>
    (ds) =>
      ds.raw.municipalities.map((m) => ({ id: m.id, score: scores[m.id] ?? 0 }));
  const only = (abroad: string, first: string) => [caseOf(abroad, first)];
  const H = (from: number, to: number) => {
    let s = 0;
    for (let j = from; j <= to; j++) s += 1 / j;
    return s;
  };

  it.each([
    { name: 'first alone', scores: { alby: 3 }, at1: 1, at5: 1, mrr: 1 },
    { name: 'second alone', scores: { alby: 3, byn: 5 }, at1: 0, at5: 1, mrr: 1 / 2 },
    // Tied with the three others at 0 below Byn: places 2–5, each as likely.
    { name: 'tied with three, below one', scores: { byn: 5 }, at1: 0, at5: 1, mrr: H(2, 5) / 4 },
    // Everyone tied: places 1–5.
    { name: 'all five tied', scores: {}, at1: 1 / 5, at5: 1, mrr: H(1, 5) / 5 },
    // Tied with Cyd for places 4–5, below three.
    {
      name: 'tied for the last two places',
      scores: { byn: 9, dal: 8, eke: 7 },
      at1: 0,
      at5: 1,
      mrr: (1 / 4 + 1 / 5) / 2,
    },
  ] as { name: string; scores: Record<string, number>; at1: number; at5: number; mrr: number }[])(
    'one target (Alby for Kisumu), $name',
    ({ scores, at1, at5, mrr }) => {
      const m = evaluate(tiny, fixed(scores), only('kisumu', 'alby'));
      expect(m.cases).toBe(1);
      expect(m.recallAt1).toBeCloseTo(at1, 12);
      expect(m.recallAt5).toBeCloseTo(at5, 12);
      expect(m.mrr).toBeCloseTo(mrr, 12);
    },
  );

  it('recall at 5 counts only the share of a tie that falls within 5', () => {
    // A sixth party, so that a tie can straddle place 5.
    const six = rawOf({ ...tiny, municipalities: [...tiny.municipalities, swedish('fro')] });
    const m = evaluate(six, fixed({ byn: 9, cyd: 9, fro: 9 }), leaveOneOutCases(six).slice(0, 1));
    // Alby, Dal and Eke share places 4–6: within 5 with probability 2/3.
    expect(m.recallAt1).toBe(0);
    expect(m.recallAt5).toBeCloseTo(2 / 3, 12);
    expect(m.recallAt10).toBeCloseTo(1, 12);
    expect(m.mrr).toBeCloseTo(H(4, 6) / 3, 12);
  });

  it('two targets in one tie: the first of them, by C(t − j, m − 1) / C(t, m)', () => {
    // Alby and Byn (the Gulu case) tie at 0 with Cyd and Eke, below Dal: t = 4 places (2–5), m = 2.
    // First target at the tie's place j = 1, 2, 3 with probability 3/6, 2/6, 1/6.
    const m = evaluate(tiny, fixed({ dal: 1 }), only('gulu', 'alby'));
    expect(m.recallAt1).toBe(0);
    expect(m.recallAt5).toBeCloseTo(1, 12);
    expect(m.mrr).toBeCloseTo(3 / 6 / 2 + 2 / 6 / 3 + 1 / 6 / 4, 12);
    // Only the better target counts: Alby above the tie.
    expect(evaluate(tiny, fixed({ alby: 2, dal: 1 }), only('gulu', 'alby')).mrr).toBe(1);
  });

  it('a target the scorer leaves out is a miss, not an error', () => {
    const none: Scorer = () => [{ id: 'cyd', score: 1 }];
    expect(evaluate(tiny, none, only('kisumu', 'alby'))).toEqual({
      cases: 1,
      recallAt1: 0,
      recallAt5: 0,
      recallAt10: 0,
      mrr: 0,
    });
  });

  it('averages over the cases, and gives zeros for none', () => {
    const m = evaluate(tiny, fixed({ alby: 1 }), [caseOf('kisumu', 'alby'), caseOf('nakuru', 'byn')]);
    // Alby first (1), Byn tied with three for places 2–5.
    expect(m.mrr).toBeCloseTo((1 + H(2, 5) / 4) / 2, 12);
    expect(evaluate(tiny, fixed({}), [])).toEqual({
      cases: 0,
      recallAt1: 0,
      recallAt5: 0,
      recallAt10: 0,
      mrr: 0,
    });
  });
});

describe('evaluate: what the scorer sees', () => {
  it('the data without the case’s relations, judged as of the full data’s latest year', () => {
    const seen: { removed: string[]; asOf: number }[] = [];
    const spy: Scorer = (ds, c) => {
      seen.push({
        removed: ds.raw.partnerships.filter((p) => c.removed.has(p.id)).map((p) => p.id),
        asOf: ds.asOf,
      });
      return randomScorer(ds, c);
    };
    // kp-alby-nakuru holds the latest year (2024); without it the data would end in 2022.
    evaluate(tiny, spy, [caseOf('nakuru', 'alby')]);
    expect(seen).toEqual([{ removed: [], asOf: 2024 }]);
    evaluate(tiny, spy, [caseOf('nakuru', 'alby')], 2030);
    expect(seen[1]!.asOf).toBe(2030);
  });

  it('the model finds the party that worked in the country on the theme', () => {
    // Asked as Kisumu would (Kenya; water, health), with Alby–Kisumu removed: Alby still has a
    // Kenyan partnership on water; Byn worked in Kenya on waste; the rest have nothing.
    const m = evaluate(tiny, modelScorer(DEFAULT_WEIGHTS), [caseOf('kisumu', 'alby')]);
    expect(m).toMatchObject({ cases: 1, recallAt1: 1, mrr: 1 });
    // Nakuru without Byn: Alby is Nakuru's KP partner already, so is not offered again; Byn, with
    // KP experience (none left in Kenya), comes before the three with no KP history.
    expect(evaluate(tiny, modelScorer(DEFAULT_WEIGHTS), [caseOf('nakuru', 'byn')])).toMatchObject({
      recallAt1: 1,
      mrr: 1,
    });
  });
});

describe('bestOfRecallAt10', () => {
  /** A scorer that sees only one party: it finds that party's cases and misses the rest. */
  const sees =
    (id: string): Scorer =>
    () => [{ id, score: 1 }];
  const cases = [caseOf('kisumu', 'alby'), caseOf('nakuru', 'byn')];

  it('each case picks its best scorer, after the fact: above what any one scorer gets', () => {
    expect(evaluate(tiny, sees('alby'), cases).recallAt10).toBe(0.5);
    expect(evaluate(tiny, sees('byn'), cases).recallAt10).toBe(0.5);
    expect(bestOfRecallAt10(tiny, [sees('alby'), sees('byn')], cases)).toBe(1);
  });

  it.each([
    { name: 'one scorer: its own recall', scorers: [sees('alby')], expected: 0.5 },
    { name: 'scorers that find nothing', scorers: [sees('cyd'), sees('dal')], expected: 0 },
    { name: 'no scorers', scorers: [], expected: 0 },
  ])('$name', ({ scorers, expected }) => {
    expect(bestOfRecallAt10(tiny, scorers, cases)).toBe(expected);
  });

  it('no cases: 0', () => {
    expect(bestOfRecallAt10(tiny, [sees('alby')], [])).toBe(0);
  });
});
