// Resolve a name the user typed, or stop with a usage error that lists the nearest candidates.
import type { NameEntry, Resolution, Resolver } from '../core/names.js';
import { compareSv, normalize } from '../core/text.js';
import { localizedError, UsageError } from '../errors.js';
import { clip, type Lang, type MessageKey, msg } from '../messages/index.js';
import { KIND_LABEL } from '../output/labels.js';
import type { Context } from './context.js';

/** What a name is looked up as, in the reader's language ("country", "land"). */
const WHAT: Readonly<Record<string, MessageKey>> = Object.freeze({
  country: 'what.country',
  theme: 'what.theme',
  party: 'what.party',
  partner: 'what.partner',
  municipality: 'what.municipality',
  record: 'what.record',
});
const whatIn = (lang: Lang, what: string) => (WHAT[what] ? msg(lang, WHAT[what]) : what);
/** "No country", "ingen kommun": the negation agrees with the word's gender in Swedish. */
const NONE: Readonly<Record<string, MessageKey>> = Object.freeze({
  country: 'none.country',
  theme: 'none.theme',
  party: 'none.party',
  partner: 'none.partner',
  municipality: 'none.municipality',
  record: 'none.record',
});
const noneIn = (lang: Lang, what: string) => msg(lang, NONE[what] ?? 'none.record');

const describe = (e: NameEntry<unknown>, lang: Lang) => {
  const kind = e.kind ? (KIND_LABEL[e.kind]?.[lang] ?? e.kind) : undefined;
  const sv = lang === 'sv' ? e.sv : undefined;
  const extra = [kind, sv?.detail ?? e.detail].filter(Boolean).join(', ');
  return `${(sv?.label || undefined) ?? e.label} (${extra}; id ${e.id})`;
};

/** The message for a failed resolution: what went wrong and what the user may have meant. */
export function resolutionError(r: Resolution<unknown> & { ok: false }, what: string): UsageError {
  const labelIn = (e: NameEntry<unknown>, lang: Lang) => (lang === 'sv' && e.sv?.label) || e.label;
  // Ambiguous: the candidates are equally good, so alphabetical in the reader's language;
  // otherwise nearest first.
  const sorted = (lang: Lang) =>
    r.reason === 'ambiguous'
      ? [...r.candidates].sort(
          (a, b) => compareSv(labelIn(a, lang), labelIn(b, lang)) || compareSv(a.id, b.id),
        )
      : r.candidates;
  const list = (lang: Lang) =>
    sorted(lang)
      .slice(0, 6)
      .map((c) => `  ${describe(c, lang)}`)
      .join('\n');
  const input = clip(r.input);
  const error = (key: MessageKey) =>
    localizedError(UsageError, (lang) =>
      msg(lang, key, {
        what: whatIn(lang, what),
        none: noneIn(lang, what),
        input,
        list: list(lang),
        plural: plural(what),
      }),
    );
  switch (r.reason) {
    case 'too-short':
      return error('error.tooShort');
    case 'ambiguous':
      return error('error.ambiguous');
    default:
      return error(r.candidates.length ? 'error.noMatchNearest' : 'error.noMatch');
  }
}

function plural(what: string): string {
  if (what === 'country') return 'countries';
  if (what === 'theme') return 'themes';
  if (what === 'partner') return 'partners';
  return 'municipalities';
}

/** Longer than any name, alias or code a record has (the longest are under 80 characters). */
export const LONGEST_NAME = 200;

/** Resolve or throw; an inexact resolution is reported on stderr ("Tblisi → Tbilisi"). */
export function resolveName<T>(
  ctx: Context,
  resolver: Resolver<T>,
  input: string,
  what: string,
  /** The record's name in the reader's language, for the note (default: the entry's label). */
  labelIn?: (record: T, lang: Lang) => string,
): NameEntry<T> {
  // No name is this long; fuzzy search over a 100,000-character input would take minutes.
  const r: Resolution<T> =
    input.length > LONGEST_NAME
      ? { ok: false, reason: 'no-match', input, candidates: [] }
      : resolver.resolve(input);
  if (!r.ok) throw resolutionError(r, what);
  // An id that is another record's name too (berg, and Berg in Germany): say which was taken and
  // how to name the other.
  if (r.others?.length) {
    ctx.say('note.resolvedById', {
      what: whatIn(ctx.lang, what),
      input: clip(input),
      label: describe(r.entry, ctx.lang),
      others: r.others.map((e) => describe(e, ctx.lang)).join('; '),
    });
    return r.entry;
  }
  // Say how the input was read whenever it is not the record's own name (Tblisi → Tbilisi).
  const label = labelIn
    ? labelIn(r.entry.record, ctx.lang)
    : (ctx.lang === 'sv' && r.entry.sv?.label) || r.entry.label;
  if (normalize(input) !== normalize(label)) {
    ctx.say(r.how === 'fuzzy' ? 'note.resolvedFuzzy' : 'note.resolved', {
      what: whatIn(ctx.lang, what),
      input: clip(input),
      label,
    });
  }
  return r.entry;
}
