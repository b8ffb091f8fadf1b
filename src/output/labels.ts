// Words shown to people, in English and Swedish. A new label is a new entry, not a branch.
import { type Component, COMPONENT_TABLE } from '../core/components.js';
import type { Country, KpStatus, Programme, Theme } from '../core/records.js';

export type Lang = 'en' | 'sv';
export const LANGS: readonly Lang[] = ['en', 'sv'];

export { fill } from '../messages/index.js';

export const themeLabel = (t: Theme, lang: Lang) => t.label[lang];
export const countryName = (c: Country, lang: Lang) => c.name[lang];

export const STATUS_LABEL: Record<KpStatus, Record<Lang, string>> = {
  active: { en: 'active', sv: 'aktiv' },
  former: { en: 'former', sv: 'tidigare' },
  interested: { en: 'interested', sv: 'intresserad' },
  none: { en: 'no KP history', sv: 'ingen KP-historik' },
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
const DECIMAL: Readonly<Record<Lang, string>> = Object.freeze({ en: '.', sv: ',' });

/** A score or points with one decimal: 71.5, in Swedish 71,5. */
export function formatScore(n: number, lang: Lang): string {
  return n.toFixed(1).replace('.', DECIMAL[lang]);
}

export function formatNumber(n: number | undefined, lang: Lang): string {
  if (n === undefined) return '';
  // Whole numbers (populations, counts) without Intl: its first use costs ~10 ms of ICU start-up,
  // a fifth of Node's own. Same text as toLocaleString gives; other numbers still go to it.
  if (Number.isSafeInteger(n) && n >= 0) return String(n).replace(/\B(?=(\d{3})+$)/g, THOUSANDS[lang]);
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
