// Render a view in the chosen format and send it to stdout (or, later, a file).
import type { Lang } from '../output/labels.js';
import { type Format, type View, viewJson, viewMarkdown, viewTable } from '../output/view.js';
import type { Context } from './context.js';

export interface EmitOptions {
  readonly format: Format;
  readonly lang: Lang;
}

export function renderView(ctx: Context, view: View<unknown>, opts: EmitOptions): string {
  switch (opts.format) {
    case 'json':
      return viewJson(view);
    case 'md':
      return viewMarkdown(view, opts.lang).join('\n');
    case 'csv':
      throw new Error('csv output is not implemented yet');
    default:
      return viewTable(view, opts.lang, ctx.width, ctx.colors.out).join('\n');
  }
}

export async function emit(ctx: Context, view: View<unknown>, opts: EmitOptions): Promise<void> {
  ctx.write(renderView(ctx, view, opts));
}
