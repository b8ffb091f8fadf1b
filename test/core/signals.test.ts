// The signals a candidate is scored on, each 0–1 with its reasons, on records written by hand.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset.js';
import { buildProfile } from '../../src/core/profile.js';
import {
  capacity,
  countryExperience,
  pairList,
  experience,
  NONE,
  regionExperience,
  sameRegion,
  sizeSimilarity,
  themeFit,
  type ThemeList,
  themeMatcher,
} from '../../src/core/signals.js';
import { THEME_RELATION } from '../../src/core/themes.js';
import { country, partner, raw, relation, swedish, theme } from './tiny.js';

describe('sameRegion', () => {
  const KE = country('KE', { icld_cluster: 'East Africa', subregion: 'Eastern Africa' });
  it.each([
    { name: 'same cluster', a: KE, b: country('UG', { icld_cluster: 'East Africa' }), expected: true },
    // The cluster decides when both have one, whatever the UN says.
    {
      name: 'clusters differ, subregion the same',
      a: KE,
      b: country('ZM', { icld_cluster: 'Southern Africa', subregion: 'Eastern Africa' }),
      expected: false,
    },
    {
      name: 'one without a cluster: same subregion',
      a: KE,
      b: country('SO', { subregion: 'Eastern Africa' }),
      expected: true,
    },
    {
      name: 'one without a cluster: other subregion',
      a: KE,
      b: country('GE', { subregion: 'Western Asia' }),
      expected: false,
    },
    { name: 'neither has a subregion', a: country('XA'), b: country('XB'), expected: false },
    { name: 'a country and itself', a: KE, b: KE, expected: false },
  ])('$name: $expected', ({ a, b, expected }) => {
    expect(sameRegion(a, b)).toBe(expected);
    expect(sameRegion(b, a)).toBe(expected);
  });
});

describe('themeFit', () => {
  // urban ⊃ cycling, transit; refugees apart. One KP partnership carries urban, so urban is
  // the commonest theme and weighs least.
  const ds = indexDataset(
    raw({
      countries: [country('KE')],
      themes: [
        theme('urban'),
        theme('cycling', { broader: ['urban'] }),
        theme('transit', { broader: ['urban'] }),
        theme('refugees'),
      ],
      municipalities: [swedish('alby')],
      partners: [partner('kisumu', 'KE')],
      partnerships: [relation('k', ['alby', 'kisumu'], ['KE'], { themes: ['urban'] })],
    }),
  );
  const index = (id: string) => ds.raw.themes.findIndex((t) => t.id === id);
  const LEVELS = [1, 0.5];
  /** A candidate's themes: [theme id, index into LEVELS], optionally within a window of a longer list. */
  const has = (themes: [string, number][], from = 0, to = themes.length): ThemeList => ({
    index: themes.map(([t]) => index(t)),
    level: themes.map(([, l]) => l),
    levels: LEVELS,
    from,
    to,
  });
  const fit = (asked: string[], themes: [string, number][], why = true) =>
    themeFit(themeMatcher(ds, asked), has(themes), why);

  it.each([
    { name: 'exact', asked: ['cycling'], themes: [['cycling', 0]], value: THEME_RELATION.exact },
    { name: 'exact, half strength', asked: ['cycling'], themes: [['cycling', 1]], value: 0.5 },
    { name: 'narrower', asked: ['urban'], themes: [['cycling', 0]], value: THEME_RELATION.narrower },
    { name: 'broader', asked: ['cycling'], themes: [['urban', 0]], value: THEME_RELATION.broader },
    { name: 'sibling', asked: ['cycling'], themes: [['transit', 0]], value: THEME_RELATION.sibling },
    { name: 'unrelated', asked: ['refugees'], themes: [['urban', 0]], value: 0 },
    { name: 'no themes', asked: ['refugees'], themes: [], value: 0 },
    // The best relation counts, wherever it stands in the list.
    {
      name: 'best of several',
      asked: ['cycling'],
      themes: [
        ['urban', 0],
        ['transit', 0],
        ['cycling', 1],
      ],
      value: 0.5,
    },
    {
      name: 'best of several (order)',
      asked: ['cycling'],
      themes: [
        ['cycling', 1],
        ['urban', 0],
      ],
      value: 0.5,
    },
  ] as { name: string; asked: string[]; themes: [string, number][]; value: number }[])(
    '$name',
    ({ asked, themes, value }) => {
      expect(fit(asked, themes).value).toBeCloseTo(value, 12);
      expect(fit(asked, themes, false)).toEqual({ value: fit(asked, themes).value, reasons: [] });
    },
  );

  it('nothing asked: no signal', () => {
    expect(fit([], [['urban', 0]])).toBe(NONE);
  });

  it('weighs each asked theme by its rarity', () => {
    const [wUrban, wRefugees] = [ds.rarity.get('urban')!, ds.rarity.get('refugees')!];
    expect(wUrban).toBeLessThan(wRefugees);
    const one = fit(['urban', 'refugees'], [['urban', 0]]).value;
    const other = fit(['urban', 'refugees'], [['refugees', 0]]).value;
    expect(one).toBeCloseTo(wUrban / (wUrban + wRefugees), 12);
    expect(other).toBeCloseTo(wRefugees / (wUrban + wRefugees), 12);
    expect(
      fit(
        ['urban', 'refugees'],
        [
          ['urban', 0],
          ['refugees', 0],
        ],
      ).value,
    ).toBeCloseTo(1, 12);
  });

  it('says which themes are shared and how the others relate', () => {
    expect(
      fit(
        ['cycling', 'refugees', 'urban'],
        [
          ['refugees', 0],
          ['urban', 1],
        ],
      ).reasons,
    ).toEqual([
      { type: 'shared-themes', themes: ['refugees', 'urban'] },
      { type: 'related-themes', pairs: [{ asked: 'cycling', has: 'urban', relation: 'broader' }] },
    ]);
  });

  it('a tie names the theme whose id sorts first, in any order', () => {
    const reason = (themes: [string, number][]) => fit(['urban'], themes).reasons;
    const expected = [
      { type: 'related-themes', pairs: [{ asked: 'urban', has: 'cycling', relation: 'narrower' }] },
    ];
    expect(
      reason([
        ['transit', 0],
        ['cycling', 0],
      ]),
    ).toEqual(expected);
    expect(
      reason([
        ['cycling', 0],
        ['transit', 0],
      ]),
    ).toEqual(expected);
  });

  it('reads only its window of the list, and starts afresh for each candidate', () => {
    const m = themeMatcher(ds, ['cycling']);
    const list: [string, number][] = [
      ['cycling', 0],
      ['urban', 0],
      ['refugees', 0],
    ];
    expect(themeFit(m, has(list, 1, 3), true).value).toBeCloseTo(THEME_RELATION.broader, 12);
    expect(themeFit(m, has(list, 0, 1), true).value).toBe(1);
    expect(themeFit(m, has(list, 2, 3), true)).toEqual({ value: 0, reasons: [] });
  });
});

