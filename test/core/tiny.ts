// Records written by hand for unit tests of core: each builder fills what validation would (empty
// lists), so a test names only the fields it is about.
import type {
  Country,
  Municipality,
  Partner,
  Partnership,
  RawDataset,
  Theme,
} from '../../src/core/records.js';

export const country = (id: string, more: Partial<Country> = {}): Country => ({
  id,
  name: { en: id, sv: id },
  aliases: [],
  icld_lists: ['latest'],
  ...more,
});

export const theme = (id: string, more: Partial<Theme> = {}): Theme => ({
  id,
  label: { en: id, sv: id },
  synonyms: { en: [], sv: [] },
  broader: [],
  core_areas: [],
  sdgs: [],
  ...more,
});

export const swedish = (id: string, more: Partial<Municipality> = {}): Municipality => ({
  id,
  kind: 'municipality',
  name: id,
  aliases: [],
  interests: [],
  sources: [],
  ...more,
});

export const partner = (id: string, countryId: string, more: Partial<Partner> = {}): Partner => ({
  id,
  name: id,
  aliases: [],
  country: countryId,
  themes: [],
  hosts: [],
  ...more,
});

export const relation = (
  id: string,
  parties: readonly string[],
  countries: readonly string[],
  more: Partial<Partnership> = {},
): Partnership => ({
  id,
  programme: 'kp',
  parties: [...parties],
  countries: [...countries],
  phases: [],
  themes: [],
  collaborators: [],
  source: 'https://example.org/',
  ...more,
});

export const raw = (more: Partial<RawDataset>): RawDataset => ({
  countries: [],
  themes: [],
  municipalities: [],
  partners: [],
  partnerships: [],
  bornAbroad: [],
  ...more,
});
