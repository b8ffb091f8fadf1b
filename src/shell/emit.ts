// Render a view in the chosen format and send it to stdout or a file (-o).
import { PLAIN } from '../output/style.js';
import { usage } from '../errors.js';
import { chooseFormat } from '../output/file-format.js';
import { type RenderOptions, VIEW_FORMATS } from '../output/formats.js';
import type { Lang } from '../output/labels.js';
import type { Format, View } from '../output/view.js';
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

/** What every format takes from the run and the options: language, width, colour, dialect. */
export function renderOptions(
  ctx: Context,
  opts: WriteOptions & { readonly lang: Lang; readonly excel?: boolean; readonly explain?: boolean },
): RenderOptions {
  return {
    lang: opts.lang,
    excel: opts.excel,
    explain: opts.explain,
    width: ctx.width,
    color: colorFor(ctx, opts),
    dataDir: ctx.location.dir,
  };
}

export function renderView(
  ctx: Context,
  view: View<unknown>,
  format: Format,
  opts: EmitOptions,
): Promise<Payload> {
  return Promise.resolve(VIEW_FORMATS[format](view, renderOptions(ctx, opts)));
}

export async function emit(ctx: Context, view: View<unknown>, opts: EmitOptions): Promise<void> {
  const format = outputFormat(ctx, opts, ['table', 'json', 'csv', 'md', 'xlsx']);
  await writeOutput(ctx, await renderView(ctx, view, format, opts), opts);
}

/**
 * The format to write, from --format and the -o file name, checked against where it goes:
 * --excel only with CSV; a workbook (binary) not onto a terminal.
 */
export function outputFormat<F extends Format>(ctx: Context, opts: EmitOptions, allowed: readonly F[]): F {
  // --format itself is one of `allowed`: the program declares it with these choices.
  const format = chooseFormat(opts, allowed) as F;
  if (opts.excel && format !== 'csv') {
    throw usage('error.excel', { format });
  }
  if (format === 'xlsx' && toStdout(opts) && ctx.io.stdout.isTTY) {
    throw usage('error.binaryTerminal');
  }
  return format;
}
