// kp list KIND: every record of a kind, filtered, as a table, JSON, CSV, Markdown or a workbook.
// Reads and checks the options, resolves the names in them (notes on stderr), and prints the view
// output/list-views.ts makes of the rows core/lists.ts keeps.
import type { Dataset } from '../core/dataset.js';
import { isListKind, LIST_KIND_NAMES } from '../core/list-kinds.js';
import { type ListFilters, LIST_ROWS } from '../core/lists.js';
import { usage } from '../errors.js';
import { clip } from '../messages/index.js';
import { listView, type Near } from '../output/list-views.js';
import type { Context } from '../shell/context.js';
import { type EmitOptions, emit } from '../shell/emit.js';
import { resolveCountry, resolveThemes, swedishResolver } from '../shell/filters.js';
import { resolveName } from '../shell/resolve.js';

export interface ListOptions extends EmitOptions {
  readonly country?: string;
  readonly theme?: string[];
  readonly status?: string;
  /** municipalities: sort by distance from this Swedish party; --within keeps those up to KM away. */
  readonly near?: string;
  readonly within?: string;
}

/** --within: kilometres, a number above 0. */
function parseWithin(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const km = Number(value);
  if (!value.trim() || !Number.isFinite(km) || km <= 0) throw usage('error.within', { value: clip(value) });
  return km;
}

/** --near NAME as a Swedish party, with a note when it has no place to measure from. */
function nearFrom(ctx: Context, ds: Dataset, opts: ListOptions): Near {
  const within = parseWithin(opts.within);
  const from = resolveName(ctx, swedishResolver(ds), opts.near!, 'municipality').record;
  if (!from.location) {
    const region = from.kind === 'region' && !!from.county;
    // Without a point there is no distance: --within cannot apply, and is not silently dropped.
    ctx.say(
      region ? (within === undefined ? 'note.nearRegion' : 'note.nearRegionWithin') : 'note.nearUnplaced',
      {
        name: from.name,
        county: from.county ?? '',
      },
    );
  }
  return { from, within };
}

export async function listCommand(ctx: Context, kindName: string, opts: ListOptions): Promise<void> {
  if (!isListKind(kindName)) {
    throw usage('error.listKind', { kind: clip(kindName), kinds: LIST_KIND_NAMES.join(', ') });
  }
  const kind = LIST_ROWS[kindName];
  const { statuses } = kind;
  const notHere = (option: string) => usage('error.listOption', { option, kind: kindName });
  if (opts.country && !kind.country) throw notHere('--country');
  if (opts.theme?.length && !kind.theme) throw notHere('--theme');
  if (opts.status && !statuses) throw notHere('--status');
  if ((opts.near || opts.within) && kindName !== 'municipalities') throw usage('error.nearOnly', {});
  if (opts.within && !opts.near) throw usage('error.withinNeedsNear', {});
  if (opts.status && !statuses!.includes(opts.status)) {
    throw usage('error.listStatus', {
      kind: kindName,
      statuses: statuses!.join(', '),
      value: clip(opts.status),
    });
  }
  const ds = await ctx.dataset();
  const themes = opts.theme?.length ? resolveThemes(ctx, ds, opts.theme) : [];
  if (themes.length > 1) throw usage('error.listOneTheme');
  const filters: ListFilters = {
    country: opts.country ? resolveCountry(ctx, ds, opts.country) : undefined,
    theme: themes[0],
    status: opts.status,
  };
  const view = listView(ds, kindName, filters, opts.lang, opts.near ? nearFrom(ctx, ds, opts) : undefined);
  await emit(ctx, view, opts);
  if (!view.rows.length) ctx.say('note.nothingListed', { kind: kindName });
}
