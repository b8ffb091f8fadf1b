// Synthetic but schema-valid partners and partnerships for scale tests (`npm run gen-data`).
// Countries, themes and Swedish parties are the shipped ones; the municipalities abroad and the
// relations are invented, with names built from syllables that sound like each region, so name
// resolution and sorting work on text that looks like the real thing. Deterministic per seed.
import type {
  Country,
  Municipality,
  Partner,
  Partnership,
  RawDataset,
  Theme,
} from '../src/dataset/schema.js';
import { stringify } from 'yaml';

export interface SyntheticOptions {
  readonly partners: number;
  readonly partnerships: number;
  readonly seed?: number;
}

/** Syllables per region: enough variety that most generated names are distinct. */
const SYLLABLES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  Africa: [
    'ka',
    'ki',
    'mu',
    'nya',
    'ru',
    'to',
    'mbo',
    'la',
    'se',
    'ngo',
    'wa',
    'zi',
    'ba',
    'ku',
    'ma',
    'lo',
    'ta',
    'bwe',
    'shi',
    'go',
    'ne',
    'ra',
    'tse',
    'pa',
  ],
  Europe: [
    'bor',
    'vi',
    'ka',
    'lan',
    'mir',
    'gra',
    'dni',
    'pol',
    'che',
    'sta',
    'no',
    'vo',
    'ha',
    'ri',
    'ze',
    'dov',
    'lu',
    'tsk',
    'sla',
    'bre',
    'ko',
    'me',
    'ril',
    'zha',
  ],
  Asia: [
    'an',
    'ban',
    'ti',
    'lo',
    'sha',
    'kam',
    'pur',
    'na',
    'dong',
    'ha',
    'gi',
    'ra',
    'su',
    'tan',
    'kor',
    'mi',
    'va',
    'li',
    'nag',
    'ur',
    'sen',
    'pho',
    'ku',
    'bat',
  ],
  Americas: [
    'san',
    'ta',
    'ma',
    'ri',
    'co',
    'la',
    'pe',
    'ro',
    'gua',
    'bel',
    'ca',
    'mon',
    'te',
    'vi',
    'llo',
    'chi',
    'que',
    'dor',
    'na',
    'sol',
    'mar',
    'bo',
    'ju',
    'ra',
  ],
});
const SUFFIXES = Object.freeze([
  '',
  '',
  '',
  ' Municipality',
  ' District Council',
  ' City',
  ' Town Council',
  ' Rural Municipality',
]);
/** How often each programme appears, roughly as in the shipped data. */
const PROGRAMMES = Object.freeze([
  ['kp', 0.5],
  ['twinning', 0.35],
  ['cities4cities', 0.04],
  ['tusenet', 0.03],
  ['sida', 0.03],
  ['other', 0.05],
] as const);
const PHASES = Object.freeze([
  ['projekt'],
  ['forberedelse'],
  ['forberedelse', 'projekt'],
  ['network'],
] as const);
const SOURCE = 'https://example.org/kp-synthetic';

/** mulberry32: small, fast, good enough for test data. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const some = <T>(xs: readonly T[], max: number): T[] => {
    const n = 1 + int(max);
    const out = new Set<T>();
    for (let i = 0; i < n; i++) out.add(pick(xs));
    return [...out];
  };
  return { next, int, pick, some };
}

/** The entry of a [value, weight] table that `roll` (0–1) lands on. */
function weighted<T>(table: readonly (readonly [T, number])[], roll: number): T {
  let left = roll;
  for (const [value, w] of table) {
    left -= w;
    if (left < 0) return value;
  }
  return table[0]![0];
}

const slug = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
const title = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export interface Synthetic {
  readonly partners: Partner[];
  readonly partnerships: Partnership[];
}

/**
 * Partners and partnerships on top of `base`: the shipped partners and partnerships are kept
 * when they fit in the requested totals (so real relations such as Borlänge's stay), and the
 * rest is invented. Every id is unique across the whole data set.
 */
