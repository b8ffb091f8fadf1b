// Resolve a name the user typed, or stop with a usage error that lists the nearest candidates.
import type { NameEntry, Resolution, Resolver } from '../core/names.js';
import { compareSv, normalize } from '../core/text.js';
import { UsageError } from '../errors.js';
import type { Context } from './context.js';

const describe = (e: NameEntry<unknown>) => {
  const extra = [e.kind, e.detail].filter(Boolean).join(', ');
  return `${e.label} (${extra}; id ${e.id})`;
};

/** The message for a failed resolution: what went wrong and what the user may have meant. */
export function resolutionError(r: Resolution<unknown> & { ok: false }, what: string): UsageError {
  const sorted =
    r.reason === 'ambiguous'
      ? [...r.candidates].sort((a, b) => compareSv(a.label, b.label) || compareSv(a.id, b.id))
      : r.candidates;
  const list = sorted.slice(0, 6).map((c) => `  ${describe(c)}`);
  switch (r.reason) {
    case 'too-short':
      return new UsageError(`${what} "${r.input}" is too short: type at least three letters of the name`);
    case 'ambiguous':
      return new UsageError(
        [`${what} "${r.input}" could mean several records; use one of these names or ids:`, ...list].join(
          '\n',
        ),
      );
    default:
      return new UsageError(
        list.length
          ? [`no ${what} matches "${r.input}". Nearest:`, ...list].join('\n')
          : `no ${what} matches "${r.input}" (see \`kp list ${plural(what)}\`)`,
      );
  }
}

function plural(what: string): string {
  if (what === 'country') return 'countries';
  if (what === 'theme') return 'themes';
  if (what === 'partner') return 'partners';
  return 'municipalities';
}

/** Resolve or throw; an inexact resolution is reported on stderr ("Tblisi → Tbilisi"). */
export function resolveName<T>(
  ctx: Context,
  resolver: Resolver<T>,
  input: string,
  what: string,
): NameEntry<T> {
  const r = resolver.resolve(input);
  if (!r.ok) throw resolutionError(r, what);
  // Say how the input was read whenever it is not the record's own name (Tblisi → Tbilisi).
  if (normalize(input) !== normalize(r.entry.label)) {
    ctx.note(`${what}: ${input} → ${r.entry.label}${r.how === 'fuzzy' ? ' (closest match)' : ''}`);
  }
  return r.entry;
}