describe('country and region experience', () => {
  const ds = indexDataset(
    raw({
      countries: [
        country('KE', { icld_cluster: 'East Africa' }),
        country('UG', { icld_cluster: 'East Africa' }),
        country('TZ', { icld_cluster: 'East Africa' }),
        country('GE', { subregion: 'Western Asia' }),
      ],
      municipalities: [swedish('alby')],
      partners: [
        partner('kisumu', 'KE'),
        partner('gulu', 'UG'),
        partner('arusha', 'TZ'),
        partner('tbilisi', 'GE'),
      ],
      partnerships: [
        relation('ke', ['alby', 'kisumu'], ['KE'], { start: 2023 }),
        relation('tz', ['alby', 'arusha'], ['TZ'], { programme: 'twinning', start: 2024 }),
        relation('ug', ['alby', 'gulu'], ['UG'], { end: 2014 }),
        relation('ge', ['alby', 'tbilisi'], ['GE'], { start: 2024 }),
      ],
    }),
    2024,
  );
  const pairs = buildProfile(ds, 'alby').pairs;
  // What ranking reads (strengths and countries), and the profile's pairs for the reasons.
  const list = pairList(pairs);
  const profilePairs = (keep: (countries: readonly string[]) => boolean) =>
    pairs.filter((p) => keep(p.countries));
  const strength = (other: string) => pairs.find((p) => p.others.includes(other))!.strength;

  it('in a country: the strength of its pairs there, and the reason only when asked for', () => {
    const s = countryExperience(list, 'UG', 'candidate', true, profilePairs);
    expect(s.value).toBeCloseTo(strength('gulu'), 12);
    expect(s.reasons).toMatchObject([{ type: 'country-experience', whose: 'candidate', country: 'UG' }]);
    expect(countryExperience(list, 'UG', 'candidate', false, profilePairs).reasons).toEqual([]);
  });

  it.each([
    { name: 'no country asked', country: undefined },
    { name: 'no pairs there', country: 'SO' },
  ])('none: $name', ({ country: c }) => {
    expect(countryExperience(list, c, 'candidate', true, profilePairs)).toBe(NONE);
    expect(regionExperience(ds, list, c, 'candidate', true, profilePairs)).toBe(NONE);
  });

  it('in the region: the other countries of the cluster, half as strong', () => {
    const s = regionExperience(ds, list, 'KE', 'requester', true, profilePairs);
    const expected = 1 - (1 - strength('gulu') * 0.5) * (1 - strength('arusha') * 0.5);
    expect(s.value).toBeCloseTo(expected, 12);
    const [reason] = s.reasons;
    expect(reason).toMatchObject({ type: 'region-experience', whose: 'requester', region: 'East Africa' });
    // Strongest first, not in data order: the KP partnership that ended in 2014 (1 × 0.5) before
    // the running twinning (0.4).
    expect(pairs.map((p) => p.others[0])).toEqual(['kisumu', 'arusha', 'gulu', 'tbilisi']);
    expect(reason!.type === 'region-experience' && reason!.pairs.map((p) => p.others)).toEqual([
      ['gulu'],
      ['arusha'],
    ]);
    expect(strength('gulu')).toBeGreaterThan(strength('arusha'));
  });

  it('alone in its region (GE, by subregion): none', () => {
    expect(regionExperience(ds, list, 'GE', 'candidate', true, profilePairs)).toBe(NONE);
  });
});

