// Render a view in the chosen format and send it to stdout or a file (-o).
import { style } from '../output/style.js';
import { usage } from '../errors.js';
import { toCsv } from '../output/csv.js';
import type { Lang } from '../output/labels.js';
import { cellText, type Format, type View, viewJson, viewMarkdown, viewTable } from '../output/view.js';
import type { Context } from './context.js';
import { type WriteOptions, writeOutput } from './write.js';

export interface EmitOptions extends WriteOptions {
  readonly format: Format;
  readonly lang: Lang;
  readonly excel?: boolean;
}

/** Colour for text going to stdout; none for text going to a file. */
export function colorFor(ctx: Context, opts: WriteOptions) {
  return opts.output && opts.output !== '-' ? style(0) : ctx.colors.out;
}

export async function renderView(ctx: Context, view: View<unknown>, opts: EmitOptions): Promise<string> {
  switch (opts.format) {
    case 'json':
      return viewJson(view);
    case 'md':
      return viewMarkdown(view, opts.lang).join('\n');
    case 'csv':
      return toCsv(
        view.fields.map((f) => f.header[opts.lang]),
        view.rows.map((r) =>
          view.fields.map((f) => {
            const v = f.value(r);
            return typeof v === 'number' ? v : v === undefined ? undefined : cellText(v, opts.lang);
          }),
        ),
        { excel: !!opts.excel },
      );
    default:
      return viewTable(view, opts.lang, ctx.width, colorFor(ctx, opts)).join('\n');
  }
}

export async function emit(ctx: Context, view: View<unknown>, opts: EmitOptions): Promise<void> {
  checkExcel(opts);
  writeOutput(ctx, await renderView(ctx, view, opts), opts);
}

/** --excel only makes sense for CSV. */
export function checkExcel(opts: EmitOptions): void {
  if (opts.excel && opts.format !== 'csv') {
    throw usage('error.excel', { format: opts.format });
  }
}
