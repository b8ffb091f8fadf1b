// The shapes core works on: the indexed dataset, and the per-party facts ranking reads (facts.ts
// computes them; dataset.ts indexes the records). Types only, so every core module can name them
// without importing the code that builds them.
import type { Country, KpStatus, Municipality, Partner, Partnership, RawDataset, Theme } from './records.js';
import type { BornAbroadFacts } from './born-abroad.js';
import type { Taxonomy } from './themes.js';

export type SwedishParty = Municipality;

export interface Dataset {
  readonly raw: RawDataset;
  /** The year status and recency are judged in: --as-of, else the current year (given by the shell). */
  readonly asOf: number;
  readonly countries: ReadonlyMap<string, Country>;
  readonly themes: ReadonlyMap<string, Theme>;
  readonly swedish: ReadonlyMap<string, SwedishParty>;
  readonly partners: ReadonlyMap<string, Partner>;
  readonly partnerships: ReadonlyMap<string, Partnership>;
  /** Partnership `row` in the order of the data (raw.partnerships[row]), read on its own. */
  partnershipAt(row: number): Partnership;
  /** Every relation (KP or not) a party takes part in that has begun by `asOf`. */
  readonly relationsOf: ReadonlyMap<string, readonly Partnership[]>;
  /** KP status of each Swedish party: derived from its partnerships, else as recorded, else none. */
  readonly status: ReadonlyMap<string, KpStatus>;
  readonly taxonomy: Taxonomy;
  /** 0–1 per theme: rare themes near 1, common ones lower. */
  readonly rarity: ReadonlyMap<string, number>;
  /** What ranking needs of every partner abroad, without its records (see facts.ts). */
  readonly facts: PartnerFacts;
  /** What ranking needs of every Swedish party, without its relations' records (see facts.ts). */
  readonly swedishFacts: SwedishFacts;
  /** Residents by country of birth per Swedish party; undefined when the data has none (born-abroad.yaml is optional). */
  readonly bornAbroad: BornAbroadFacts | undefined;
}

/** Party i's KP counts and themes, as columns. */
export interface ProfileColumns {
  readonly kpPairs: readonly number[];
  readonly activeKpPairs: readonly number[];
  /**
   * Party i's themes are entries themeStart[i] up to themeStart[i + 1] of themeIndex (an index
   * into the dataset's list of themes) and themeLevel: its strength in the profile (0–1), as an
   * index into strengths. Strengths come from programme and year, so there are few of them;
   * small numbers keep the cache small and quick to read.
   */
  readonly themeStart: readonly number[];
  readonly themeIndex: readonly number[];
  readonly themeLevel: readonly number[];
  readonly strengths: readonly number[];
}

export interface PartnerFacts extends ProfileColumns {
  /** Partner i, in the order of the data: ids[i], names[i], … */
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly aliases: readonly (readonly string[])[];
  /** ISO code of the partner's country. */
  readonly countries: readonly string[];
  /** null where the data gives none. */
  readonly populations: readonly (number | null)[];
  /** 1 when the partner is looking for a Swedish partner. */
  readonly seeking: readonly number[];
  /** Partner i's position when all are sorted by name (Swedish collation), then id. */
  readonly byName: readonly number[];
  /** Communities partners host: [partner index, country code] pairs (few partners have any). */
  readonly hosts: readonly (readonly [number, string])[];
}

/** Swedish party i is the dataset's municipalities[i]. */
export interface SwedishFacts extends ProfileColumns {
  /**
   * Party i's relations with each other party (its profile's pairs) are entries pairStart[i] up
   * to pairStart[i + 1] of pairLevel (strength, an index into strengths) and pairCountries.
   */
  readonly pairStart: readonly number[];
  readonly pairLevel: readonly number[];
  readonly pairCountries: readonly (readonly string[])[];
  /** 1 when the pair has a KP partnership (nearby counts KP experience only). */
  readonly pairKp: readonly number[];
  /**
   * Pair k's rows are partnerships pairRows[pairRowStart[k]] up to pairRows[pairRowStart[k + 1]]
   * (positions in the data, see Dataset.partnershipAt), in the data's order: the reasons of a row
   * shown read the rows of its pairs in one country and its region, not all its relations.
   */
  readonly pairRowStart: readonly number[];
  readonly pairRows: readonly number[];
}
