// A dataset read back from the cache answers exactly as the one it was written from: the same
// records, relations and facts, and the same rankings with the same reasons.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Dataset, indexDataset } from '../../src/core/dataset.js';
import { explain, type Query, rank } from '../../src/core/rank.js';
import { DEFAULT_WEIGHTS } from '../../src/core/weights.js';
import { cacheBody, openCachedDataset } from '../../src/dataset/cached-dataset.js';
import { loadDataDir } from '../../src/dataset/load.js';
import { syntheticDir } from '../synthetic-dir.js';

let eager: Dataset;
let cached: Dataset;
let dir: string;

beforeAll(() => {
  dir = syntheticDir(300, 900, 7);
  eager = indexDataset(loadDataDir(dir).dataset);
  const { body, sections } = cacheBody(indexDataset(loadDataDir(dir).dataset));
  cached = openCachedDataset(body, sections)!;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const asData = (ds: Dataset, q: Query) => {
  const r = rank(q, ds, DEFAULT_WEIGHTS);
  return { ...r, candidates: explain(r, r.candidates.length) };
};

describe('a dataset read from the cache', () => {
  it('has the same records, derived values and facts', () => {
    expect(cached).toBeDefined();
    expect(cached.asOf).toBe(eager.asOf);
    expect([...cached.status]).toEqual([...eager.status]);
    expect([...cached.rarity]).toEqual([...eager.rarity]);
    expect(cached.facts).toEqual(eager.facts);
    expect(cached.raw.partners).toEqual(eager.raw.partners);
    expect(cached.raw.partnerships).toEqual(eager.raw.partnerships);
    expect(cached.raw.municipalities).toEqual(eager.raw.municipalities);
  });

  it('finds every record and every party’s relations by id', () => {
    for (const id of eager.partners.keys()) expect(cached.partners.get(id)).toEqual(eager.partners.get(id));
    for (const id of eager.partnerships.keys())
      expect(cached.partnerships.get(id)).toEqual(eager.partnerships.get(id));
    for (const id of [...eager.swedish.keys(), ...eager.partners.keys()])
      expect(cached.relationsOf.get(id) ?? []).toEqual(eager.relationsOf.get(id) ?? []);
    expect(cached.partners.get('no-such-id')).toBeUndefined();
    expect(cached.relationsOf.get('no-such-id')).toBeUndefined();
  });

  const queries: Array<{ name: string; query: Query }> = [
    { name: 'abroad, own themes', query: { direction: 'abroad', from: 'borlange', themes: [] } },
    { name: 'abroad, one theme', query: { direction: 'abroad', from: 'malmo', themes: ['refugees'] } },
    {
      name: 'abroad, one country, ineligible included',
      query: {
        direction: 'abroad',
        from: 'ekero',
        country: 'US',
        themes: ['gender-equality'],
        includeIneligible: true,
      },
    },
    {
      name: 'to Sweden, country and theme',
      query: { direction: 'to-sweden', country: 'KE', themes: ['refugees'] },
    },
    {
      name: 'to Sweden, all parties',
      query: { direction: 'to-sweden', country: 'GE', themes: [], all: true },
    },
  ];
  it.each(queries)('ranks the same, with the same reasons: $name', ({ query }) => {
    const expected = asData(eager, query);
    expect(expected.candidates.some((c) => c.reasons.length > 0)).toBe(true);
    expect(asData(cached, query)).toEqual(expected);
  });
});

describe('a cache body of the wrong shape', () => {
  const { body, sections } = (() => {
    const d = syntheticDir(20, 40, 3);
    try {
      return cacheBody(indexDataset(loadDataDir(d).dataset));
    } finally {
      rmSync(d, { recursive: true, force: true });
    }
  })();
  it.each([
    { name: 'a section missing', at: { ...sections, facts: undefined } },
    { name: 'a section past the end', at: { ...sections, partners: [0, body.length + 1] as const } },
    { name: 'a section backwards', at: { ...sections, core: [10, 5] as const } },
    { name: 'core not JSON', at: { ...sections, core: sections.partners } },
  ])('is not opened: $name', ({ at }) => {
    expect(openCachedDataset(body, at)).toBeUndefined();
  });

  it('refuses facts of another shape when they are read (the cache reads them at once)', () => {
    const ds = openCachedDataset(body, { ...sections, facts: sections.core });
    expect(() => ds!.facts).toThrow(/not what this build writes/);
  });
});
