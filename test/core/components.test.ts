// The components table: its shape, and each component's score on every candidate of the shipped
// data, in both directions: a number from 0 to 1, with reasons only where they are due.
import { describe, expect, it } from 'vitest';
import { candidateView, type Query, requesterOf } from '../../src/core/candidates.js';
import { COMPONENT_TABLE } from '../../src/core/components.js';
import { COMPONENTS, DEFAULT_WEIGHTS, parseWeights } from '../../src/core/weights.js';
import { shippedDataset } from '../helpers.js';

const ds = shippedDataset();
const QUERIES: { name: string; query: Query }[] = [
  { name: 'to Sweden', query: { direction: 'to-sweden', country: 'KE', themes: ['refugees'], all: true } },
  { name: 'to Sweden, from a known party', query: { direction: 'to-sweden', themes: [], from: 'lodwar' } },
  {
    name: 'abroad',
    query: { direction: 'abroad', themes: ['citizen-dialogue'], from: 'ekero', includeIneligible: true },
  },
];

describe('the components table', () => {
  it('has one entry per component, ids unique, weights the defaults', () => {
    const ids = COMPONENT_TABLE.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(COMPONENTS).toEqual(ids);
    expect(Object.entries(DEFAULT_WEIGHTS)).toEqual(COMPONENT_TABLE.map((c) => [c.id, c.weight]));
  });

  it('gives --weight its names', () => {
    for (const c of COMPONENT_TABLE) expect(parseWeights(`${c.id}=1`).problems).toEqual([]);
    expect(parseWeights('nearness=1').problems).toEqual([{ kind: 'unknown', text: 'nearness' }]);
  });

  it('labels every component in both languages', () => {
    for (const c of COMPONENT_TABLE) {
      expect(c.label.en).toBe(c.id);
      expect(c.label.sv).not.toBe('');
    }
  });
});

describe.each(QUERIES)('each component, $name', ({ query }) => {
  const view = candidateView(query, ds, requesterOf(query, ds));
  it.each(COMPONENT_TABLE.map((c) => ({ id: c.id, c })))('$id scores 0–1 and explains itself', ({ c }) => {
    if (!c.appliesTo(view)) return;
    for (let i = 0; i < view.length; i++) {
      if (!view.included(i)) continue;
      const v = c.score(view, i);
      expect(v).toBeGreaterThanOrEqual(0);
      expect(v).toBeLessThanOrEqual(1);
      const why = c.why(view, i);
      // No value, no evidence; except capacity, which says why it is 0 (a partner already taken).
      if (v === 0 && c.id !== 'capacity') expect(why).toEqual([]);
    }
  });
});

describe('when a component applies', () => {
  it.each([
    { id: 'theme', query: { direction: 'to-sweden', country: 'KE', themes: [] } as Query, applies: false },
    {
      id: 'theme',
      query: { direction: 'to-sweden', country: 'KE', themes: ['refugees'] } as Query,
      applies: true,
    },
    { id: 'country', query: { direction: 'abroad', themes: ['refugees'] } as Query, applies: false },
    { id: 'country', query: { direction: 'abroad', themes: [], from: 'borlange' } as Query, applies: true },
    { id: 'size', query: { direction: 'to-sweden', country: 'KE', themes: [] } as Query, applies: false },
    { id: 'size', query: { direction: 'abroad', themes: [], from: 'borlange' } as Query, applies: true },
  ])('$id: $applies for $query.direction', ({ id, query, applies }) => {
    const c = COMPONENT_TABLE.find((x) => x.id === id)!;
    expect(c.appliesTo(candidateView(query, ds, requesterOf(query, ds)))).toBe(applies);
  });
});
