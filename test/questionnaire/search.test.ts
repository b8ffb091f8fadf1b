// The searchable lists: what a person types, in English or Swedish, with typos, finds the record.
import { describe, expect, it } from 'vitest';
import { countryEntry, partnerEntry, swedishEntry, themeEntry } from '../../src/core/entries.js';
import { createSearch } from '../../src/questionnaire/search.js';
import { shippedDataset } from '../helpers.js';

const ds = shippedDataset();
const lists = {
  country: createSearch(ds.raw.countries.map(countryEntry)),
  theme: createSearch(ds.raw.themes.map(themeEntry)),
  partner: createSearch(ds.raw.partners.map((p) => partnerEntry(p, ds))),
  swedish: createSearch(ds.raw.municipalities.map(swedishEntry)),
};

describe('createSearch', () => {
  it.each([
    { list: 'country', type: 'Kenya', first: 'KE' },
    { list: 'country', type: 'kenia', first: 'KE' }, // a typo
    { list: 'country', type: 'Georgien', first: 'GE', via: 'Georgien' }, // Swedish
    { list: 'country', type: 'sydafr', first: 'ZA', via: 'Sydafrika' }, // the start of a Swedish name
    { list: 'country', type: 'moldavia', first: 'MD', via: 'Moldavia' }, // an alias
    { list: 'theme', type: 'refugees', first: 'refugees' },
    { list: 'theme', type: 'flyktingar', first: 'refugees', via: 'flyktingar' },
    { list: 'theme', type: 'flykt', first: 'refugees' },
    { list: 'theme', type: 'citizen dia', first: 'citizen-dialogue' }, // a space in the term
    { list: 'theme', type: 'avfall', first: 'waste-management', via: 'avfall' },
    { list: 'theme', type: 'wste', first: 'waste-management' }, // a typo in a short word
    { list: 'partner', type: 'lod', first: 'lodwar' },
    { list: 'partner', type: 'Lodwr', first: 'lodwar' },
    { list: 'partner', type: 'mandela', first: 'nelson-mandela-bay' }, // a word inside the name
    { list: 'swedish', type: 'Gothenburg', first: 'goteborg', via: 'Gothenburg' }, // an exonym
    { list: 'swedish', type: 'ekero', first: 'ekero' }, // no diacritics
    { list: 'swedish', type: 'Lunds kommun', first: 'lund' }, // the official name
    { list: 'swedish', type: 'göteborgs stad', first: 'goteborg' },
    { list: 'swedish', type: 'Falköpings kommun', first: 'falkoping' },
    { list: 'swedish', type: 'VGR', first: 'vastra-gotalandsregionen' },
    { list: 'country', type: 'Zimb', first: 'ZW' }, // a prefix beats Zambia's similarity
    { list: 'partner', type: 'Kijev', first: 'kyiv', via: 'Kijev' }, // a Swedish exonym
    { list: 'partner', type: 'Kiev', first: 'kyiv', via: 'Kiev' },
    { list: 'partner', type: 'Kishinev', first: 'chisinau', via: 'Kishinev' },
    // A misspelt "kommun": the name is found, as itself.
    { list: 'swedish', type: 'Lunds kommmun', first: 'lund' },
    { list: 'swedish', type: 'Lund kommune', first: 'lund' },
    { list: 'swedish', type: 'Ekerö komun', first: 'ekero' },
    { list: 'swedish', type: 'Eskilstuna kommunn', first: 'eskilstuna' },
    { list: 'swedish', type: 'Eskilstna kommun', first: 'eskilstuna' }, // and a typo in the name
    { list: 'swedish', type: 'Eskil kommun', first: 'eskilstuna' }, // the start of the name
  ] as const)('$list "$type" → $first', ({ list, type, first, ...rest }) => {
    const hits = lists[list](type);
    expect(hits[0]?.entry.id).toBe(first);
    if ('via' in rest) expect(hits[0]?.via).toBe(rest.via);
  });

  it('Habo and Håbo are both offered, never one guessed away', () => {
    const hits = lists.swedish('habo').slice(0, 2);
    expect(hits.map((h) => h.entry.label).sort()).toEqual(['Habo', 'Håbo']);
  });

  it('a typo in the name itself is marked as a typo; a misspelt "kommun" alone is not', () => {
    expect(lists.swedish('Eskilstna kommun')[0]?.fuzzy).toBe(true);
    expect(lists.swedish('Lund kommune')[0]?.fuzzy).toBeUndefined();
  });

  it('Berg: the kommun (its id) first, the German Berg beside it', () => {
    const both = createSearch<unknown>([
      ...ds.raw.municipalities.map(swedishEntry),
      ...ds.raw.partners.map((p) => partnerEntry(p, ds)),
    ]);
    expect(
      both('Berg')
        .slice(0, 2)
        .map((h) => h.entry.id),
    ).toEqual(['berg', 'berg-de']);
  });

  it('nothing typed: every entry, in the order given', () => {
    const all = lists.theme('', 1000);
    expect(all.map((h) => h.entry.id)).toEqual(ds.raw.themes.map((t) => t.id));
  });

  it('a possible typo is marked, so "not in the list" can come before it', () => {
    const hits = lists.partner('Gulu');
    expect(hits.every((h) => h.fuzzy)).toBe(true);
    expect(lists.partner('Lodwar')[0]?.fuzzy).toBeUndefined();
  });

  it('short or unknown terms do not drown the list in fuzzy noise', () => {
    expect(lists.partner('lod').map((h) => h.entry.id)).toEqual(['lodwar']);
    expect(lists.country('xyzzy')).toEqual([]);
  });
});
