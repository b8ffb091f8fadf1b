// Reasons as sentences a person can read, in English or Swedish. Pure.
import type { Dataset } from '../core/dataset.js';
import { isRunning, relationStatus } from '../core/relations.js';
import { THEME_RELATION } from '../core/themes.js';
import type { PairEvidence, Reason } from '../core/reasons.js';
import type { Partnership } from '../core/records.js';
import {
  countryName,
  fill,
  formatDecimal,
  formatNumber,
  formatShare,
  type Lang,
  PHASE_LABEL,
  PROGRAMME_LABEL,
  RELATION_STATUS_LABEL,
  themeInText,
} from './labels.js';

const PHASE_ORDER: readonly string[] = ['forberedelse', 'projekt', 'network'];

const T = {
  worksWith: { en: 'works with', sv: 'samarbetar med' },
  workedWith: { en: 'worked with', sv: 'samarbetade med' },
  youWorkIn: { en: 'you have worked in', sv: 'ni har arbetat i' },
  nearby: { en: 'experience nearby', sv: 'erfarenhet i närområdet' },
  youNearby: { en: 'you have worked nearby', sv: 'ni har arbetat i närområdet' },
  shares: { en: 'shares themes', sv: 'delar teman' },
  related: { en: 'related themes', sv: 'närliggande teman' },
  // A related pair is worded by the asked theme, through the candidate's: "citizen dialogue
  // (through citizen participation and influence: a broader theme)". The candidate's theme may
  // also be shared (exact for another asked theme) without the reason naming it twice as "related".
  through: { en: '{asked} (through {has}: {how})', sv: '{asked} (genom {has}: {how})' },
  broader: { en: 'a broader theme', sv: 'ett bredare tema' },
  narrower: { en: 'a narrower theme', sv: 'ett smalare tema' },
  sibling: { en: 'a neighbouring theme', sv: 'ett angränsande tema' },
  kpPartnerships: { en: 'KP partnerships', sv: 'KP-partnerskap' },
  kpPartnership: { en: 'KP partnership', sv: 'KP-partnerskap' },
  active: { en: 'active', sv: 'aktiva' },
  activeOne: { en: 'active', sv: 'aktivt' },
  busy: {
    en: 'already runs {n} active KP partnerships{with}: less capacity',
    sv: 'har redan {n} aktiva KP-partnerskap{with}: mindre kapacitet',
  },
  busyOne: {
    en: 'already has an active KP partnership{with}: less capacity',
    sv: 'har redan ett aktivt KP-partnerskap{with}: mindre kapacitet',
  },
  busyWith: { en: ' with {x}', sv: ' med {x}' },
  roomNone: {
    en: 'no active KP partnership: free to start one',
    sv: 'inget aktivt KP-partnerskap: kan starta ett',
  },
  roomOne: {
    en: '1 active KP partnership: room for another',
    sv: '1 aktivt KP-partnerskap: utrymme för ett till',
  },
  roomSome: {
    en: '{n} active KP partnerships: room for another',
    sv: '{n} aktiva KP-partnerskap: utrymme för ett till',
  },
  coreArea: { en: 'the same ICLD core area', sv: 'samma ICLD-kärnområde' },
  sizeOther: {
    en: 'size ({a} inhabitants; requester {b})',
    sv: 'storlek ({a} invånare; frågande {b})',
  },
  sizeUnknown: {
    en: 'size not known: half the size points',
    sv: 'storleken okänd: halva storlekspoängen',
  },
  seeking: { en: 'seeking a Swedish partner', sv: 'söker en svensk partner' },
  // The profile ranks 1–3 areas in its own words; the themes they name are not ranks themselves.
  profileAreas: { en: 'its profile names', sv: 'profilen nämner' },
  interested: {
    en: 'interested in starting a KP partnership',
    sv: 'intresserad av att starta ett kommunalt partnerskap',
  },
  size: {
    en: 'similar size ({a} inhabitants; requester {b})',
    sv: 'liknande storlek ({a} invånare; frågande {b})',
  },
  ineligible: {
    en: "{c} is not on ICLD's current list of partner countries",
    sv: '{c} finns inte på ICLD:s nuvarande lista över samarbetsländer',
  },
  existing: { en: 'already has a relation with {x}: {what}', sv: 'har redan en relation med {x}: {what}' },
  more: { en: 'and {n} more', sv: 'och {n} till' },
  diaspora: {
    en: '{n} residents born in {c} ({share}, {ratio}× the Swedish average; SCB {year})',
    sv: '{n} invånare födda i {c} ({share}, {ratio} gånger andelen i Sverige; SCB {year})',
  },
  diasporaBelow: {
    en: '{n} residents born in {c} ({share}; SCB {year})',
    sv: '{n} invånare födda i {c} ({share}; SCB {year})',
  },
  hosts: {
    en: '{p} also hosts people from {c} ({people})',
    sv: '{p} har också tagit emot människor från {c} ({people})',
  },
  hostsFrom: { en: '{p} hosts people from {c} too', sv: '{p} har också tagit emot människor från {c}' },
  former: {
    en: "besides {n} born in {state}, counted by SCB under that former state, not by today's countries",
    sv: 'utöver {n} födda i {state}, som SCB räknar under den forna staten, inte efter dagens länder',
  },
  nearbyCandidate: {
    en: 'close to Swedish parties with KP experience in {c}: {list}',
    sv: 'nära svenska parter med KP-erfarenhet i {c}: {list}',
  },
  nearbyRequester: {
    en: 'KP partner of Swedish parties near you: {list}',
    sv: 'KP-partner till svenska parter nära er: {list}',
  },
  yourPartner: { en: 'your partner', sv: 'er partner' },
} as const;

