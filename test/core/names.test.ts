// Name resolution over the shipped data: exact, diacritics, aliases, fuzzy, ambiguous, too short.
import { describe, expect, it } from 'vitest';
import { allEntries, countryEntry, partnerEntry, swedishEntry, themeEntry } from '../../src/core/entries.js';
import { baseNames, correctedForms, createResolver } from '../../src/core/names.js';
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
    // An id or code wins over another record's same name (Berg in Jämtland, id berg; Berg in
    // Germany, id berg-de): each way the error and `kp show` offer works.
    { name: "an id that is another record's name", input: 'berg', id: 'berg', how: 'exact' },
    { name: 'the same id as a name is written', input: 'Berg', id: 'berg', how: 'exact' },
    { name: 'the other Berg by its id', input: 'berg-de', id: 'berg-de', how: 'exact' },
    { name: "Berg's SCB code", input: '2326', id: 'berg', how: 'exact' },
    { name: "Berg's official name", input: 'Bergs kommun', id: 'berg', how: 'alias' },
    // A misspelt official word: the name is exact, so the whole is read as a typo of it.
    { name: 'kommun with three m', input: 'Lunds kommmun', id: 'lund', how: 'fuzzy' },
    { name: 'kommune (Danish, Norwegian)', input: 'Lund kommune', id: 'lund', how: 'fuzzy' },
    { name: 'komun', input: 'Ekerö komun', id: 'ekero', how: 'fuzzy' },
    { name: 'kommunn', input: 'Eskilstuna kommunn', id: 'eskilstuna', how: 'fuzzy' },
    { name: 'kommuns', input: 'Ekerö kommuns', id: 'ekero', how: 'fuzzy' },
    { name: 'stadt', input: 'Göteborgs stadt', id: 'goteborg', how: 'fuzzy' },
    { name: 'regon', input: 'Regon Skåne', id: 'region-skane', how: 'fuzzy' },
    { name: 'a misspelt word on a partner', input: 'Lodwar Municipalty', id: 'lodwar', how: 'fuzzy' },
    // A typo in the name before an official word: measured on the name alone.
    { name: 'a typo in the name', input: 'Eskilstna kommun', id: 'eskilstuna', how: 'fuzzy' },
    { name: 'a typo in a genitive', input: 'Helsinborgs kommun', id: 'helsingborg', how: 'fuzzy' },
    // Exonyms of cities in the data (data/partners.yaml says where each comes from).
    { name: 'English exonym', input: 'Kiev', id: 'kyiv', how: 'alias' },
    { name: 'older Swedish exonym', input: 'Kijev', id: 'kyiv', how: 'alias' },
    { name: 'Swedish transcription', input: 'Kyjiv', id: 'kyiv', how: 'alias' },
    { name: 'English exonym', input: 'Kishinev', id: 'chisinau', how: 'alias' },
    { name: 'without diacritics (the id)', input: 'Chisinau', id: 'chisinau', how: 'exact' },
    { name: 'English exonym', input: 'Lvov', id: 'lviv', how: 'alias' },
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
    // A misspelt "kommun" does not break a tie of names.
    { name: 'Habo and Håbo, komun', input: 'Habö komun', reason: 'ambiguous', ids: ['habo', 'habo-0305'] },
    // A name's own last word is not an official word: "Novi Sad" is not "Novi stad".
    { name: 'a last word like stad', input: 'Borlänge sad', reason: 'no-match', ids: [] },
  ])('$name: $input', ({ input, reason, ids }) => {
    const r = parties.resolve(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe(reason);
      expect(r.candidates.map((c) => c.id).sort()).toEqual(expect.arrayContaining(ids));
    }
  });
});

