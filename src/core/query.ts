// From what a person asked (names already resolved to records) to the query rank() takes, or the
// reason there is none. Pure: problems and notes are data (a message key and its values), and the
// shell says them in the reader's language. Shared by `kp match` and `kp ask`.
import type { Query } from './candidates.js';
import { eligibility } from './eligibility.js';
import type { Dataset } from './model.js';
import type { Country, Municipality, Partner } from './records.js';

export interface QueryInputs {
  readonly country?: Country;
  /** Theme ids asked for; none means the requester's own. */
  readonly themes: readonly string[];
  /** The requester, when it is in the data: a Swedish party or a municipality abroad. */
  readonly from?: Municipality | Partner;
  readonly all?: boolean;
  readonly includeIneligible?: boolean;
}

/** Why the inputs make no query; `vars` fill the message. */
export type QueryProblem =
  | { readonly key: 'error.needWho' }
  | { readonly key: 'error.allAbroad' }
  | { readonly key: 'error.ineligibleNeedsFrom' }
  | {
      readonly key: 'error.countryConflict';
      readonly vars: { readonly country: string; readonly from: string; readonly home: string };
    };

/** What the caller should tell the person about how the query was read. */
export type QueryNote =
  /** The country is not on ICLD's current list: KP cannot fund a new partnership there. */
  | { readonly key: 'eligibility'; readonly country: Country }
  | { readonly key: 'note.themesFromProfile'; readonly name: string; readonly n: number };

export type QueryDecision =
  | {
      readonly ok: true;
      readonly query: Query;
      /** The country the query is about (the requester's own, with --from abroad). */
      readonly country?: Country;
      readonly notes: readonly QueryNote[];
    }
  | { readonly ok: false; readonly problem: QueryProblem };

const isSwedish = (p: Municipality | Partner): p is Municipality => 'kind' in p;

/** The inputs that contradict each other, whether or not they are enough for a query yet. */
export function conflictIn(ds: Dataset, inputs: QueryInputs): QueryProblem | undefined {
  const { from, country } = inputs;
  if (from && isSwedish(from)) {
    if (inputs.all) return { key: 'error.allAbroad' };
    return undefined;
  }
  if (inputs.includeIneligible) return { key: 'error.ineligibleNeedsFrom' };
  if (from) {
    const home = ds.countries.get(from.country)!;
    if (country && country.id !== home.id)
      return {
        key: 'error.countryConflict',
        vars: { country: country.name.en, from: from.name, home: home.name.en },
      };
  }
  return undefined;
}

export function decideQuery(ds: Dataset, inputs: QueryInputs): QueryDecision {
  const { from } = inputs;
  if (!inputs.country && !from) return { ok: false, problem: { key: 'error.needWho' } };
  const problem = conflictIn(ds, inputs);
  if (problem) return { ok: false, problem };
  const notes: QueryNote[] = [];
  let themes = [...inputs.themes];
  if (!themes.length && from) {
    themes = defaultThemes(ds, from.id);
    if (themes.length || isSwedish(from))
      notes.push({ key: 'note.themesFromProfile', name: from.name, n: themes.length });
  }

  if (from && isSwedish(from)) {
    // A Swedish party looks for partners abroad. Asking for one country off ICLD's list is asking
    // for its municipalities: show them, flagged.
    const country = inputs.country;
    const offList = !!country && eligibility(country) !== 'current';
    if (offList) notes.unshift({ key: 'eligibility', country: country! });
    return {
      ok: true,
      country,
      notes,
      query: {
        direction: 'abroad',
        country: country?.id,
        themes,
        from: from.id,
        includeIneligible: inputs.includeIneligible || offList,
      },
    };
  }
  const country = from ? ds.countries.get(from.country)! : inputs.country;
  if (country && eligibility(country) !== 'current') notes.unshift({ key: 'eligibility', country });
  return {
    ok: true,
    country,
    notes,
    query: { direction: 'to-sweden', country: country?.id, themes, from: from?.id, all: inputs.all },
  };
}

/** A party's own themes when none are asked for: its interests, profile and partnerships' themes. */
function defaultThemes(ds: Dataset, id: string): string[] {
  const m = ds.swedish.get(id);
  const p = ds.partners.get(id);
  const own = [...(m?.interests ?? []), ...(p?.seeking?.areas ?? []), ...(p?.themes ?? [])];
  const fromRelations = (ds.relationsOf.get(id) ?? [])
    .filter((r) => r.programme === 'kp')
    .flatMap((r) => r.themes);
  return [...new Set([...own, ...fromRelations])];
}
