// One record (kp show) as a workbook, from the same document as --format json: its own fields
// as (field, value) rows, and each list of related records (partnerships, Swedish parties,
// partners) as a sheet of its own. Pure.
import type { Lang } from './labels.js';
import { toXlsx, type XCell, type XSheet } from './xlsx.js';

const h = (en: string, sv: string) => ({ en, sv });

/** Sheet names; a list this table does not name keeps its JSON key. */
const SHEETS: Readonly<Record<string, Readonly<Record<Lang, string>>>> = Object.freeze({
  details: h('Details', 'Uppgifter'),
  partnerships: h('Partnerships', 'Partnerskap'),
  swedish_parties: h('Swedish parties', 'Svenska parter'),
  partners: h('Partners abroad', 'Partner utomlands'),
  field: h('Field', 'Fält'),
  value: h('Value', 'Värde'),
});

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isTable = (v: Json): v is Record<string, Json>[] =>
  Array.isArray(v) && v.length > 0 && v.every(isObject);

/** A value as one cell: numbers stay numbers; lists joined; a related record by its name or id. */
function cell(v: Json): XCell {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' || typeof v === 'string') return v;
  if (typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => cell(x) ?? '').join('; ') || undefined;
  if (isObject(v)) return cell(v.name ?? v.id ?? JSON.stringify(v));
  return String(v);
}

/** A record's own fields, nested objects flattened to dotted names (name.en, seeking.areas). */
function fields(record: Record<string, Json>, prefix = ''): XCell[][] {
  return Object.entries(record).flatMap(([k, v]): XCell[][] => {
    if (isTable(v)) return [];
    if (isObject(v) && !('name' in v || 'id' in v)) return fields(v, `${prefix}${k}.`);
    const c = cell(v);
    return c === undefined ? [] : [[`${prefix}${k}`, c]];
  });
}

export function recordSheets(record: Record<string, Json>, lang: Lang): XSheet[] {
  const lists = Object.entries(record).filter((e): e is [string, Record<string, Json>[]] => isTable(e[1]));
  return [
    {
      name: SHEETS.details![lang],
      columns: [{ header: SHEETS.field![lang] }, { header: SHEETS.value![lang], wrap: true }],
      rows: fields(record),
    },
    ...lists.map(([key, items]) => {
      const keys = [...new Set(items.flatMap((i) => Object.keys(i)))];
      return {
        name: SHEETS[key]?.[lang] ?? key,
        columns: keys.map((k) => ({ header: k, wrap: k === 'themes' || k === 'partnerships' })),
        rows: items.map((i) => keys.map((k) => cell(i[k]))),
      };
    }),
  ];
}

export const recordXlsx = (record: Record<string, Json>, lang: Lang) => toXlsx(recordSheets(record, lang));