/** The reasons' words, for the test that every message has both languages. */
export const REASON_WORDS = T;

const t = (key: keyof typeof T, lang: Lang, vars?: Record<string, string | number>) => {
  const template: string = T[key][lang];
  // A template without placeholders is its own text: fill's replace would make it again.
  return template.includes('{') ? fill(template, vars, lang) : template;
};

function partyName(ds: Dataset, id: string, lang: Lang, withCountry: boolean): string {
  const s = ds.swedish.get(id);
  if (s) return s.name;
  const p = ds.partners.get(id);
  if (!p) return id;
  const c = ds.countries.get(p.country);
  return withCountry && c ? `${p.name}, ${countryName(c, lang)}` : p.name;
}

/** "(projekt, 2018–2022)" or "(twin town)" for the rows of one pair. */
export function pairDetail(rows: readonly Partnership[], lang: Lang, running = false): string {
  // The KP rows when there are any, in one pass (no chain of arrays and closures: the reasons of
  // the table are written at start-up, in V8's interpreter, where each of those allocates).
  const kp = rows.some(isKp);
  let phase = -1; // the furthest of PHASE_ORDER the rows reached
  let from: number | undefined; // the first start year
  let ends = false;
  // The span ends with an end year only when the row that reaches furthest has one: a start
  // year alone is no end ("2015–", as `kp list` writes it, not "2015"), nor is a later start.
  let last = Number.NEGATIVE_INFINITY;
  let open = false; // a row without an end starts in the year `last`
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    if (kp && r.programme !== 'kp') continue;
    for (let k = 0; k < r.phases.length; k++) phase = Math.max(phase, PHASE_ORDER.indexOf(r.phases[k]!));
    if (r.start !== undefined && (from === undefined || r.start < from)) from = r.start;
    if (r.end !== undefined) ends = true;
    const reach = r.end ?? r.start ?? Number.NEGATIVE_INFINITY;
    const openRow = r.end === undefined && r.start !== undefined;
    if (reach > last) {
      last = reach;
      open = openRow;
    } else if (reach === last && openRow) open = true;
  }
  const what = !kp
    ? PROGRAMME_LABEL[rows[0]!.programme][lang]
    : phase >= 0
      ? PHASE_LABEL[PHASE_ORDER[phase]!]![lang]
      : undefined;
  if (from === undefined && !ends) return what === undefined ? '' : ` (${what})`;
  const span =
    from === undefined
      ? `–${last}`
      : (running && !ends) || open
        ? `${from}–`
        : last === from
          ? `${from}`
          : `${from}–${last}`;
  return what === undefined ? ` (${span})` : ` (${what}, ${span})`;
}

