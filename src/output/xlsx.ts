// A real Excel workbook (--format xlsx). The only module that imports exceljs, loaded on first use:
// it is large and most runs never write a workbook. Pure: sheets in, bytes out.
import type { Worksheet } from 'exceljs';

export type XCell = string | number | undefined;

export interface XColumn {
  readonly header: string;
  /** Long free text (reasons, sources): a wide column, wrapped. */
  readonly wrap?: boolean;
}

export interface XSheet {
  readonly name: string;
  readonly columns: readonly XColumn[];
  readonly rows: readonly (readonly XCell[])[];
}

const MIN_WIDTH = 6;
const MAX_WIDTH = 50;
const WRAP_WIDTH = 70;

/** Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, unique. */
export function sheetName(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, 31) || 'Sheet';
  let out = base;
  for (let i = 2; taken.has(out.toLowerCase()); i++) out = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
  return out;
}

/** Characters of the longest line: a column's natural width. */
const longest = (v: XCell) =>
  v === undefined
    ? 0
    : Math.max(
        ...String(v)
          .split('\n')
          .map((l) => [...l].length),
      );

/**
 * Strings are written as string cells, always: a code such as "0125" stays text, and a name that
 * looks like a formula ("=2+3 Borlänge") stays text (exceljs writes a formula only when given
 * one). Numbers are number cells. Text columns also get the Text format (@), so a code typed
 * in later is kept as typed.
 */
export async function toXlsx(sheets: readonly XSheet[]): Promise<Uint8Array> {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'kp';
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const name = sheetName(sheet.name, taken);
    taken.add(name.toLowerCase());
    fill(wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] }), sheet);
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function fill(ws: Worksheet, sheet: XSheet): void {
  const numeric = sheet.columns.map(
    (_c, i) =>
      sheet.rows.some((r) => typeof r[i] === 'number') && sheet.rows.every((r) => typeof r[i] !== 'string'),
  );
  ws.columns = sheet.columns.map((c, i) => {
    const natural = Math.max(longest(c.header), ...sheet.rows.map((r) => longest(r[i]))) + 2;
    return {
      header: c.header,
      width: c.wrap
        ? Math.min(WRAP_WIDTH, Math.max(natural, MIN_WIDTH))
        : Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, natural)),
      style: {
        ...(numeric[i] ? {} : { numFmt: '@' }),
        alignment: { vertical: 'top', ...(c.wrap ? { wrapText: true } : {}) },
      },
    };
  });
  for (const r of sheet.rows) ws.addRow(sheet.columns.map((_c, i) => r[i] ?? null));
  const header = ws.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'top', wrapText: false };
  if (sheet.columns.length) {
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  }
}
