// CSV that opens right in Excel and cannot be turned against its reader. The only module that
// imports csv-stringify (loaded on demand: most runs never write CSV).
import type { Options } from 'csv-stringify/sync';

export type Cell = string | number | undefined;

export interface CsvOptions {
  /** Swedish Excel: UTF-8 BOM (or åäö break), ";" between fields, CRLF, decimal comma. */
  readonly excel: boolean;
}

/** The two dialects as data: RFC 4180, and what a double-click in Swedish Excel expects. */
const DIALECTS: Readonly<Record<'rfc4180' | 'excel', Options>> = Object.freeze({
  rfc4180: { delimiter: ',', record_delimiter: 'unix', bom: false },
  excel: {
    delimiter: ';',
    record_delimiter: 'windows',
    bom: true,
    // csv-stringify 6.9 leaves a field with a bare newline unquoted under windows record
    // delimiters (node-csv #467): quote any field holding CR or LF ourselves.
    quoted_match: [/[\r\n]/],
    // Every text field quoted, numbers not: LibreOffice's "Format quoted field as text" (one
    // tick in its import dialog) then keeps codes such as 0125 as text. Excel has no such switch:
    // README "Files and formats" gives its import steps, and --format xlsx needs none.
    quoted_string: true,
    cast: { number: (n: number) => String(n).replace('.', ',') },
  },
});

/**
 * A text cell that starts with = + - @, tab or CR is run as a formula by spreadsheets (CWE-1236).
 * Prefix it with an apostrophe, as OWASP advises. Numbers are left alone: they are data, not text.
 */
export function neutralise(cell: Cell): Cell {
  if (typeof cell !== 'string') return cell;
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export async function toCsv(
  header: readonly string[],
  rows: readonly (readonly Cell[])[],
  opts: CsvOptions,
): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  const records = [header, ...rows].map((r) => r.map((c) => (c === undefined ? '' : neutralise(c))));
  return stringify(records, DIALECTS[opts.excel ? 'excel' : 'rfc4180']);
}
