// The questionnaire's steps as data: when each applies, whether a flag already answered it, how
// it is asked and which later answers depend on it. The flow walks the table; nothing here prints.
import type { Dataset, SwedishParty } from '../core/dataset.js';
import { countryEntry, partnerEntry, swedishEntry, themeEntry } from '../core/entries.js';
import { getOrCreate } from '../core/memo.js';
import type { NameEntry } from '../core/names.js';
import { compareSv } from '../core/text.js';
import type { Country, Partner, Theme } from '../core/records.js';
import { countryName, KIND_LABEL, type Lang, themeLabel } from '../output/labels.js';
import type { Choice, Prompter } from './prompter.js';
import {
  PRIORITIES,
  type PriorityId,
  priorityOf,
  ROLES,
  type Role,
  type Side,
  say,
  weightSpec,
} from './questions.js';
import { createSearch, type Hit } from './search.js';

/** The answers so far. `undefined` is "not asked yet"; `null` is an answer ("not in the list", "any"). */
export interface Answers {
  readonly role?: Role;
  /** The requesting party's id, or null: a municipality abroad that is not in the data. */
  readonly from?: string | null;
  /** Abroad: the requester's country. Sweden: the country partners should be in (null: any). */
  readonly country?: string | null;
  readonly themes?: readonly string[];
  /** A --weight text; "" for the default weights. */
  readonly weight?: string;
  readonly all?: boolean;
}

export interface Env {
  readonly ds: Dataset;
  readonly lang: Lang;
  readonly prompter: Prompter;
}

export type StepId = 'role' | 'from' | 'country' | 'themes' | 'priority' | 'all';

interface Step {
  readonly id: StepId;
  readonly label: Readonly<Record<Lang, string>>;
  readonly answered: (a: Answers) => boolean;
  readonly applies: (a: Answers, ds: Dataset) => boolean;
  /** Asks, and returns only the answers this step sets. */
  readonly ask: (env: Env, a: Answers) => Promise<Answers>;
  /** The current answer in words, for "change an answer". */
  readonly summary: (env: Env, a: Answers) => string;
  /** Answers that mean something else once this one changes: they are asked again. */
  readonly resets: readonly (keyof Answers)[];
}

/** Values of the "not in the list" and "done" choices: never a record id (ids are lower-case slugs). */
const NOT_LISTED = '\u0000not-listed';
const DONE = '\u0000done';
const ANY = '\u0000any';

/** Whom the ranking is for: the party picked decides; without one, the role does. */
export function sideOf(a: Answers, ds: Dataset): Side {
  if (a.from) return ds.swedish.has(a.from) ? 'sweden' : 'abroad';
  return a.role === 'sweden' ? 'sweden' : 'abroad';
}

const isPartner = (a: Answers, ds: Dataset) => !!a.from && ds.partners.has(a.from);

// ---- searchable lists ----------------------------------------------------------------------

type Searcher<T> = ReturnType<typeof createSearch<T>>;
const searchers = new WeakMap<Dataset, Map<string, Searcher<unknown>>>();

/** One search index per list and dataset: built on the first keystroke, reused on the rest. */
function searcher<T>(ds: Dataset, key: string, build: () => readonly NameEntry<T>[]): Searcher<T> {
  const byKey = getOrCreate(searchers, ds, () => new Map<string, Searcher<unknown>>());
  return getOrCreate(byKey, key, () => createSearch(build())) as Searcher<T>;
}

const byName = <T>(list: readonly NameEntry<T>[]) => [...list].sort((x, y) => compareSv(x.label, y.label));
const eligible = (c: Country) => c.icld_lists.includes('latest');

function partyChoice(hit: Hit<SwedishParty | Partner>, ds: Dataset, lang: Lang): Choice<string> {
  const r = hit.entry.record;
  const where =
    'kind' in r
      ? (r.county ?? KIND_LABEL[r.kind]![lang])
      : [r.province, countryName(ds.countries.get(r.country)!, lang)].filter(Boolean).join(', ');
  return {
    value: hit.entry.id,
    name: `${hit.entry.label} (${where})${hit.via ? ` — ${hit.via}` : ''}`,
  };
}

