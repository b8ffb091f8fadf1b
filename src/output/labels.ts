// Words shown to people, in English and Swedish. A new label is a new entry, not a branch.
import { type Component, COMPONENT_TABLE } from '../core/components.js';
import type { CoreArea, Country, KpStatus, Programme, Theme } from '../core/records.js';

export type Lang = 'en' | 'sv';
export const LANGS: readonly Lang[] = ['en', 'sv'];

export { fill } from '../messages/index.js';

export const themeLabel = (t: Theme, lang: Lang) => t.label[lang];

/** Words of theme labels that are names, kept capitalised in a sentence ("European integration"). */
const PROPER_WORDS: ReadonlySet<string> = new Set(['European']);

/** Labels in a sentence, by language and label (a label gives the same text every time). */
const IN_TEXT: Readonly<Record<Lang, Map<string, string>>> = Object.freeze({ en: new Map(), sv: new Map() });

/**
 * A theme's label inside a sentence ("shares themes: refugee inclusion and integration"): lower
 * case, but for names as written: abbreviations (a capital after the first letter: "SDGs",
 * "EU-integration"), a name with its number ("Agenda 2030") and PROPER_WORDS. Worked out once per
 * label: a table names the asked theme on most of its rows, and each time cost a split, two
 * slices and two lower-casings per word.
 */
export const themeInText = (t: Theme, lang: Lang) => {
  const label = themeLabel(t, lang);
  let text = IN_TEXT[lang].get(label);
  if (text === undefined) IN_TEXT[lang].set(label, (text = labelInText(label, lang)));
  return text;
};

function labelInText(label: string, lang: Lang): string {
  const words = label.split(' ');
  return words
    .map((w, i) =>
      // A capital after the first letter: the word differs from itself in lower case there (no
      // \p{Lu} regex: compiling Unicode's class of capitals costs a run 2 M instructions).
      w.slice(1) !== w.slice(1).toLocaleLowerCase(lang) ||
      /^\d/.test(words[i + 1] ?? '') ||
      PROPER_WORDS.has(w)
        ? w
        : w.toLocaleLowerCase(lang),
    )
    .join(' ');
}

export const countryName = (c: Country, lang: Lang) => c.name[lang];

export const STATUS_LABEL: Record<KpStatus, Record<Lang, string>> = {
  active: { en: 'active', sv: 'aktiv' },
  former: { en: 'former', sv: 'tidigare' },
  interested: { en: 'interested', sv: 'intresserad' },
  none: { en: 'no KP history', sv: 'ingen KP-historik' },
};

/** A relation as of the year asked (core/relations.ts relationStatus). */
export const RELATION_STATUS_LABEL: Record<'active' | 'ended', Record<Lang, string>> = {
  active: { en: 'active', sv: 'pågår' },
  ended: { en: 'ended', sv: 'avslutat' },
};

export const PROGRAMME_LABEL: Record<Programme, Record<Lang, string>> = {
  kp: { en: 'KP partnership', sv: 'kommunalt partnerskap' },
  twinning: { en: 'twin town', sv: 'vänort' },
  cities4cities: { en: 'Cities4Cities', sv: 'Cities4Cities' },
  tusenet: { en: 'Tusenet network', sv: 'Tusenet-nätverk' },
  'sala-ida': { en: 'SALA IDA', sv: 'SALA IDA' },
  sida: { en: 'Sida project', sv: 'Sida-projekt' },
  other: { en: 'other relation', sv: 'annan relation' },
};

export const PHASE_LABEL: Record<string, Record<Lang, string>> = {
  forberedelse: { en: 'förberedelse', sv: 'förberedelse' },
  projekt: { en: 'projekt', sv: 'projekt' },
  network: { en: 'network', sv: 'nätverk' },
};

export const KIND_LABEL: Record<string, Record<Lang, string>> = {
  municipality: { en: 'municipality', sv: 'kommun' },
  region: { en: 'region', sv: 'region' },
  association: { en: 'association', sv: 'förbund' },
  partner: { en: 'municipality abroad', sv: 'kommun utomlands' },
  country: { en: 'country', sv: 'land' },
  theme: { en: 'theme', sv: 'tema' },
};

/**
 * The regions countries are grouped in (data/countries.yaml): ICLD's clusters (icld_cluster), the
 * continents (region) and the UN subregions (subregion). Fixed names, one table: a name the data
 * has and this table lacks is shown as the data writes it (a test holds the shipped data to it).
 */