export function synthesize(base: RawDataset, opts: SyntheticOptions): Synthetic {
  const r = rng(opts.seed ?? 1);
  const keepShipped = opts.partners >= base.partners.length && opts.partnerships >= base.partnerships.length;
  const partners: Partner[] = keepShipped ? [...base.partners] : [];
  const partnerships: Partnership[] = keepShipped ? [...base.partnerships] : [];
  const used = new Set<string>([
    ...base.countries.map((c) => c.id),
    ...base.themes.map((t) => t.id),
    ...base.municipalities.map((m) => m.id),
    ...partners.map((p) => p.id),
    ...partnerships.map((p) => p.id),
  ]);
  const unique = (stem: string) => {
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id;
  };

  // Eligible countries get most partners, as in the programme; the others some twin towns.
  const eligible = base.countries.filter((c) => c.icld_lists.includes('latest'));
  const countryOf = (): Country =>
    r.next() < 0.8 && eligible.length ? r.pick(eligible) : r.pick(base.countries);
  const themeIds = base.themes.map((t: Theme) => t.id);

  for (let i = partners.length; i < opts.partners; i++) {
    const country = countryOf();
    const syllables = SYLLABLES[country.region ?? ''] ?? SYLLABLES.Europe!;
    const stem = title(Array.from({ length: 2 + r.int(2) }, () => r.pick(syllables)).join(''));
    const name = `${stem}${r.pick(SUFFIXES)}`;
    const p: Partner = {
      id: unique(slug(stem)),
      name,
      aliases: name === stem ? [] : [stem],
      country: country.id,
      themes: r.next() < 0.7 ? r.some(themeIds, 3) : [],
      hosts: [],
      ...(r.next() < 0.5 && { province: `${title(r.pick(syllables))}${r.pick(syllables)} Province` }),
      ...(r.next() < 0.7 && { population: 5_000 + r.int(2_000_000) }),
      ...(r.next() < 0.05 && { seeking: { areas: r.some(themeIds, 3), source: `${SOURCE}/seeking` } }),
    };
    partners.push(p);
  }

  const swedish: Municipality[] = base.municipalities;
  for (let i = partnerships.length; i < opts.partnerships; i++) {
    const sw = r.pick(swedish);
    const abroad = [r.pick(partners)];
    if (r.next() < 0.02) abroad.push(r.pick(partners));
    const parties = [...new Set([sw.id, ...abroad.map((p) => p.id)])];
    if (parties.length < 2) continue;
    const programme = weighted(PROGRAMMES, r.next());
    const start = 1990 + r.int(36);
    const end = r.next() < 0.6 ? Math.min(2026, start + r.int(8)) : undefined;
    const themes = [...new Set([...(abroad[0]!.themes.slice(0, 1) ?? []), ...r.some(themeIds, 2)])];
    const id = unique(`${sw.id}-${abroad[0]!.id}`);
    partnerships.push({
      id,
      programme,
      parties,
      countries: [...new Set(abroad.map((p) => p.country))],
      start,
      ...(end !== undefined && { end }),
      phases: programme === 'kp' ? [...r.pick(PHASES)] : [],
      themes,
      collaborators: [],
      source: `${SOURCE}/${id}`,
    });
  }
  return { partners, partnerships };
}

/** Drop what the schema fills in by default (empty lists), so the files stay small. */
function compact(record: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => !(Array.isArray(v) && !v.length)));
}

/**
 * One record per line, each a flow mapping written as JSON (which YAML 1.2 reads as the same
 * data): the loader's fast path reads such lines with JSON.parse and still knows every
 * record's line (see src/dataset/lines.ts).
 */
export function flowLines(records: readonly object[], header: string): string {
  const out = [header];
  for (const r of records) out.push(`- ${JSON.stringify(compact(r))}`);
  return `${out.join('\n')}\n`;
}

/**
 * Block style, each record over several indented lines: exactly what the `yaml` package's
 * stringify writes for the whole list, written a record at a time (the same text: each item of
 * a block sequence is written on its own), since stringifying 300,000 records at once would
 * hold the whole document in memory.
 */
export function blockLines(records: readonly object[], header: string): string {
  const out = [`${header}\n`];
  for (const r of records) out.push(stringify([compact(r)]));
  return out.join('');
}
