// Turn the user's --country / --theme inputs into records, through the name resolver.
import type { Dataset, SwedishParty } from '../core/dataset.js';
import {
  allEntries,
  type AnyRecord,
  countryEntry,
  partnerEntries,
  swedishEntry,
  themeEntry,
} from '../core/entries.js';
import { getOrCreate } from '../core/memo.js';
import { createResolver, type Resolver } from '../core/names.js';
import type { Country, Partner, Theme } from '../dataset/schema.js';
import { usage } from '../errors.js';
import { fold } from '../core/text.js';
import type { Context } from './context.js';
import { resolveName } from './resolve.js';

type Party = SwedishParty | Partner;

const cache = new WeakMap<Dataset, Map<string, Resolver<unknown>>>();

/** One resolver per kind and dataset: the fuzzy index is built once per run. */
function resolver<T>(ds: Dataset, kind: string, build: () => Resolver<T>): Resolver<T> {
  const byKind = getOrCreate(cache, ds, () => new Map<string, Resolver<unknown>>());
  return getOrCreate(byKind, kind, build) as Resolver<T>;
}

export const countryResolver = (ds: Dataset) =>
  resolver(ds, 'country', () => createResolver(ds.raw.countries.map(countryEntry)));
export const themeResolver = (ds: Dataset) =>
  resolver(ds, 'theme', () => createResolver(ds.raw.themes.map(themeEntry)));
export const partyResolver = (ds: Dataset) =>
  resolver<Party>(ds, 'party', () =>
    createResolver<Party>([...ds.raw.municipalities.map(swedishEntry), ...partnerEntries(ds)]),
  );

export const swedishResolver = (ds: Dataset) =>
  resolver<SwedishParty>(ds, 'swedish', () => createResolver(ds.raw.municipalities.map(swedishEntry)));

/** Every record of every kind, for `kp show`. */
export const recordResolver = (ds: Dataset) =>
  resolver<AnyRecord>(ds, 'record', () => createResolver(allEntries(ds)));

export function resolveCountry(ctx: Context, ds: Dataset, input: string): Country {
  return resolveName(ctx, countryResolver(ds), input, 'country', (c, lang) => c.name[lang]).record;
}

/** Themes from repeated flags and comma lists: `--theme refugees --theme "gender, youth"`. */
export function resolveThemes(ctx: Context, ds: Dataset, inputs: readonly string[]): Theme[] {
  const words = inputs.flatMap((i) => i.split(',')).map((w) => w.trim());
  if (inputs.length && words.every((w) => !w)) {
    throw usage('error.themeEmpty');
  }
  const out: Theme[] = [];
  // A theme given many times is resolved (and noted) once.
  const seen = new Set<string>();
  for (const w of words.filter(Boolean)) {
    const key = fold(w);
    if (seen.has(key)) continue;
    seen.add(key);
    const t = resolveName(ctx, themeResolver(ds), w, 'theme', (th, lang) => th.label[lang]).record;
    if (!out.includes(t)) out.push(t);
  }
  return out;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
