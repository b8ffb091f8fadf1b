// The theme taxonomy (how close two themes are) and theme rarity, on themes written by hand.
import { describe, expect, it } from 'vitest';
import { createTaxonomy, THEME_RELATION, themeRarity } from '../../src/core/themes.js';
import { relation, theme } from './tiny.js';

//   urban (participation)          democracy (participation)   waste (transparency)   refugees
//   ├── cycling                    └── dialogue
//   │   └── bike-lanes
//   └── transit (participation)
const THEMES = [
  theme('urban', { core_areas: ['participation'] }),
  theme('cycling', { broader: ['urban'] }),
  theme('bike-lanes', { broader: ['cycling'] }),
  theme('transit', { broader: ['urban'], core_areas: ['participation'] }),
  theme('democracy', { core_areas: ['participation'] }),
  theme('dialogue', { broader: ['democracy'] }),
  theme('waste', { core_areas: ['transparency'] }),
  theme('refugees'),
];
const taxonomy = createTaxonomy(THEMES);

describe('relation(asked, has)', () => {
  it.each([
    { asked: 'cycling', has: 'cycling', expected: 'exact' },
    { asked: 'urban', has: 'cycling', expected: 'narrower' },
    { asked: 'urban', has: 'bike-lanes', expected: 'narrower' }, // transitive
    { asked: 'cycling', has: 'urban', expected: 'broader' },
    { asked: 'bike-lanes', has: 'urban', expected: 'broader' }, // transitive
    { asked: 'cycling', has: 'transit', expected: 'sibling' },
    { asked: 'transit', has: 'cycling', expected: 'sibling' },
    // Narrower wins over a shared core area (urban and transit share participation).
    { asked: 'urban', has: 'transit', expected: 'narrower' },
    // Different branches, one core area (participation).
    { asked: 'transit', has: 'democracy', expected: 'coreArea' },
    { asked: 'urban', has: 'democracy', expected: 'coreArea' },
    // Cousins are not siblings: only direct broader themes count.
    { asked: 'bike-lanes', has: 'transit', expected: undefined },
    // The asked theme's own core areas decide: cycling has none, though its parent has.
    { asked: 'cycling', has: 'democracy', expected: undefined },
    { asked: 'democracy', has: 'cycling', expected: undefined },
    { asked: 'waste', has: 'urban', expected: undefined },
    { asked: 'refugees', has: 'waste', expected: undefined },
    { asked: 'unknown', has: 'urban', expected: undefined },
    { asked: 'unknown', has: 'unknown', expected: 'exact' },
  ] as const)('$asked → $has: $expected', ({ asked, has, expected }) => {
    expect(taxonomy.relation(asked, has)).toBe(expected);
    // Remembered answers are the same answers.
    expect(taxonomy.relation(asked, has)).toBe(expected);
  });

  it('sibling comes before a shared core area', () => {
    const t = createTaxonomy([
      theme('a', { core_areas: ['equity'] }),
      theme('b', { broader: ['a'], core_areas: ['equity'] }),
      theme('c', { broader: ['a'], core_areas: ['equity'] }),
    ]);
    expect(t.relation('b', 'c')).toBe('sibling');
  });
});

describe('ancestors and descendants', () => {
  it.each([
    { id: 'bike-lanes', up: ['cycling', 'urban'], down: [] },
    { id: 'urban', up: [], down: ['bike-lanes', 'cycling', 'transit'] },
    { id: 'cycling', up: ['urban'], down: ['bike-lanes'] },
    { id: 'refugees', up: [], down: [] },
    { id: 'unknown', up: [], down: [] },
  ])('$id', ({ id, up, down }) => {
    expect([...taxonomy.ancestors(id)].sort()).toEqual(up);
    expect([...taxonomy.descendants(id)].sort()).toEqual(down);
  });

  it('end on a cycle (validation rejects one; the taxonomy must still not loop) and leave out the start', () => {
    const t = createTaxonomy([theme('a', { broader: ['b'] }), theme('b', { broader: ['a'] })]);
    expect([...t.ancestors('a')]).toEqual(['b']);
    expect([...t.descendants('a')]).toEqual(['b']);
  });
});

describe('THEME_RELATION', () => {
  it('is frozen and orders the relations from exact down to a shared core area', () => {
    expect(Object.isFrozen(THEME_RELATION)).toBe(true);
    const values = ['exact', 'narrower', 'broader', 'sibling', 'coreArea'].map(
      (k) => THEME_RELATION[k as keyof typeof THEME_RELATION],
    );
    expect(values[0]).toBe(1);
    for (let i = 1; i < values.length; i++) expect(values[i]).toBeLessThan(values[i - 1]!);
    expect(values.at(-1)).toBeGreaterThan(0);
  });
});

describe('themeRarity', () => {
  const three = [
    relation('k1', ['s1', 'p1'], ['KE'], { themes: ['urban', 'waste', 'urban'] }),
    relation('k2', ['s2', 'p2'], ['KE'], { themes: ['urban'] }),
    relation('k3', ['s3', 'p3'], ['KE'], { themes: ['urban'] }),
    // Only KP partnerships count: a twin town carrying refugees does not make them common.
    relation('t1', ['s1', 'p4'], ['KE'], { programme: 'twinning', themes: ['refugees', 'waste'] }),
  ];
  const rarity = themeRarity(THEMES, three);
  // idf = ln((n + 1) / (df + 1)) + 1 with n = 3, scaled so the rarest (df 0) weighs 1.
  const idf = (df: number) => Math.log(4 / (df + 1)) + 1;

  it.each([
    { id: 'refugees', df: 0 },
    { id: 'cycling', df: 0 },
    { id: 'waste', df: 1 },
    // Twice in k1, still one partnership.
    { id: 'urban', df: 3 },
  ])('$id, in $df of 3 KP partnerships', ({ id, df }) => {
    expect(rarity.get(id)).toBeCloseTo(idf(df) / idf(0), 12);
  });

  it('has every theme, rarer weighs more, none above 1', () => {
    expect([...rarity.keys()]).toEqual(THEMES.map((t) => t.id));
    expect(rarity.get('waste')!).toBeGreaterThan(rarity.get('urban')!);
    expect(Math.max(...rarity.values())).toBe(1);
  });

  it('without KP partnerships every theme weighs 1', () => {
    expect(new Set(themeRarity(THEMES, [three[3]!]).values())).toEqual(new Set([1]));
    expect(new Set(themeRarity(THEMES, []).values())).toEqual(new Set([1]));
  });
});