describe('ids and codes', () => {
  it('the id that wins keeps the records that share the name, for a note', () => {
    const r = parties.resolve('Berg');
    expect(r.ok && r.others?.map((e) => e.id)).toEqual(['berg-de']);
    const plain = parties.resolve('Borlänge');
    expect(plain.ok && plain.others).toBeUndefined();
  });

  it('every id and code of the shipped data resolves to its own record, in kp show and --from', () => {
    const everything = createResolver(allEntries(ds));
    const failures: string[] = [];
    for (const [resolver, entries] of [
      [everything, everything.entries],
      [parties, parties.entries],
    ] as const) {
      for (const e of entries) {
        for (const key of [e.id, ...(e.codes ?? [])]) {
          const r = resolver.resolve(key);
          if (!r.ok || r.entry.id !== e.id) failures.push(`${key} → ${r.ok ? r.entry.id : r.reason}`);
        }
      }
    }
    expect(failures).toEqual([]);
  });

  it('a tie of names remains a tie when no id or code is typed', () => {
    const entry = (id: string, codes: string[]) => ({
      record: id,
      id,
      label: 'Lake',
      kind: 'municipality',
      primary: [id, 'Lake', ...codes],
      secondary: [],
      codes,
    });
    const lakes = createResolver([entry('lake-se', ['9999']), entry('lake-de', [])]);
    const r = lakes.resolve('Lake');
    expect(!r.ok && r.reason).toBe('ambiguous');
    for (const [input, id] of [
      ['lake-se', 'lake-se'],
      ['LAKE-DE', 'lake-de'],
      ['9999', 'lake-se'],
    ]) {
      const hit = lakes.resolve(input!);
      expect(hit.ok && hit.entry.id).toBe(id);
    }
  });
});

describe('official words, misspelt', () => {
  it.each([
    ['lunds kommmun', ['lunds kommun', 'lunds', 'lund']],
    ['lund kommune', ['lund kommun', 'lund']],
    ['regon skåne', ['region skåne', 'region skånes län', 'region skåne län']],
    ['ekerö kommun', []], // spelt right: officialForms has it
    ['novi sad', []],
    ['kommune', []], // one word: nothing to strip
  ])('%s → %j', (input, forms) => {
    expect(correctedForms(input)).toEqual(forms);
  });

  it.each([
    ['eskilstna kommun', ['eskilstna']],
    ['lunds kommmun', ['lunds', 'lund']],
    ['lodwar municipal council', ['lodwar']],
    ['lund', []],
    ['novi sad', []],
  ])('the base of %s is %j', (input, bases) => {
    expect(baseNames(input)).toEqual(bases);
  });

  it('a typo before an official word: the name alone, then the whole when only the whole is a key', () => {
    const lodwr = parties.resolve('Lodwr Municipality');
    expect(lodwr.ok && { id: lodwr.entry.id, how: lodwr.how }).toEqual({ id: 'lodwar', how: 'fuzzy' });
    // No key is "oranjemund" alone: the whole input is one edit from the whole name.
    const council = createResolver([
      {
        record: 1,
        id: 'na-1',
        label: 'Oranjemund Town Council',
        kind: 'partner',
        primary: ['na-1', 'Oranjemund Town Council'],
        secondary: [],
      },
      { record: 2, id: 'na-2', label: 'Orania', kind: 'partner', primary: ['na-2', 'Orania'], secondary: [] },
    ]);
    const r = council.resolve('Oranjemnd Town Council');
    expect(r.ok && r.entry.id).toBe('na-1');
  });

  it('a misspelt suffix with no close name still lists the nearest names, the base first', () => {
    const r = parties.resolve('Lunx kommun');
    expect(!r.ok && r.reason).toBe('no-match');
    expect(!r.ok && r.candidates[0]?.id).toBe('lund');
  });
});

describe('suggestions for a name that matches nothing: the fewest edits first', () => {
  it.each([
    { kind: 'theme', input: 'wste', first: ['waste-management'] },
    { kind: 'theme', input: 'yuth', first: ['youth-participation', 'youth'] },
    { kind: 'country', input: 'Kenai', first: ['CN', 'KE'] },
    { kind: 'country', input: 'Ugnd', first: ['UG'] },
  ] as const)('$kind "$input" → $first first', ({ kind, input, first }) => {
    const r = (kind === 'theme' ? themes : countries).resolve(input);
    expect(!r.ok && r.reason).toBe('no-match');
    expect(!r.ok && r.candidates.slice(0, first.length).map((c) => c.id)).toEqual(first);
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
