// kp match: read the options, rank (shell/match.ts, core/query.ts), print what output/ renders.
import { FORMATS } from '../output/view.js';
import type { Context } from '../shell/context.js';
import { outputFormat } from '../shell/emit.js';
import { computeMatch, type MatchOptions, renderMatch, sayNote } from '../shell/match.js';
import { toStdout, writeOutput } from '../shell/write.js';

export async function matchCommand(ctx: Context, opts: MatchOptions): Promise<void> {
  const format = outputFormat(ctx, opts, FORMATS);
  const ds = await ctx.dataset();
  const result = computeMatch(ctx, ds, opts);
  // On a terminal the answer itself says, under its title, that the country is off the list:
  // the same sentence on stderr would print it twice on the screen. Piped or written to a file,
  // stderr is where the reader sees it.
  const onScreen = toStdout(opts) && !!ctx.io.stdout.isTTY;
  for (const note of result.notes) {
    if (note.key === 'eligibility' && onScreen) continue;
    sayNote(ctx, note, opts.lang);
  }
  await writeOutput(ctx, await renderMatch(ctx, result, ds, { ...opts, format }), opts);
}