describe('experience', () => {
  it.each([
    { pairs: 0, expected: 0 },
    { pairs: 1, expected: 1 - Math.exp(-0.5) },
    { pairs: 2, expected: 1 - Math.exp(-1) },
    { pairs: 10, expected: 1 - Math.exp(-5) },
  ])('$pairs KP partnerships → $expected', ({ pairs, expected }) => {
    expect(experience(pairs, 0, false).value).toBeCloseTo(expected, 12);
  });

  it('grows with every partnership and never reaches 1', () => {
    const values = [1, 2, 3, 5, 8, 20].map((n) => experience(n, 0, false).value);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeGreaterThan(values[i - 1]!);
    expect(values.at(-1)).toBeLessThan(1);
    expect(experience(3, 1, true).reasons).toEqual([{ type: 'experience', pairs: 3, active: 1 }]);
    expect(experience(0, 0, true)).toBe(NONE);
  });
});

describe('capacity', () => {
  it.each([
    { side: 'sweden', active: 0, expected: 1 },
    { side: 'sweden', active: 2, expected: 1 },
    { side: 'sweden', active: 3, expected: 0.75 },
    { side: 'sweden', active: 4, expected: 0.5 },
    { side: 'sweden', active: 6, expected: 0 },
    { side: 'sweden', active: 9, expected: 0 },
    { side: 'abroad', active: 0, expected: 1 },
    { side: 'abroad', active: 1, expected: 0 },
    { side: 'abroad', active: 3, expected: 0 },
  ] as const)('$side, $active active → $expected', ({ side, active, expected }) => {
    expect(capacity(active, side, false).value).toBeCloseTo(expected, 12);
  });

  it('room below its limit; busy above it, with the partnerships that keep it busy', () => {
    expect(capacity(2, 'sweden', true).reasons).toEqual([{ type: 'room', active: 2 }]);
    const evidence = [{ others: ['x'], countries: ['KE'], kp: true, active: true, rows: ['r'] }];
    expect(capacity(3, 'sweden', true, () => evidence).reasons).toEqual([
      { type: 'busy', active: 3, pairs: evidence },
    ]);
    expect(capacity(1, 'abroad', true).reasons).toEqual([{ type: 'busy', active: 1, pairs: [] }]);
  });
});

describe('sizeSimilarity', () => {
  // 1 at equal size, 0 at a factor of 20, log scale between; "similar" from 0.6 up.
  it.each([
    { a: 10_000, b: 10_000, value: 1, type: 'similar-size' },
    { a: 10_000, b: 100_000, value: 1 - Math.log(10) / Math.log(20), type: 'size' },
    { a: 100_000, b: 10_000, value: 1 - Math.log(10) / Math.log(20), type: 'size' },
    { a: 10_000, b: 10_000 * 20 ** 0.4, value: 0.6, type: 'similar-size' },
    { a: 10_000, b: 10_000 * 20 ** 0.41, value: 0.59, type: 'size' },
    { a: 10_000, b: 200_000, value: 0, type: undefined },
    { a: 10_000, b: 1_000_000, value: 0, type: undefined },
  ])('$a and $b → $value', ({ a, b, value, type }) => {
    const s = sizeSimilarity(a, b, true);
    expect(s.value).toBeCloseTo(value, 9);
    expect(s.reasons.map((r) => r.type)).toEqual(type ? [type] : []);
    expect(sizeSimilarity(a, b, false).reasons).toEqual([]);
  });

  it.each([
    { a: undefined, b: 5000 },
    { a: 5000, b: undefined },
    { a: undefined, b: undefined },
  ])('a size unknown ($a, $b): half, neither for nor against', ({ a, b }) => {
    const s = sizeSimilarity(a, b, true);
    expect(s.value).toBe(0.5);
    expect(s.reasons).toEqual([{ type: 'size', population: b, requester: a }]);
  });
});