/** Partners in a country off ICLD's current list are shown (flagged) only when that country is asked for. */
export function includeIneligible(a: Answers, ds: Dataset): boolean {
  const c = a.country ? ds.countries.get(a.country) : undefined;
  return sideOf(a, ds) === 'sweden' && !!c && !eligible(c);
}

function countryChoice(hit: Hit<Country>, lang: Lang): Choice<string> {
  const c = hit.entry.record;
  const other = lang === 'sv' ? c.name.en : c.name.sv;
  const name = countryName(c, lang);
  const also = [...new Set([other, hit.via])].filter((x): x is string => !!x && x !== name);
  return {
    value: c.id,
    name: `${countryName(c, lang)}${also.length ? ` (${also.join(', ')})` : ''}`,
    description: eligible(c) ? undefined : say('notIcld', lang),
  };
}

function themeChoice(hit: Hit<Theme>, lang: Lang, chosen: readonly string[]): Choice<string> {
  const th = hit.entry.record;
  const mark = chosen.includes(th.id) ? `✔ ${say('chosenMark', lang)}` : undefined;
  const extra = [hit.via, mark].filter(Boolean);
  return {
    value: th.id,
    name: `${themeLabel(th, lang)}${extra.length ? ` (${extra.join('; ')})` : ''}`,
    description: th.description?.[lang] ?? th.description?.en,
  };
}

// ---- the steps -----------------------------------------------------------------------------

async function askFrom(env: Env, a: Answers): Promise<Answers> {
  const { ds, lang } = env;
  const role = a.role ?? 'abroad';
  const country = a.country ? ds.countries.get(a.country) : undefined;
  const partners = () => ds.raw.partners.filter((p) => !country || p.country === country.id);
  const lists = {
    abroad: () => byName(partners().map((p) => partnerEntry(p, ds))),
    sweden: () => byName(ds.raw.municipalities.map(swedishEntry)),
    officer: () =>
      byName<SwedishParty | Partner>([
        ...ds.raw.municipalities.map(swedishEntry),
        ...partners().map((p) => partnerEntry(p, ds)),
      ]),
  } satisfies Record<Role, () => NameEntry<SwedishParty | Partner>[]>;
  const search = searcher<SwedishParty | Partner>(ds, `from:${role}:${country?.id ?? ''}`, lists[role]);
  // Every Swedish municipality and region is in the data; a municipality abroad may not be.
  const notListed: Choice<string>[] =
    role === 'sweden'
      ? []
      : [
          {
            value: NOT_LISTED,
            name: say('notListed', lang),
            short: say('notListedShort', lang),
            description: say('notListedHelp', lang),
          },
        ];
  const message =
    role === 'sweden'
      ? say('fromSweden', lang)
      : role === 'officer'
        ? say('fromAny', lang)
        : country
          ? say('fromAbroadIn', lang, { country: countryName(country, lang) })
          : say('fromAbroad', lang);
  const picked = await env.prompter.search<string>({
    id: 'from',
    message,
    // "Not in the list" first while nothing is typed (Enter takes it), last once a search runs.
    source: (term) => {
      const found = search(term);
      const hits = found.filter((h) => !h.fuzzy).map((h) => partyChoice(h, ds, lang));
      const typos = found.filter((h) => h.fuzzy).map((h) => partyChoice(h, ds, lang));
      // A name found as typed beats "not in the list"; a possible typo of another name does not.
      return term.trim() ? [...hits, ...notListed, ...typos] : [...notListed, ...hits];
    },
  });
  if (picked === NOT_LISTED) return { from: null };
  const partner = ds.partners.get(picked);
  return partner ? { from: picked, country: partner.country } : { from: picked };
}

