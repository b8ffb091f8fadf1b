// The output formats, as tables: for each format, how a ranking (MATCH_FORMATS), a list view
// (VIEW_FORMATS) or one record (RECORD_FORMATS) becomes text or a workbook. A new format is an
// entry in each. Pure, apart from the packages some formats load on first use (exceljs, the width
// libraries). Only the table and JSON of a ranking are imported here: the other formats' modules
// are imported when used, and the build leaves them out of the main bundle (start-up).
import type { Dataset } from '../core/dataset.js';
import type { AnyRecord } from '../core/entries.js';
import { toCsv } from './csv.js';
import type { Lang } from './labels.js';
import { type MatchResult, matchJson, matchMarkdown, matchTable } from './match.js';
import type { Style } from './style.js';
import { cellText, type Format, type View, viewJson, viewMarkdown, viewTable } from './view.js';
import { layout } from './width.js';

/** What a command writes: text, or the bytes of a workbook. */
export type Rendered = string | Uint8Array;

export interface RenderOptions {
  readonly lang: Lang;
  /** CSV for Swedish Excel. */
  readonly excel?: boolean;
  readonly explain?: boolean;
  /** Terminal width, for the table. */
  readonly width: number;
  readonly color: Style;
  /** Where the data came from, for a workbook's query sheet (undefined: the shipped data). */
  readonly dataDir?: string;
}

type Renderer<T> = (subject: T, ds: Dataset, o: RenderOptions) => Rendered | Promise<Rendered>;

export const MATCH_FORMATS: Readonly<Record<Format, Renderer<MatchResult>>> = Object.freeze({
  table: (r, ds, o) =>
    layout(() =>
      matchTable(r, ds, { lang: o.lang, width: o.width, color: o.color, explain: !!o.explain }).join('\n'),
    ),
  json: (r, ds, o) => JSON.stringify(matchJson(r, ds, o.lang), null, 2),
  md: (r, ds, o) => matchMarkdown(r, ds, o.lang, !!o.explain).join('\n'),
  csv: async (r, ds, o) => {
    const { header, rows } = (await import('./match-csv.js')).matchCsvRows(r, ds, o.lang);
    return toCsv(header, rows, { excel: !!o.excel });
  },
  xlsx: async (r, ds, o) =>
    (await import('./match-xlsx.js')).matchXlsx(r, ds, o.lang, { dataDir: o.dataDir }),
});

/** A view's cell as CSV and workbooks take it: numbers stay numbers, the rest is text. */
const cellOf = <R>(f: View<R>['fields'][number], r: R, lang: Lang) => {
  const v = f.value(r);
  return typeof v === 'number' ? v : v === undefined ? undefined : cellText(v, lang);
};

type ViewRenderer = (view: View<unknown>, o: RenderOptions) => Rendered | Promise<Rendered>;

export const VIEW_FORMATS: Readonly<Record<Format, ViewRenderer>> = Object.freeze({
  table: (view, o) => layout(() => viewTable(view, o.lang, o.width, o.color).join('\n')),
  json: (view) => viewJson(view),
  md: (view, o) => viewMarkdown(view, o.lang).join('\n'),
  csv: (view, o) =>
    toCsv(
      view.fields.map((f) => f.header[o.lang]),
      view.rows.map((r) => view.fields.map((f) => cellOf(f, r, o.lang))),
      { excel: !!o.excel },
    ),
  xlsx: async (view, o) =>
    (await import('./xlsx.js')).toXlsx([
      {
        name: view.sheet?.[o.lang] ?? 'kp',
        columns: view.fields.map((f) => ({ header: f.header[o.lang], wrap: f.flex })),
        rows: view.rows.map((r) => view.fields.map((f) => cellOf(f, r, o.lang))),
      },
    ]),
});

/** The formats one record comes in: no CSV or Markdown, since a record is not a table. */
export const RECORD_FORMAT_NAMES = ['table', 'json', 'xlsx'] as const satisfies readonly Format[];
export type RecordFormat = (typeof RECORD_FORMAT_NAMES)[number];

export const RECORD_FORMATS: Readonly<Record<RecordFormat, Renderer<AnyRecord>>> = Object.freeze({
  table: async (r, ds, o) => {
    const { recordText } = await import('./record-text.js');
    return layout(() => recordText(r, ds, o.lang, o.color, o.width).join('\n'));
  },
  json: async (r, ds) => JSON.stringify((await import('./record-json.js')).recordJson(r, ds), null, 2),
  xlsx: async (r, ds, o) => {
    const [{ recordJson }, { recordXlsx }] = await Promise.all([
      import('./record-json.js'),
      import('./record-xlsx.js'),
    ]);
    return recordXlsx(recordJson(r, ds), o.lang);
  },
});
