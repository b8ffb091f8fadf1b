// core/query: from resolved inputs to a query, or the problem; notes as data.
import { describe, expect, it } from 'vitest';
import { decideQuery, type QueryInputs } from '../../src/core/query.js';
import { shippedDataset } from '../helpers.js';

const ds = shippedDataset();
const kenya = ds.countries.get('KE')!;
const georgia = ds.countries.get('GE')!;
const borlange = ds.swedish.get('borlange')!;
const lodwar = ds.partners.get('lodwar')!;

describe('decideQuery', () => {
  it.each<{ name: string; inputs: QueryInputs; problem: string }>([
    { name: 'nobody asking', inputs: { themes: ['refugees'] }, problem: 'error.needWho' },
    {
      name: '--all with a Swedish requester',
      inputs: { from: borlange, themes: [], all: true },
      problem: 'error.allAbroad',
    },
    {
      name: '--include-ineligible ranking Swedish parties',
      inputs: { country: kenya, themes: [], includeIneligible: true },
      problem: 'error.ineligibleNeedsFrom',
    },
    {
      name: 'a country that is not the requester’s',
      inputs: { from: lodwar, country: georgia, themes: [] },
      problem: 'error.countryConflict',
    },
  ])('refuses $name', ({ inputs, problem }) => {
    const d = decideQuery(ds, inputs);
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.problem.key).toBe(problem);
  });

  it('ranks Swedish parties for a country', () => {
    const d = decideQuery(ds, { country: kenya, themes: ['refugees'] });
    expect(d).toMatchObject({
      ok: true,
      query: { direction: 'to-sweden', country: 'KE', themes: ['refugees'] },
    });
  });

  it('takes a known requester abroad’s country, and its own themes when none are asked', () => {
    const d = decideQuery(ds, { from: lodwar, themes: [] });
    expect(d.ok && d.query).toMatchObject({ direction: 'to-sweden', country: 'KE', from: 'lodwar' });
    expect(d.ok && d.query.themes.length).toBeGreaterThan(0);
    expect(d.ok && d.notes.map((n) => n.key)).toEqual(['note.themesFromProfile']);
  });

  it('ranks partners abroad for a Swedish party; a country off the list is shown, flagged, with a note', () => {
    const d = decideQuery(ds, { from: borlange, country: georgia, themes: ['waste-management'] });
    expect(d.ok && d.query).toMatchObject({ direction: 'abroad', country: 'GE', includeIneligible: true });
    expect(d.ok && d.notes).toEqual([{ key: 'eligibility', country: georgia }]);
  });
});