export const REGION_LABEL: Readonly<Record<string, Record<Lang, string>>> = Object.freeze({
  // ICLD clusters.
  'East Africa': { en: 'East Africa', sv: 'Östafrika' },
  'Southern Africa': { en: 'Southern Africa', sv: 'Södra Afrika' },
  'Latin America': { en: 'Latin America', sv: 'Latinamerika' },
  Europe: { en: 'Europe', sv: 'Europa' },
  // Continents.
  Africa: { en: 'Africa', sv: 'Afrika' },
  Americas: { en: 'Americas', sv: 'Amerika' },
  Asia: { en: 'Asia', sv: 'Asien' },
  Oceania: { en: 'Oceania', sv: 'Oceanien' },
  // UN subregions.
  'Eastern Africa': { en: 'Eastern Africa', sv: 'Östra Afrika' },
  'Western Africa': { en: 'Western Africa', sv: 'Västra Afrika' },
  'Northern Africa': { en: 'Northern Africa', sv: 'Norra Afrika' },
  'Middle Africa': { en: 'Middle Africa', sv: 'Centralafrika' },
  'Central America': { en: 'Central America', sv: 'Centralamerika' },
  'North America': { en: 'North America', sv: 'Nordamerika' },
  'South America': { en: 'South America', sv: 'Sydamerika' },
  Caribbean: { en: 'Caribbean', sv: 'Karibien' },
  'Eastern Asia': { en: 'Eastern Asia', sv: 'Östasien' },
  'South-Eastern Asia': { en: 'South-Eastern Asia', sv: 'Sydostasien' },
  'Southern Asia': { en: 'Southern Asia', sv: 'Sydasien' },
  'Western Asia': { en: 'Western Asia', sv: 'Västasien' },
  'Central Asia': { en: 'Central Asia', sv: 'Centralasien' },
  'Central Europe': { en: 'Central Europe', sv: 'Centraleuropa' },
  'Eastern Europe': { en: 'Eastern Europe', sv: 'Östeuropa' },
  'Northern Europe': { en: 'Northern Europe', sv: 'Nordeuropa' },
  'Southeast Europe': { en: 'Southeast Europe', sv: 'Sydösteuropa' },
  'Southern Europe': { en: 'Southern Europe', sv: 'Sydeuropa' },
  'Western Europe': { en: 'Western Europe', sv: 'Västeuropa' },
});

/** A cluster, continent or subregion in the reader's language (as the data writes it if unknown). */
export const regionLabel = (name: string | undefined, lang: Lang): string | undefined =>
  name === undefined ? undefined : (REGION_LABEL[name]?.[lang] ?? name);

/** ICLD's four democratic core areas (kärnområden), which themes serve. */
export const CORE_AREA_LABEL: Readonly<Record<CoreArea, Record<Lang, string>>> = Object.freeze({
  equity: { en: 'equity', sv: 'likvärdighet' },
  participation: { en: 'participation', sv: 'delaktighet' },
  transparency: { en: 'transparency', sv: 'transparens' },
  accountability: { en: 'accountability', sv: 'ansvarsutkrävande' },
});

/** The country of the Swedish parties, which the data does not list among partner countries. */
export const SWEDEN: Readonly<Record<Lang, string>> = Object.freeze({ en: 'Sweden', sv: 'Sverige' });

/** The ranking's components as --explain names them (from the components table). */
export const COMPONENT_LABEL: Readonly<Record<Component, Record<Lang, string>>> = Object.freeze(
  Object.fromEntries(COMPONENT_TABLE.map((c) => [c.id, c.label])) as Record<Component, Record<Lang, string>>,
);

/**
 * Thousands separators as en-GB and sv-SE write them; Swedish groups with a no-break space
 * (U+00A0, as sv-SE's own formats do), so "32 106" never breaks across lines.
 */
const THOUSANDS: Readonly<Record<Lang, string>> = Object.freeze({ en: ',', sv: '\u00a0' });

/** A score or points with one decimal: 71.5, in Swedish 71,5. */
export function formatScore(n: number, lang: Lang): string {
  return formatDecimal(n, lang);
}

export function formatNumber(n: number | undefined, lang: Lang): string {
  if (n === undefined) return '';
  // Whole numbers (populations, counts) without Intl: its first use costs ~10 ms of ICU start-up,
  // a fifth of Node's own. Same text as toLocaleString gives; other numbers still go to it.
  // Under a thousand there is nothing to group (and a replace allocates even when nothing matches).
  if (Number.isSafeInteger(n) && n >= 0)
    return n < 1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+$)/g, THOUSANDS[lang]);
  return n.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en-GB').replace(/[\u00a0\u202f ]/g, THOUSANDS[lang]);
}

/** One decimal, with the language's decimal mark, without Intl (see formatNumber): 1.4, 1,4. */
export function formatDecimal(x: number, lang: Lang, digits = 1): string {
  const text = x.toFixed(digits);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/** A share as a percentage: "3.7 %" (shares under 0.1 % with two decimals). */
export const formatShare = (share: number, lang: Lang): string =>
  `${formatDecimal(100 * share, lang, share < 0.001 ? 2 : 1)} %`;