const isKp = (r: Partnership) => r.programme === 'kp';

/**
 * A current or earlier partner's detail: a current one's from the rows that run (Kisumu's
 * projekt with Umeå, not the network round of 2022–2025 that has ended), an earlier one's from
 * all its rows.
 */
export function partnerDetail(
  rows: readonly Partnership[],
  lang: Lang,
  active: boolean,
  asOf: number,
): string {
  const running = active ? rows.filter((r) => isRunning(r, asOf)) : [];
  return pairDetail(running.length ? running : rows, lang, active);
}

/** Which of a pair's rows a sentence is about: those that run, those that ended, or all. */
type RowsWanted = 'running' | 'ended' | 'all';

/** Whether a row of a pair is one wanted; running or ended ones are judged on the pair's KP rows when it has any (as its detail is). */
const isWanted = (ds: Dataset, pair: PairEvidence, p: Partnership, wanted: RowsWanted): boolean =>
  wanted === 'all' ||
  ((!pair.kp || p.programme === 'kp') && isRunning(p, ds.asOf) === (wanted === 'running'));

/** A pair's rows that are wanted. */
function rowsOf(ds: Dataset, pair: PairEvidence, wanted: RowsWanted = 'all'): Partnership[] {
  const rows: Partnership[] = [];
  for (let i = 0; i < pair.rows.length; i++) {
    const p = ds.partnerships.get(pair.rows[i]!);
    if (p && isWanted(ds, pair, p, wanted)) rows.push(p);
  }
  return rows;
}

/** Whether a pair has a row that is wanted (without making the list). */
function hasRows(ds: Dataset, pair: PairEvidence, wanted: RowsWanted): boolean {
  for (let i = 0; i < pair.rows.length; i++) {
    const p = ds.partnerships.get(pair.rows[i]!);
    if (p && isWanted(ds, pair, p, wanted)) return true;
  }
  return false;
}

/** "Kisumu County, Kenya (projekt)": who, then where, then the detail of the rows. */
function pairText(
  ds: Dataset,
  pair: PairEvidence,
  lang: Lang,
  withCountry: boolean,
  wanted: RowsWanted = 'all',
): string {
  // The parties abroad; Swedish co-parties (Region Västerbotten + Umeå) are not "who it works with".
  let abroad = false;
  for (let i = 0; i < pair.others.length && !abroad; i++) abroad = ds.partners.has(pair.others[i]!);
  let who = '';
  for (let i = 0, n = 0; i < pair.others.length; i++) {
    const o = pair.others[i]!;
    if (!abroad || ds.partners.has(o)) who += `${n++ ? ' + ' : ''}${partyName(ds, o, lang, false)}`;
  }
  if (withCountry)
    for (let i = 0; i < pair.countries.length; i++) {
      const c = ds.countries.get(pair.countries[i]!);
      if (c) who += `, ${countryName(c, lang)}`;
    }
  const running = wanted === 'running' || (wanted === 'all' && pair.kp && pair.active);
  return `${who}${pairDetail(rowsOf(ds, pair, wanted), lang, running)}`;
}

function pairsText(
  ds: Dataset,
  pairs: readonly PairEvidence[],
  lang: Lang,
  withCountry: boolean,
  max = 2,
  wanted: RowsWanted = 'all',
): string {
  let text = '';
  const shown = Math.min(max, pairs.length);
  for (let i = 0; i < shown; i++)
    text += `${i ? '; ' : ''}${pairText(ds, pairs[i]!, lang, withCountry, wanted)}`;
  if (pairs.length > max) text += `${shown ? '; ' : ''}${t('more', lang, { n: pairs.length - max })}`;
  return text;
}

