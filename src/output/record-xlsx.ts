// One record (kp show) as a workbook, from the same document as --format json: its own fields
// as (field, value) rows, and each list of related records (partnerships, Swedish parties,
// partners) as a sheet of its own. Pure.
import {
  CORE_AREA_LABEL,
  KIND_LABEL,
  type Lang,
  PHASE_LABEL,
  PROGRAMME_LABEL,
  regionLabel,
  RELATION_STATUS_LABEL,
  STATUS_LABEL,
} from './labels.js';
import { toXlsx, type XCell, type XSheet } from './xlsx.js';

const h = (en: string, sv: string) => ({ en, sv });

/**
 * The JSON keys as column headers and field names, in the reader's language. A key this table
 * lacks is shown as it is (a test holds every key of the shipped records to it).
 */
export const FIELD_LABEL: Readonly<Record<string, Readonly<Record<Lang, string>>>> = Object.freeze({
  id: h('Id', 'Id'),
  kind: h('Kind', 'Slag'),
  name: h('Name', 'Namn'),
  names: h('Names', 'Namn'),
  active: h('Active (as of the year)', 'Pågår (det året)'),
  code: h('Code', 'Kod'),
  county: h('Swedish county', 'Län'),
  population: h('Population', 'Folkmängd'),
  population_note: h('Population (note)', 'Folkmängd (anmärkning)'),
  aliases: h('Also known as', 'Även kallad'),
  location: h('Location', 'Läge'),
  lat: h('latitude', 'latitud'),
  lng: h('longitude', 'longitud'),
  interests: h('Interests', 'Intressen'),
  notes: h('Notes', 'Anteckningar'),
  sources: h('Sources', 'Källor'),
  source: h('Source', 'Källa'),
  status: h('Status', 'Status'),
  kp_status: h('KP status as a source recorded it', 'KP-status enligt en källa'),
  relation_status: h('Status (as of the year)', 'Status (det året)'),
  phase_text: h('Phases (as the source says)', 'Faser (enligt källan)'),
  themes_text: h('Themes (as the source says)', 'Teman (enligt källan)'),
  collaborators: h('Also in it', 'Även med'),
  uncertain: h('The source is unsure (counts half)', 'Källan är osäker (räknas till hälften)'),
  regional_duties: h('Regional duties', 'Regionala uppdrag'),
  born_abroad: h('Born abroad', 'Födda utomlands'),
  year: h('year', 'år'),
  iso3: h('ISO3', 'ISO3'),
  region: h('Region', 'Region'),
  subregion: h('Subregion', 'Delregion'),
  icld_cluster: h('ICLD cluster', 'ICLD-kluster'),
  icld_lists: h('ICLD lists', 'ICLD-listor'),
  eligible: h("On ICLD's current list", 'På ICLD:s nuvarande lista'),
  label: h('Label', 'Etikett'),
  description: h('About', 'Om'),
  synonyms: h('Synonyms', 'Synonymer'),
  broader: h('Broader', 'Bredare'),
  narrower: h('Narrower', 'Smalare'),
  core_areas: h('ICLD core areas', 'ICLD:s kärnområden'),
  sdgs: h('SDGs', 'Globala mål'),
  country: h('Country', 'Land'),
  countries: h('Countries', 'Länder'),
  province: h('Province', 'Provins'),
  themes: h('Themes', 'Teman'),
  seeking: h('Seeking a Swedish partner', 'Söker en svensk partner'),
  areas: h('areas', 'områden'),
  areas_text: h('in its words', 'med egna ord'),
  partnerships: h('Partnerships', 'Partnerskap'),
  programme: h('Programme', 'Program'),
  with: h('With', 'Med'),
  start: h('Start', 'Start'),
  end: h('End', 'Slut'),
  when: h('When', 'När'),
  phases: h('Phases', 'Faser'),
  network: h('Network', 'Nätverk'),
  people: h('People', 'Människor'),
  quote: h('Quote', 'Citat'),
  // name.en, label.sv: the language of the value.
  english: h('English', 'engelska'),
  swedish: h('Swedish', 'svenska'),
  yes: h('yes', 'ja'),
  no: h('no', 'nej'),
});

/** A dotted key as a header: "Name (Swedish)", "Born abroad: year". */
function fieldLabel(key: string, lang: Lang): string {
  const inLang = /\.(en|sv)$/.exec(key)?.[1];
  const [head, ...rest] = key
    .replace(/\.(en|sv)$/, '')
    .split('.')
    .map((k) => FIELD_LABEL[k]?.[lang] ?? k);
  const label = rest.length ? `${head}: ${rest.join(', ')}` : head!;
  return inLang ? `${label} (${FIELD_LABEL[inLang === 'en' ? 'english' : 'swedish']![lang]})` : label;
}

