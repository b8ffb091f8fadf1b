// A view is rows plus the fields to show; each output format renders it its own way. Pure.
import type { Style } from './style.js';
import { formatNumber, type Lang } from './labels.js';
import { renderMarkdown } from './markdown.js';
import { renderTable } from './table.js';

export interface Field<R> {
  /** Stable machine name (JSON keys, CSV headers in English). */
  readonly key: string;
  readonly header: Readonly<Record<Lang, string>>;
  /** Numbers stay numbers (CSV keeps them numeric; tables right-align them). */
  readonly value: (row: R) => string | number | undefined;
  readonly flex?: boolean;
  readonly maxWidth?: number;
  /** Shown in tables and Markdown; CSV and JSON always carry every field. */
  readonly brief?: boolean;
}

export interface View<R> {
  readonly rows: readonly R[];
  readonly fields: readonly Field<R>[];
  /** The JSON document for --format json. */
  readonly json: () => unknown;
  /** The worksheet's name in a workbook (--format xlsx). */
  readonly sheet?: Readonly<Record<Lang, string>>;
}

export const FORMATS = ['table', 'json', 'csv', 'md', 'xlsx'] as const;
export type Format = (typeof FORMATS)[number];

export const cellText = (v: string | number | undefined, lang: Lang): string =>
  v === undefined ? '' : typeof v === 'number' ? formatNumber(v, lang) : v;

export function viewTable<R>(view: View<R>, lang: Lang, width: number, color: Style): string[] {
  const fields = view.fields.filter((f) => f.brief !== false);
  return renderTable(
    view.rows,
    fields.map((f) => ({
      header: f.header[lang],
      value: (r: R) => cellText(f.value(r), lang),
      align: view.rows.some((r) => typeof f.value(r) === 'number') ? ('right' as const) : ('left' as const),
      flex: f.flex,
      maxWidth: f.maxWidth,
    })),
    { width, header: (s) => color.bold(s) },
  );
}

export function viewMarkdown<R>(view: View<R>, lang: Lang): string[] {
  const fields = view.fields.filter((f) => f.brief !== false);
  return renderMarkdown(
    view.rows,
    fields.map((f) => ({ header: f.header[lang], value: (r: R) => cellText(f.value(r), lang) })),
  );
}

export function viewJson<R>(view: View<R>): string {
  return JSON.stringify(view.json(), null, 2);
}
