// Name resolution over the shipped data: exact, diacritics, aliases, fuzzy, ambiguous, too short.
import { describe, expect, it } from 'vitest';
import { countryEntry, partnerEntry, swedishEntry, themeEntry } from '../../src/core/entries.js';
import { createResolver } from '../../src/core/names.js';
import { shippedDataset } from '../helpers.js';

const ds = shippedDataset();
const parties = createResolver<unknown>([
  ...ds.raw.municipalities.map(swedishEntry),
  ...ds.raw.partners.map((p) => partnerEntry(p, ds)),
]);
const countries = createResolver(ds.raw.countries.map(countryEntry));
const themes = createResolver(ds.raw.themes.map(themeEntry));

describe('parties', () => {
  it.each([
    { name: 'exact', input: 'Borlänge', id: 'borlange', how: 'exact' },
    { name: 'case-insensitive', input: 'BORLÄNGE', id: 'borlange', how: 'exact' },
    { name: 'decomposed Unicode (NFD)', input: 'Borla\u0308nge', id: 'borlange', how: 'exact' },
    {
      name: 'without diacritics (the id is the folded name)',
      input: 'Borlange',
      id: 'borlange',
      how: 'exact',
    },
    { name: 'SCB code', input: '0125', id: 'ekero', how: 'exact' },
    { name: 'exonym alias', input: 'Gothenburg', id: 'goteborg', how: 'alias' },
    { name: 'genitive alias', input: 'Falu kommun', id: 'falun', how: 'alias' },
    { name: '"kommun" suffix', input: 'Borlänge kommun', id: 'borlange', how: 'exact' },
    { name: 'Region Gotland', input: 'Region Gotland', id: 'gotland', how: 'alias' },
    { name: 'Habo is Habo', input: 'Habo', id: 'habo', how: 'exact' },
    { name: 'Håbo is Håbo', input: 'Håbo', id: 'habo-0305', how: 'exact' },
    { name: 'a source spelling', input: 'Tblisi', id: 'tbilisi', how: 'alias' },
    { name: 'Cherson', input: 'Cherson', id: 'kherson', how: 'alias' },
    { name: 'a typo', input: 'Tbilsi', id: 'tbilisi', how: 'fuzzy' },
    { name: 'a typo in a Swedish name', input: 'Helsinborg', id: 'helsingborg', how: 'fuzzy' },
  ])('$name: $input', ({ input, id, how }) => {
    const r = parties.resolve(input);
    expect(r.ok && { id: r.entry.id, how: r.how }).toEqual({ id, how });
  });

  it.each([
    {
      name: 'Habo and Håbo without the ring',
      input: 'Habö',
      reason: 'ambiguous',
      ids: ['habo', 'habo-0305'],
    },
    { name: 'one letter', input: 'H', reason: 'too-short', ids: [] },
    { name: 'two letters that are no code', input: 'Hx', reason: 'too-short', ids: [] },
    { name: 'nothing like it', input: 'Xyzzyville', reason: 'no-match', ids: [] },
  ])('$name: $input', ({ input, reason, ids }) => {
    const r = parties.resolve(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.candidates.map((c) => c.id).sort()).toEqual(expect.arrayContaining(ids));
    }
  });
});

describe('countries', () => {
  it.each([
    ['Kenya', 'KE'],
    ['KE', 'KE'],
    ['ken', 'KE'],
    ['Kenia', 'KE'],
    ['Georgien', 'GE'],
    ['Sydafrika', 'ZA'],
    ['South Africa', 'ZA'],
    ['Moldavien', 'MD'],
    ['Moldavia', 'MD'],
    ['Vitryssland', 'BY'],
    ['Makedonien', 'MK'],
    ['Turkey', 'TR'],
  ])('%s → %s', (input, id) => {
    const r = countries.resolve(input);
    expect(r.ok && r.entry.id).toBe(id);
  });

  it('does not guess Narnia', () => {
    const r = countries.resolve('Narnia');
    expect(r.ok).toBe(false);
  });
});

describe('themes', () => {
  it.each([
    ['refugees', 'refugees'],
    ['flyktingar', 'refugees'],
    ['nyanlända', 'refugees'],
    ['newly arrived', 'refugees'],
    ['cycling', 'cycling'],
    ['child welfare', 'child-welfare'],
    ['citizen dialogue', 'citizen-dialogue'],
    ['medborgardialog', 'citizen-dialogue'],
    ['human rights', 'human-rights'],
    ['avfallshantering', 'waste-management'],
    ['refugess', 'refugees'],
    ['nyanlanda', 'refugees'],
    ['Flyktingmottagande', 'refugees'],
  ])('%s → %s', (input, id) => {
    const r = themes.resolve(input);
    expect(r.ok && r.entry.id).toBe(id);
  });
});
