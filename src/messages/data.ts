// The messages about data (./data-en.ts, ./data-sv.ts) and their rendering. Loaded only when a
// data directory is read or a problem is said (dist/kp-lazy.cjs): a run on the shipped snapshot
// never needs them, so their tables cost its start-up nothing.
import { dataEn, type DataMessageKey } from './data-en.js';
import { dataSv } from './data-sv.js';
import { fill, type Lang, type Message, type Part, type Vars } from './index.js';

export const DATA_MESSAGES: Readonly<Record<Lang, Readonly<Record<DataMessageKey, string>>>> = Object.freeze({
  en: dataEn,
  sv: dataSv,
});

/** Whether `key` is a key of the data messages. */
export const isDataKey = (key: string): key is DataMessageKey => Object.hasOwn(dataEn, key);

/** A data message by key, in `lang`. */
export function dataMsg(lang: Lang, key: DataMessageKey, vars?: Vars): string {
  return fill(DATA_MESSAGES[lang][key], vars, lang);
}

/** A message in `lang`. */
export function render(lang: Lang, m: Message): string {
  if (!m.vars) return DATA_MESSAGES[lang][m.key];
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(m.vars)) vars[k] = part(lang, v);
  return fill(DATA_MESSAGES[lang][m.key], vars, lang);
}

function part(lang: Lang, p: Part): string {
  if (typeof p === 'string') return p;
  if (typeof p === 'number') return String(p);
  if ('or' in p) return orList(lang, p.or, !p.bare);
  if ('count' in p) return p.count.toLocaleString(lang === 'sv' ? 'sv-SE' : 'en');
  if ('en' in p) return lang === 'en' ? p.en : DATA_MESSAGES[lang][p.key];
  return render(lang, p);
}

/** "a", "a or b", "a, b or c" (Swedish: "eller"), each quoted unless `quote` is false. */
export function orList(lang: Lang, items: readonly string[], quote = true): string {
  const q = items.map((i) => (quote ? `"${i}"` : i));
  if (q.length <= 1) return q.join('');
  return `${q.slice(0, -1).join(', ')} ${DATA_MESSAGES[lang]['data.or']} ${q.at(-1)}`;
}