/** The keys of a record's JSON that its workbook shows (as fieldLabel takes them), for a test. */
export function shownKeys(record: Record<string, Json>, top = true): string[] {
  return Object.entries(record).flatMap(([k, v]): string[] => {
    // A list of records is a sheet of its own at the top (named by SHEETS); deeper down it is
    // not shown, nor is an empty list.
    if (isTable(v)) return top ? v.flatMap((i) => Object.keys(i)) : [];
    if (Array.isArray(v) && !v.length) return [];
    if (isObject(v) && !('name' in v || 'id' in v)) return [k, ...shownKeys(v, false)];
    return [k];
  });
}

/** Values of fixed vocabularies in words (programme kp → KP partnership); the rest as they are. */
const VALUE_LABEL: Readonly<Record<string, (v: string, lang: Lang) => string | undefined>> = Object.freeze({
  kind: (v, lang) => KIND_LABEL[v]?.[lang],
  programme: (v, lang) => PROGRAMME_LABEL[v as keyof typeof PROGRAMME_LABEL]?.[lang],
  // A municipality's KP status, or what a partnership's source recorded (active, ended).
  status: (v, lang) =>
    (STATUS_LABEL[v as keyof typeof STATUS_LABEL] ?? RELATION_STATUS_LABEL[v as 'active' | 'ended'])?.[lang],
  relation_status: (v, lang) => RELATION_STATUS_LABEL[v as 'active' | 'ended']?.[lang],
  kp_status: (v, lang) => STATUS_LABEL[v as keyof typeof STATUS_LABEL]?.[lang],
  phases: (v, lang) => PHASE_LABEL[v]?.[lang],
  core_areas: (v, lang) => CORE_AREA_LABEL[v as keyof typeof CORE_AREA_LABEL]?.[lang],
  region: regionLabel,
  subregion: regionLabel,
  icld_cluster: regionLabel,
});

/** Sheet names; a list this table does not name keeps its JSON key. */
export const SHEETS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = Object.freeze({
  details: h('Details', 'Uppgifter'),
  partnerships: h('Partnerships', 'Partnerskap'),
  swedish_parties: h('Swedish parties', 'Svenska parter'),
  partners: h('Partners abroad', 'Partner utomlands'),
  hosts: h('Communities hosted', 'Mottagna grupper'),
  field: h('Field', 'Fält'),
  value: h('Value', 'Värde'),
});

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTable = (v: Json): v is Record<string, Json>[] =>
  Array.isArray(v) && v.length > 0 && v.every(isObject);

/**
 * A value as one cell: numbers stay numbers; lists joined; a related record by its name or id;
 * a value of a fixed vocabulary (the field `key`'s) in words.
 */
function cell(v: Json, lang: Lang, key = ''): XCell {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') return v;
  if (typeof v === 'string') return VALUE_LABEL[key]?.(v, lang) ?? v;
  if (typeof v === 'boolean') return FIELD_LABEL[v ? 'yes' : 'no']![lang];
  if (Array.isArray(v)) return v.map((x) => cell(x, lang, key) ?? '').join('; ') || undefined;
  if (isObject(v)) return cell(v.name ?? v.id ?? JSON.stringify(v), lang);
  return String(v);
}

/**
 * Names a record's own field has on the Details sheet where a column of the same name means
 * something else: a municipality's `status` is its KP status as of the year (the text's "KP
 * status"), a partnership's (a column) what its source recorded.
 */
const DETAIL_LABEL: Readonly<Record<string, Readonly<Record<Lang, string>>>> = Object.freeze({
  status: h('KP status (as of the year)', 'KP-status (det året)'),
});

/** A record's own fields, nested objects flattened to dotted names (name.en, seeking.areas). */
function fields(record: Record<string, Json>, lang: Lang, prefix = ''): XCell[][] {
  return Object.entries(record).flatMap(([k, v]): XCell[][] => {
    if (isTable(v)) return [];
    if (isObject(v) && !('name' in v || 'id' in v)) return fields(v, lang, `${prefix}${k}.`);
    const c = cell(v, lang, k);
    const label = (!prefix && DETAIL_LABEL[k]?.[lang]) || fieldLabel(`${prefix}${k}`, lang);
    return c === undefined ? [] : [[label, c]];
  });
}

export function recordSheets(record: Record<string, Json>, lang: Lang): XSheet[] {
  const lists = Object.entries(record).filter((e): e is [string, Record<string, Json>[]] => isTable(e[1]));
  return [
    {
      name: SHEETS.details![lang],
      columns: [{ header: SHEETS.field![lang] }, { header: SHEETS.value![lang], wrap: true }],
      rows: fields(record, lang),
    },
    ...lists.map(([key, items]) => {
      const keys = [...new Set(items.flatMap((i) => Object.keys(i)))];
      return {
        name: SHEETS[key]?.[lang] ?? key,
        columns: keys.map((k) => ({
          header: fieldLabel(k, lang),
          wrap: k === 'themes' || k === 'partnerships',
        })),
        rows: items.map((i) => keys.map((k) => cell(i[k], lang, k))),
      };
    }),
  ];
}

export const recordXlsx = (record: Record<string, Json>, lang: Lang) => toXlsx(recordSheets(record, lang));