const RELATION_WORD: Partial<Record<string, 'broader' | 'narrower' | 'sibling' | 'coreArea'>> = {
  broader: 'broader',
  narrower: 'narrower',
  sibling: 'sibling',
  coreArea: 'coreArea',
};

const theme = (ds: Dataset, id: string, lang: Lang) => {
  const th = ds.themes.get(id);
  return th ? themeInText(th, lang) : id;
};

/** A pair has a relation that runs as of the dataset's year, and one that has ended. */
const runs = (ds: Dataset, pair: PairEvidence) => hasRows(ds, pair, 'running');
const ended = (ds: Dataset, pair: PairEvidence) => hasRows(ds, pair, 'ended');

/**
 * "(projekt, 2019–2024, ended)": a relation's detail with whether it runs in the year asked, where
 * that is known: always for KP rows; for others (an undated twin town) only with years or a status.
 */
export function statusDetail(rows: readonly Partnership[], lang: Lang, asOf: number): string {
  const status = rows.map((r) => relationStatus(r, asOf));
  const running = status.includes('active');
  const detail = pairDetail(rows, lang, running);
  if (!running && !status.includes('ended')) return detail;
  const word = RELATION_STATUS_LABEL[running ? 'active' : 'ended'][lang];
  return detail ? `${detail.slice(0, -1)}, ${word})` : ` (${word})`;
}

