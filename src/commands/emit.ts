// Render a view in the chosen format and send it to stdout or a file (-o).
import { PLAIN } from '../output/style.js';
import { usage } from '../errors.js';
import { toCsv } from '../output/csv.js';
import { chooseFormat } from '../output/file-format.js';
import type { Lang } from '../output/labels.js';
import { cellText, type Format, type View, viewJson, viewMarkdown, viewTable } from '../output/view.js';
import { layout } from '../output/width.js';
import { toXlsx } from '../output/xlsx.js';
import type { Context } from './context.js';
import { type Payload, toStdout, type WriteOptions, writeOutput } from './write.js';

export interface EmitOptions extends WriteOptions {
  /** As given; chooseFormat() decides with the file name. */
  readonly format?: Format;
  readonly lang: Lang;
  readonly excel?: boolean;
}

/** Colour for text going to stdout; none for text going to a file. */
export function colorFor(ctx: Context, opts: WriteOptions) {
  return opts.output && opts.output !== '-' ? PLAIN : ctx.colors.out;
}

/** A view's cell as CSV and workbooks take it: numbers stay numbers, the rest is text. */
const cellOf = <R>(f: View<R>['fields'][number], r: R, lang: Lang) => {
  const v = f.value(r);
  return typeof v === 'number' ? v : v === undefined ? undefined : cellText(v, lang);
};

export async function renderView(
  ctx: Context,
  view: View<unknown>,
  format: Format,
  opts: EmitOptions,
): Promise<Payload> {
  switch (format) {
    case 'json':
      return viewJson(view);
    case 'md':
      return viewMarkdown(view, opts.lang).join('\n');
    case 'csv':
      return toCsv(
        view.fields.map((f) => f.header[opts.lang]),
        view.rows.map((r) => view.fields.map((f) => cellOf(f, r, opts.lang))),
        { excel: !!opts.excel },
      );
    case 'xlsx':
      return toXlsx([
        {
          name: view.sheet?.[opts.lang] ?? 'kp',
          columns: view.fields.map((f) => ({ header: f.header[opts.lang], wrap: f.flex })),
          rows: view.rows.map((r) => view.fields.map((f) => cellOf(f, r, opts.lang))),
        },
      ]);
    default:
      return layout(() => viewTable(view, opts.lang, ctx.width, colorFor(ctx, opts)).join('\n'));
  }
}

export async function emit(ctx: Context, view: View<unknown>, opts: EmitOptions): Promise<void> {
  const format = outputFormat(ctx, opts, ['table', 'json', 'csv', 'md', 'xlsx']);
  await writeOutput(ctx, await renderView(ctx, view, format, opts), opts);
}

/**
 * The format to write, from --format and the -o file name, checked against where it goes:
 * --excel only with CSV; a workbook (binary) not onto a terminal.
 */
export function outputFormat(ctx: Context, opts: EmitOptions, allowed: readonly Format[]): Format {
  const format = chooseFormat(opts, allowed);
  if (opts.excel && format !== 'csv') {
    throw usage('error.excel', { format });
  }
  if (format === 'xlsx' && toStdout(opts) && ctx.io.stdout.isTTY) {
    throw usage('error.binaryTerminal');
  }
  return format;
}
