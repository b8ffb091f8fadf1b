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
    // Official names, as officials write them (the rule table in names.ts, then aliases).
    { name: 'genitive kommun', input: 'Lunds kommun', id: 'lund', how: 'exact' },
    { name: 'genitive kommun', input: 'Ystads kommun', id: 'ystad', how: 'exact' },
    { name: 'genitive kommun', input: 'Falköpings kommun', id: 'falkoping', how: 'exact' },
    { name: 'genitive kommun', input: 'Karlstads kommun', id: 'karlstad', how: 'exact' },
    { name: 'genitive kommun', input: 'Sundsvalls kommun', id: 'sundsvall', how: 'exact' },
    { name: 'any case, no diacritics', input: 'FALKOPINGS KOMMUN', id: 'falkoping', how: 'exact' },
    { name: 'stad', input: 'Göteborgs stad', id: 'goteborg', how: 'alias' },
    { name: 'stad, no diacritics', input: 'goteborgs stad', id: 'goteborg', how: 'diacritics' },
    { name: 'stad', input: 'Stockholms stad', id: 'stockholm', how: 'alias' },
    { name: 'Region X', input: 'Region Skåne', id: 'region-skane', how: 'exact' },
    { name: 'Region X län', input: 'Region Skåne län', id: 'region-skane', how: 'exact' },
    { name: 'Region Xs län', input: 'Region Stockholms län', id: 'region-stockholm', how: 'exact' },
    {
      name: 'Region X for Region Xs län',
      input: 'Region Jönköping',
      id: 'region-jonkopings-lan',
      how: 'exact',
    },
    {
      name: 'Västra Götalandsregionen',
      input: 'västra götalandsregionen',
      id: 'vastra-gotalandsregionen',
      how: 'exact',
    },
    { name: 'VGR (an alias)', input: 'VGR', id: 'vastra-gotalandsregionen', how: 'alias' },
    { name: 'Habo kommun', input: 'Habo kommun', id: 'habo', how: 'exact' },
    { name: 'Håbo kommun', input: 'Håbo kommun', id: 'habo-0305', how: 'exact' },
    { name: 'Ale kommun is Ale', input: 'Ale kommun', id: 'ale', how: 'exact' },
    { name: 'Åre kommun is Åre', input: 'Åre kommun', id: 'are', how: 'exact' },
    { name: 'whole words of a name', input: 'Nelson Mandela', id: 'nelson-mandela-bay', how: 'word' },
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
    // Four letters and less are not fuzzy-matched: suggestions only.
    { name: 'a short word like another', input: 'Gulu', reason: 'no-match', ids: ['oulu'] },
    { name: 'a prefix of several', input: 'Karls', reason: 'ambiguous', ids: ['karlstad', 'karlskrona'] },
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

  it.each(['Narnia', 'VGR', 'Gulu'])('does not guess %s', (input) => {
    const r = countries.resolve(input);
    expect(r.ok).toBe(false);
  });

  it('a prefix beats fuzzy similarity: Zimb is Zimbabwe, not Zambia', () => {
    const r = countries.resolve('Zimb');
    expect(r.ok && { id: r.entry.id, how: r.how }).toEqual({ id: 'ZW', how: 'prefix' });
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
    ['planning', 'urban-planning'], // a whole word of the label, not a fuzzy neighbour
    ['finance', 'municipal-finance'],
  ])('%s → %s', (input, id) => {
    const r = themes.resolve(input);
    expect(r.ok && r.entry.id).toBe(id);
  });
});