async function askCountry(env: Env, a: Answers): Promise<Answers> {
  const { ds, lang } = env;
  const side = sideOf(a, ds);
  const sorted = [...ds.raw.countries].sort(
    (x, y) =>
      Number(eligible(y)) - Number(eligible(x)) || compareSv(countryName(x, lang), countryName(y, lang)),
  );
  // A Swedish party can only be offered partners the data has: countries with none are left out.
  const withPartners = new Set(ds.raw.partners.map((p) => p.country));
  const list = side === 'sweden' ? sorted.filter((c) => withPartners.has(c.id)) : sorted;
  const search = searcher<Country>(ds, `country:${side}:${lang}`, () =>
    list.map((c) => ({ ...countryEntry(c), label: countryName(c, lang) })),
  );
  const any: Choice<string>[] = side === 'sweden' ? [{ value: ANY, name: say('anyCountry', lang) }] : [];
  const picked = await env.prompter.search<string>({
    id: 'country',
    message: say(side === 'sweden' ? 'countryFilter' : 'country', lang),
    source: (term) => {
      const hits = search(term).map((h) => countryChoice(h, lang));
      return term.trim() ? [...hits, ...any] : [...any, ...hits];
    },
  });
  return { country: picked === ANY ? null : picked };
}

/** A searchable multi-select built from single picks: each pick adds a theme, or removes a chosen one. */
async function askThemes(env: Env, a: Answers): Promise<Answers> {
  const { ds, lang } = env;
  const search = searcher<Theme>(ds, `themes:${lang}`, () =>
    [...ds.raw.themes]
      .map((th) => ({ ...themeEntry(th), label: themeLabel(th, lang) }))
      .sort((x, y) => compareSv(x.label, y.label)),
  );
  const fromName = a.from ? (ds.swedish.get(a.from)?.name ?? ds.partners.get(a.from)?.name) : undefined;
  let chosen = [...(a.themes ?? [])];
  for (;;) {
    const labels = chosen.map((id) => themeLabel(ds.themes.get(id)!, lang)).join(', ');
    const done: Choice<string> = chosen.length
      ? { value: DONE, name: say('done', lang, { chosen: labels }), short: labels }
      : fromName
        ? { value: DONE, name: say('ownThemes', lang, { name: fromName }) }
        : { value: DONE, name: say('noTheme', lang), description: say('noThemeHelp', lang) };
    const picked = await env.prompter.search<string>({
      id: 'themes',
      message: chosen.length ? say('themesMore', lang) : say('themes', lang),
      source: (term) => {
        const hits = search(term).map((h) => themeChoice(h, lang, chosen));
        if (term.trim()) return [...hits, done];
        // Done goes first, so Enter finishes: once something is chosen, with the chosen ones next
        // to it; before, as "no particular theme" (or the requester's own themes), where Enter
        // used to take whichever theme sorts first.
        const picked = (c: Choice<string>) => chosen.includes(c.value);
        if (chosen.length) return [done, ...hits.filter(picked), ...hits.filter((c) => !picked(c))];
        return [done, ...hits];
      },
    });
    if (picked === DONE) return { themes: chosen };
    chosen = chosen.includes(picked) ? chosen.filter((x) => x !== picked) : [...chosen, picked];
  }
}

function populationOf(ds: Dataset, id: string | null | undefined): number | undefined {
  return id ? (ds.swedish.get(id)?.population ?? ds.partners.get(id)?.population) : undefined;
}

async function askPriority(env: Env, a: Answers): Promise<Answers> {
  const { ds, lang } = env;
  const side = sideOf(a, ds);
  const known = { size: populationOf(ds, a.from) !== undefined };
  const ids = (Object.keys(PRIORITIES) as PriorityId[]).filter((id) => {
    const needs = (PRIORITIES[id] as { needs?: keyof typeof known }).needs;
    return !needs || known[needs];
  });
  const choices: Choice<string>[] = ids.map((id) => ({
    value: weightSpec(id),
    name: PRIORITIES[id].label[side][lang],
  }));
  // A --weight of one's own stays on offer when the question is asked again.
  if (a.weight && !priorityOf(a.weight)) choices.push({ value: a.weight, name: `--weight ${a.weight}` });
  const weight = await env.prompter.select<string>({
    id: 'priority',
    message: say('priority', lang),
    choices,
    default: a.weight ?? '',
  });
  return { weight };
}

const yesNo = (v: boolean | undefined, lang: Lang) =>
  v ? (lang === 'sv' ? 'ja' : 'yes') : lang === 'sv' ? 'nej' : 'no';
const label = (en: string, sv: string) => Object.freeze({ en, sv });

