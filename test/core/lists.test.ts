// Which records `kp list` keeps for each kind and filter, and what `kp show` lists as connected to
// a record, on records written by hand.
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset.js';
import { isListKind, LIST_KIND_NAMES } from '../../src/core/list-kinds.js';
import { type ListFilters, LIST_ROWS } from '../../src/core/lists.js';
import { activeIn, isPartnerCountry, partnersOn, worksOn } from '../../src/core/related.js';
import { country, partner, raw, relation, swedish, theme } from './tiny.js';

const ds = indexDataset(
  raw({
    countries: [
      country('KE', { icld_lists: ['list19', 'latest'] }),
      country('GE', { icld_lists: ['list19'] }),
      country('NO', { icld_lists: [] }),
    ],
    themes: [theme('urban'), theme('cycling', { broader: ['urban'] }), theme('water')],
    municipalities: [
      swedish('östby', { name: 'Östby' }),
      swedish('alby', { name: 'Alby' }),
      swedish('byn', { name: 'Byn', interests: ['cycling'], kp_status: 'interested' }),
      swedish('cyd', { name: 'Cyd' }),
    ],
    partners: [
      partner('kisumu', 'KE', { themes: ['water'] }),
      partner('nakuru', 'KE', { seeking: { areas: ['cycling'], source: 'https://example.org/s' } }),
      partner('kutaisi', 'GE'),
      partner('larvik', 'NO'),
    ],
    partnerships: [
      relation('alby-kisumu', ['alby', 'kisumu'], ['KE'], { start: 2023, end: 2025, themes: ['water'] }),
      relation('östby-nakuru', ['östby', 'nakuru'], ['KE'], { start: 2010, end: 2013 }),
      relation('östby-kisumu', ['östby', 'kisumu'], ['KE'], { start: 2014, end: 2016, themes: ['urban'] }),
      relation('cyd-kisumu', ['cyd', 'kisumu'], ['KE'], { programme: 'twinning', start: 2000 }),
      relation('alby-kutaisi', ['alby', 'kutaisi'], ['GE'], { start: 2015, end: 2018 }),
      relation('cyd-larvik', ['cyd', 'larvik'], ['NO'], { programme: 'twinning', themes: ['cycling'] }),
    ],
  }),
  2024,
);
const ids = (rows: readonly { id: string }[]) => rows.map((r) => r.id);
const KE = ds.countries.get('KE')!;
const theme_ = (id: string) => ds.themes.get(id)!;

describe('list kinds', () => {
  it.each([...LIST_KIND_NAMES, 'toString', 'constructor', 'Municipalities', ''])('isListKind(%j)', (name) => {
    expect(isListKind(name)).toBe((LIST_KIND_NAMES as readonly string[]).includes(name));
    expect(Object.keys(LIST_ROWS)).toEqual([...LIST_KIND_NAMES]);
  });
});

