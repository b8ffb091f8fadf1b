// What the data says about one party: recency, combined evidence, and the profile built from its
// relations, interests and partner-seeker areas, on records written by hand.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset.js';
import {
  HALF_LIFE_YEARS,
  INTEREST_STRENGTH,
  PROGRAMME_WEIGHT,
  SEEKING_AREA_STRENGTH,
  UNCERTAIN_STRENGTH,
  UNKNOWN_YEAR_RECENCY,
} from '../../src/core/evidence.js';
import { buildProfile, combine, recency } from '../../src/core/profile.js';
import { deepFreeze } from '../helpers.js';
import { country, partner, raw, relation, swedish, theme } from './tiny.js';

const AS_OF = 2024;

describe('recency', () => {
  it.each([
    { name: 'running (end year ahead)', more: { start: 2020, end: 2026 }, expected: 1 },
    { name: 'ends this year', more: { start: 2020, end: 2024 }, expected: 1 },
    { name: 'recorded active, no years', more: { status: 'active' as const }, expected: 1 },
    { name: 'began last year, no end', more: { start: 2023 }, expected: 1 },
    { name: 'ended last year', more: { start: 2020, end: 2023 }, expected: 0.5 ** (1 / HALF_LIFE_YEARS) },
    { name: 'ended a half-life ago', more: { end: AS_OF - HALF_LIFE_YEARS }, expected: 0.5 },
    {
      name: 'ended two half-lives ago: the floor',
      more: { end: AS_OF - 2 * HALF_LIFE_YEARS },
      expected: 0.25,
    },
    { name: 'ended long ago: no lower than the floor', more: { end: 1960 }, expected: 0.25 },
    { name: 'began 5 years ago, no end: judged by its start', more: { start: 2019 }, expected: 0.5 ** 0.5 },
    // isActive says no (not begun); its age cannot make it count more than a running one.
    { name: 'begins next year', more: { start: 2025 }, expected: 1 },
    { name: 'no years, no status', more: {}, expected: UNKNOWN_YEAR_RECENCY },
    {
      name: 'no years, recorded ended',
      more: { status: 'ended' as const },
      expected: UNKNOWN_YEAR_RECENCY * 0.8,
    },
  ])('$name', ({ more, expected }) => {
    expect(recency(relation('r', ['a', 'b'], ['KE'], more), AS_OF)).toBeCloseTo(expected, 12);
  });
});

describe('combine', () => {
  it.each([
    { strengths: [], expected: 0 },
    { strengths: [0.5], expected: 0.5 },
    { strengths: [0.5, 0.5], expected: 0.75 },
    { strengths: [0.2, 0.5], expected: 0.6 },
    { strengths: [0.5, 0.2], expected: 0.6 },
    { strengths: [1, 0.3], expected: 1 },
    { strengths: [0, 0, 0], expected: 0 },
    { strengths: Array<number>(50).fill(0.9), expected: 1 },
  ])('$strengths → $expected', ({ strengths, expected }) => {
    const v = combine(strengths);
    expect(v).toBeCloseTo(expected, 12);
    expect(v).toBeLessThanOrEqual(1);
  });
});