export const STEPS: readonly Step[] = Object.freeze([
  {
    id: 'role',
    label: label('Who is asking', 'Vem som frågar'),
    answered: (a) => a.role !== undefined,
    applies: () => true,
    ask: async (env, a) => {
      const role = await env.prompter.select<Role>({
        id: 'role',
        message: say('role', env.lang),
        choices: (Object.keys(ROLES) as Role[]).map((r) => ({ value: r, name: ROLES[r][env.lang] })),
        default: a.role ?? 'abroad',
      });
      return { role };
    },
    summary: (env, a) => (a.role ? ROLES[a.role][env.lang] : ''),
    resets: ['from', 'country', 'all'],
  },
  {
    id: 'from',
    label: label('Municipality', 'Kommun'),
    answered: (a) => a.from !== undefined,
    applies: () => true,
    ask: askFrom,
    summary: (env, a) =>
      a.from
        ? (env.ds.swedish.get(a.from)?.name ?? env.ds.partners.get(a.from)?.name ?? a.from)
        : say('notListed', env.lang),
    resets: ['country', 'all'],
  },
  {
    id: 'country',
    label: label('Country', 'Land'),
    answered: (a) => a.country !== undefined,
    // A known municipality abroad brings its country along.
    applies: (a, ds) => !isPartner(a, ds),
    ask: askCountry,
    summary: (env, a) =>
      a.country ? countryName(env.ds.countries.get(a.country)!, env.lang) : say('anyCountry', env.lang),
    resets: [],
  },
  {
    id: 'themes',
    label: label('Themes', 'Teman'),
    answered: (a) => a.themes !== undefined,
    applies: () => true,
    ask: askThemes,
    summary: (env, a) =>
      a.themes?.length
        ? a.themes.map((id) => themeLabel(env.ds.themes.get(id)!, env.lang)).join(', ')
        : say('noTheme', env.lang),
    resets: [],
  },
  {
    id: 'priority',
    label: label('What matters most', 'Vad som är viktigast'),
    answered: (a) => a.weight !== undefined,
    applies: () => true,
    ask: askPriority,
    summary: (env, a) => {
      const id = priorityOf(a.weight ?? '');
      return id ? PRIORITIES[id].label[sideOf(a, env.ds)][env.lang] : `--weight ${a.weight}`;
    },
    resets: [],
  },
  {
    id: 'all',
    label: label('Include municipalities with no KP history', 'Ta med kommuner utan KP-historik'),
    answered: (a) => a.all !== undefined,
    // Only Swedish candidates can lack KP history: it is a question for a municipality abroad.
    applies: (a, ds) => sideOf(a, ds) === 'abroad',
    ask: async (env, a) => ({
      all: await env.prompter.confirm({ id: 'all', message: say('all', env.lang), default: a.all ?? false }),
    }),
    summary: (env, a) => yesNo(a.all, env.lang),
    resets: [],
  },
]);

/** Ask every step that applies and has no answer yet, in order. */
export async function fill(env: Env, start: Answers): Promise<Answers> {
  let a = start;
  for (const step of STEPS) {
    if (step.applies(a, env.ds) && !step.answered(a)) a = { ...a, ...(await step.ask(env, a)) };
  }
  return a;
}

/** Ask one step again; when its answer changed, what depends on it is asked again too. */
export async function change(env: Env, start: Answers, id: StepId): Promise<Answers> {
  const step = STEPS.find((s) => s.id === id)!;
  const got = await step.ask(env, start);
  const changed = (Object.keys(got) as (keyof Answers)[]).some((k) => got[k] !== start[k]);
  const kept: Record<string, unknown> = { ...start };
  if (changed) for (const k of step.resets) delete kept[k];
  // What the step set wins over a reset: a partner picked brings its country back.
  return fill(env, { ...(kept as Answers), ...got });
}

/** The steps that apply to these answers, with the answer in words: the "change an answer" menu. */
export function changeChoices(env: Env, a: Answers): Choice<StepId>[] {
  return STEPS.filter((s) => s.applies(a, env.ds)).map((s) => ({
    value: s.id,
    name: `${s.label[env.lang]}: ${s.summary(env, a)}`,
  }));
}