describe('rows', () => {
  it.each<{ kind: keyof typeof LIST_ROWS; filters: ListFilters; expected: string[] }>([
    // In the data's order: output/list-views.ts sorts.
    { kind: 'municipalities', filters: {}, expected: ['östby', 'alby', 'byn', 'cyd'] },
    { kind: 'municipalities', filters: { status: 'active' }, expected: ['alby'] },
    { kind: 'municipalities', filters: { status: 'former' }, expected: ['östby'] },
    { kind: 'municipalities', filters: { status: 'interested' }, expected: ['byn'] },
    { kind: 'municipalities', filters: { status: 'none' }, expected: ['cyd'] },
    // Any relation in the country, KP or not.
    { kind: 'municipalities', filters: { country: KE }, expected: ['östby', 'alby', 'cyd'] },
    // A narrower theme counts, through a relation (Cyd) or an interest (Byn).
    { kind: 'municipalities', filters: { theme: theme_('urban') }, expected: ['östby', 'byn', 'cyd'] },
    { kind: 'municipalities', filters: { theme: theme_('cycling') }, expected: ['byn', 'cyd'] },
    { kind: 'municipalities', filters: { country: KE, theme: theme_('water') }, expected: ['alby'] },
    { kind: 'partners', filters: { status: 'seeking' }, expected: ['nakuru'] },
    { kind: 'partners', filters: { country: KE }, expected: ['kisumu', 'nakuru'] },
    // Own themes, partner-seeker areas and the themes of its relations.
    { kind: 'partners', filters: { theme: theme_('urban') }, expected: ['kisumu', 'nakuru', 'larvik'] },
    { kind: 'countries', filters: {}, expected: ['KE', 'GE', 'NO'] },
    { kind: 'countries', filters: { status: 'eligible' }, expected: ['KE'] },
    { kind: 'countries', filters: { status: 'former' }, expected: ['GE'] },
    { kind: 'countries', filters: { status: 'other' }, expected: ['NO'] },
    { kind: 'themes', filters: { theme: theme_('urban') }, expected: ['urban', 'cycling'] },
    { kind: 'themes', filters: { theme: theme_('cycling') }, expected: ['cycling'] },
    // Active: running in 2024; ended: known to have ended. Twin towns with no end year or status
    // (Cyd's) are neither: the data cannot say.
    { kind: 'partnerships', filters: { status: 'active' }, expected: ['alby-kisumu'] },
    {
      kind: 'partnerships',
      filters: { status: 'ended' },
      expected: ['östby-nakuru', 'östby-kisumu', 'alby-kutaisi'],
    },
    { kind: 'partnerships', filters: { theme: theme_('urban') }, expected: ['östby-kisumu', 'cyd-larvik'] },
  ])('$kind $filters', ({ kind, filters, expected }) => {
    expect(ids(LIST_ROWS[kind].rows(ds, filters))).toEqual(expected);
  });

  it('declares which filters each kind takes', () => {
    const takes = Object.entries(LIST_ROWS).map(([k, v]) => [k, v.country, v.theme, v.statuses ?? null]);
    expect(takes).toEqual([
      ['municipalities', true, true, ['active', 'former', 'interested', 'none']],
      ['partners', true, true, ['seeking']],
      ['countries', false, false, ['eligible', 'former', 'other']],
      ['themes', false, true, null],
      ['partnerships', true, true, ['active', 'ended']],
    ]);
  });
});

describe('what connects to a record', () => {
  it('activeIn: Swedish parties with relations in a country, most KP partnerships first, then by name', () => {
    expect(activeIn(ds, 'KE').map((a) => [a.party.id, a.relations.map((r) => r.id)])).toEqual([
      ['östby', ['östby-nakuru', 'östby-kisumu']],
      ['alby', ['alby-kisumu']],
      ['cyd', ['cyd-kisumu']],
    ]);
    expect(activeIn(ds, 'XX')).toEqual([]);
  });

  it('worksOn: parties on a theme or a narrower one, by partnership or interest, by name', () => {
    expect(ids(worksOn(ds, theme_('urban')))).toEqual(['byn', 'cyd', 'östby']);
    expect(ids(worksOn(ds, theme_('water')))).toEqual(['alby']);
  });

  it('partnersOn: partners abroad on a theme or a narrower one, by own theme, seeking area or relation', () => {
    // Kisumu: its own water, and urban through östby-kisumu; Nakuru seeks cycling (under urban);
    // Larvik through cyd-larvik (cycling). By country, then name.
    expect(ids(partnersOn(ds, theme_('urban')))).toEqual(['kisumu', 'nakuru', 'larvik']);
    expect(ids(partnersOn(ds, theme_('water')))).toEqual(['kisumu']);
  });

  it.each([
    { code: 'KE', expected: true },
    { code: 'GE', expected: true },
    { code: 'NO', expected: false },
    { code: 'XX', expected: false },
  ])('isPartnerCountry($code): $expected', ({ code, expected }) => {
    expect(isPartnerCountry(ds, code)).toBe(expected);
  });
});