describe('buildProfile', () => {
  const data = deepFreeze(
    raw({
      countries: [country('KE'), country('UG')],
      themes: ['water', 'waste', 'gender', 'youth', 'health', 'culture'].map((t) => theme(t)),
      municipalities: [
        swedish('alby', { interests: ['gender', 'culture'] }),
        swedish('byn'),
        swedish('idle', { interests: ['youth'] }),
      ],
      partners: [
        partner('kisumu', 'KE', { themes: ['water'] }),
        partner('gulu', 'UG', {
          themes: ['health'],
          seeking: { areas: ['waste', 'gender', 'youth', 'culture'], source: 'https://example.org/s' },
        }),
      ],
      partnerships: [
        // Two rows of one pair: a KP project running now, and an old twinning.
        relation('kp-alby-kisumu', ['alby', 'kisumu'], ['KE'], { start: 2023, end: 2025, themes: ['water'] }),
        relation('tw-alby-kisumu', ['alby', 'kisumu'], ['KE'], {
          programme: 'twinning',
          end: AS_OF - HALF_LIFE_YEARS,
          themes: ['culture'],
        }),
        // A KP partnership that ended a half-life ago, with two Swedish parties.
        relation('kp-alby-byn-gulu', ['alby', 'byn', 'gulu'], ['UG'], {
          end: AS_OF - HALF_LIFE_YEARS,
          themes: ['waste', 'gender'],
        }),
        // A project its own source doubts.
        relation('sida-byn-kisumu', ['byn', 'kisumu'], ['KE'], {
          programme: 'sida',
          status: 'active',
          uncertain: 'one source only',
          themes: ['health'],
        }),
      ],
    }),
  );
  const ds = indexDataset(data, AS_OF);

  it('groups the rows of a pair; the pair is as strong as its strongest row', () => {
    const p = buildProfile(ds, 'alby');
    expect(p.pairs.map((x) => [x.key, x.rows.map((r) => r.id)])).toEqual([
      ['alby+kisumu', ['kp-alby-kisumu', 'tw-alby-kisumu']],
      ['alby+byn+gulu', ['kp-alby-byn-gulu']],
    ]);
    const [kisumu, gulu] = p.pairs;
    expect(kisumu).toMatchObject({
      strength: 1,
      kp: true,
      active: true,
      countries: ['KE'],
      others: ['kisumu'],
    });
    expect(gulu).toMatchObject({ strength: 0.5, kp: true, active: false, countries: ['UG'] });
    // The other parties of a three-party partnership, without the party itself.
    expect(gulu!.others).toEqual(['byn', 'gulu']);
    expect([p.kpPairs, p.activeKpPairs]).toEqual([2, 1]);
  });

  it('weighs a row by programme and recency; one its source doubts counts half', () => {
    const p = buildProfile(ds, 'byn');
    const sida = p.pairs.find((x) => x.others.includes('kisumu'))!;
    expect(sida.strength).toBeCloseTo(PROGRAMME_WEIGHT.sida * UNCERTAIN_STRENGTH, 12);
    expect(sida.kp).toBe(false);
    expect([p.kpPairs, p.activeKpPairs]).toEqual([1, 0]);
  });

  it('themes: the strongest evidence each, fading only to half with age', () => {
    const themes = Object.fromEntries(buildProfile(ds, 'alby').themes);
    expect(themes).toEqual({
      water: 1, // KP, running
      culture: INTEREST_STRENGTH, // a declared interest beats an old twinning's 0.4 × 0.75
      waste: 0.75, // KP, a half-life old: 1 × (0.5 + 0.5 × 0.5)
      gender: INTEREST_STRENGTH, // the interest (0.8) beats the old KP row (0.75)
    });
    // The twinning alone would have given culture 0.4 × 0.75.
    expect(PROGRAMME_WEIGHT.twinning * 0.75).toBeLessThan(INTEREST_STRENGTH);
  });

  it('a partner: its own themes count 1, its partner-seeker areas by rank, the last rank for the rest', () => {
    const themes = Object.fromEntries(buildProfile(ds, 'gulu').themes);
    expect(themes).toEqual({
      health: 1,
      waste: Math.max(0.75, SEEKING_AREA_STRENGTH[0]!),
      gender: Math.max(0.75, SEEKING_AREA_STRENGTH[1]!),
      youth: SEEKING_AREA_STRENGTH[2],
      culture: SEEKING_AREA_STRENGTH.at(-1),
    });
  });

  it('a party with no relations: no pairs, only its interests', () => {
    const p = buildProfile(ds, 'idle');
    expect(p).toMatchObject({ id: 'idle', pairs: [], kpPairs: 0, activeKpPairs: 0 });
    expect(Object.fromEntries(p.themes)).toEqual({ youth: INTEREST_STRENGTH });
  });

  it('takes the relations it is given instead of the party’s own (leave-one-out)', () => {
    const p = buildProfile(ds, 'alby', []);
    expect([p.pairs.length, p.kpPairs]).toEqual([0, 0]);
    expect(Object.fromEntries(p.themes)).toEqual({ gender: INTEREST_STRENGTH, culture: INTEREST_STRENGTH });
  });
});