export function reasonText(r: Reason, ds: Dataset, lang: Lang): string {
  switch (r.type) {
    case 'country-experience': {
      if (r.whose === 'requester') {
        const c = ds.countries.get(r.country);
        return `${t('youWorkIn', lang)} ${c ? countryName(c, lang) : r.country}: ${pairsText(ds, r.pairs, lang, false)}`;
      }
      // What runs as of the year asked ("works with"), then what has ended ("worked with"), each
      // with its own rows' phase and years: a pair whose project runs beside a network round that
      // ended is in both, so ended years never stand next to "works with".
      // KP pairs first, each kind in its order (two passes, not a sorted copy and two filters).
      const now: PairEvidence[] = [];
      const then: PairEvidence[] = [];
      for (let pass = 0; pass < 2; pass++)
        for (let i = 0; i < r.pairs.length; i++) {
          const p = r.pairs[i]!;
          if (p.kp !== (pass === 0)) continue;
          if (runs(ds, p)) now.push(p);
          if (ended(ds, p)) then.push(p);
        }
      const works = now.length
        ? `${now[0]!.kp ? `${t('worksWith', lang)} ` : ''}${pairsText(ds, now, lang, true, 2, 'running')}`
        : '';
      const worked = then.length
        ? `${t('workedWith', lang)} ${pairsText(ds, then, lang, true, 2, 'ended')}`
        : '';
      return now.length && then.length ? `${works}; ${worked}` : now.length ? works : worked;
    }
    case 'region-experience':
      return `${t(r.whose === 'requester' ? 'youNearby' : 'nearby', lang)}: ${pairsText(ds, r.pairs, lang, true)}`;
    case 'shared-themes':
      return `${t('shares', lang)}: ${r.themes.map((x) => theme(ds, x, lang)).join(', ')}`;
    case 'related-themes': {
      // The asked themes, each through the candidate's theme that relates to it; asked themes that
      // come through the same theme the same way are one entry. Strongest relation first.
      const groups = new Map<string, { has: string; relation: string; asked: string[] }>();
      const byStrength = [...r.pairs].sort((a, b) => THEME_RELATION[b.relation] - THEME_RELATION[a.relation]);
      for (const p of byStrength) {
        const key = `${p.has}\u0000${p.relation}`;
        const g = groups.get(key) ?? { has: p.has, relation: p.relation, asked: [] };
        g.asked.push(theme(ds, p.asked, lang));
        groups.set(key, g);
      }
      const all = [...groups.values()].map((g) =>
        t('through', lang, {
          asked: g.asked.join(', '),
          has: theme(ds, g.has, lang),
          how: t(RELATION_WORD[g.relation] ?? 'sibling', lang),
        }),
      );
      // At most four entries: "and 1 more" would take the place of the one it hides.
      const shown = all.length > 4 ? [...all.slice(0, 3), t('more', lang, { n: all.length - 3 })] : all;
      return `${t('related', lang)}: ${shown.join('; ')}`;
    }
    case 'experience':
      return `${r.pairs} ${t(r.pairs === 1 ? 'kpPartnership' : 'kpPartnerships', lang)}${r.active ? ` (${r.active} ${t(r.active === 1 ? 'activeOne' : 'active', lang)})` : ''}`;
    case 'busy': {
      // Who it already works with, said as a cost: "with Berg (2025–): less capacity".
      const with_ = r.pairs?.length
        ? t('busyWith', lang, { x: pairsText(ds, r.pairs, lang, false, 2, 'running') })
        : '';
      return r.active === 1
        ? t('busyOne', lang, { with: with_ })
        : t('busy', lang, { n: r.active, with: with_ });
    }
    case 'room':
      return t(r.active === 0 ? 'roomNone' : r.active === 1 ? 'roomOne' : 'roomSome', lang, { n: r.active });
    case 'size':
      return r.population === undefined || r.requester === undefined
        ? t('sizeUnknown', lang)
        : t('sizeOther', lang, {
            a: formatNumber(r.population, lang),
            b: formatNumber(r.requester, lang),
          });
    case 'seeking':
      return r.areas.length
        ? `${t('seeking', lang)} (${t('profileAreas', lang)}: ${r.areas.map((a) => theme(ds, a, lang)).join(', ')})`
        : t('seeking', lang);
    case 'interested':
      return t('interested', lang);
    case 'similar-size':
      return t('size', lang, { a: formatNumber(r.population, lang), b: formatNumber(r.requester, lang) });
    case 'ineligible': {
      const c = ds.countries.get(r.country);
      return t('ineligible', lang, { c: c ? countryName(c, lang) : r.country });
    }
    case 'diaspora': {
      const c = ds.countries.get(r.country);
      const name = c ? countryName(c, lang) : r.country;
      const vars = {
        n: formatNumber(r.count, lang),
        c: name,
        share: formatShare(r.share, lang),
        ratio: formatDecimal(r.ratio, lang),
        year: r.year,
      };
      const parts = [t(r.ratio > 0 ? 'diaspora' : 'diasporaBelow', lang, vars)];
      for (const f of r.former) {
        const state = ds.bornAbroad?.formerStates.find((s) => s.code === f.code);
        parts.push(
          t('former', lang, { n: formatNumber(f.count, lang), state: state ? state.name[lang] : f.code }),
        );
      }
      if (r.hostedBy) {
        const p = partyName(ds, r.hostedBy.id, lang, false);
        const people =
          r.hostedBy.people ??
          ds.partners.get(r.hostedBy.id)?.hosts.find((h) => h.country === r.country)?.people;
        parts.push(people ? t('hosts', lang, { p, people, c: name }) : t('hostsFrom', lang, { p, c: name }));
      }
      return parts.join('; ');
    }
    case 'nearby': {
      const list = r.neighbours
        .map(
          (n) =>
            `${partyName(ds, n.id, lang, false)} (${formatNumber(n.km, lang)} km${n.own && r.whose === 'candidate' ? `, ${t('yourPartner', lang)}` : ''})`,
        )
        .join(', ');
      if (r.whose === 'requester') return t('nearbyRequester', lang, { list });
      const c = ds.countries.get(r.country);
      return t('nearbyCandidate', lang, { c: c ? countryName(c, lang) : r.country, list });
    }
    case 'existing-relation': {
      const rows = r.rows.map((id) => ds.partnerships.get(id)).filter((p): p is Partnership => !!p);
      return t('existing', lang, {
        x: partyName(ds, r.with, lang, false),
        what: pairDetail(rows, lang).replace(/^ \(|\)$/g, ''),
      });
    }
  }
}
