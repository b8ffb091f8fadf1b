// kp show NAME: one record of any kind, found by name, with what connects to it. Reads the
// options, finds the record (notes on stderr as the name resolves), prints what output/ renders.
import { usage } from '../errors.js';
import { RECORD_FORMAT_NAMES, RECORD_FORMATS, type RecordFormat } from '../output/formats.js';
import type { Lang } from '../output/labels.js';
import type { Context } from '../shell/context.js';
import { outputFormat, renderOptions } from '../shell/emit.js';
import { recordResolver } from '../shell/filters.js';
import { resolveName } from '../shell/resolve.js';
import { type WriteOptions, writeOutput } from '../shell/write.js';

export interface ShowOptions extends WriteOptions {
  /** As given; the -o file name may choose it. */
  readonly format?: RecordFormat;
  readonly lang: Lang;
}

export async function showCommand(ctx: Context, words: readonly string[], opts: ShowOptions): Promise<void> {
  const format = outputFormat(ctx, opts, RECORD_FORMAT_NAMES);
  const input = words.join(' ').trim();
  if (!input) throw usage('error.showWhat');
  const ds = await ctx.dataset();
  const { record } = resolveName(ctx, recordResolver(ds), input, 'record');
  await writeOutput(ctx, await RECORD_FORMATS[format](record, ds, renderOptions(ctx, opts)), opts);
}
