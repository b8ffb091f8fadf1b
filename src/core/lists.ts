// Which records `kp list KIND` lists: for each kind, the filters it takes and the rows they keep,
// in the data's order (output/list-views.ts sorts and shows them). Pure.
import type { ListKindName } from './list-kinds.js';
import type { Dataset, SwedishParty } from './model.js';
import type { Country, Partner, Partnership, Theme } from './records.js';
import { themeAndNarrower } from './related.js';
import { partnershipsAsOf, relationStatus } from './relations.js';

export interface ListFilters {
  readonly country?: Country;
  readonly theme?: Theme;
  readonly status?: string;
}

export interface ListRows<R> {
  /** Accepted --status values; absent when --status does not apply. */
  readonly statuses?: readonly string[];
  /** Whether --country and --theme apply. */
  readonly country: boolean;
  readonly theme: boolean;
  rows(ds: Dataset, f: ListFilters): R[];
}

/** Themes that count for a filter: the theme and everything narrower (urban planning ⊃ cycling). */
const themeSet = (ds: Dataset, t: Theme | undefined) => (t ? themeAndNarrower(ds, t) : undefined);

const municipalities: ListRows<SwedishParty> = {
  statuses: ['active', 'former', 'interested', 'none'],
  country: true,
  theme: true,
  rows(ds, f) {
    const themes = themeSet(ds, f.theme);
    return ds.raw.municipalities.filter((m) => {
      const rel = ds.relationsOf.get(m.id) ?? [];
      if (f.status && ds.status.get(m.id) !== f.status) return false;
      if (f.country && !rel.some((p) => p.countries.includes(f.country!.id))) return false;
      if (
        themes &&
        !rel.some((p) => p.themes.some((t) => themes.has(t))) &&
        !m.interests.some((t) => themes.has(t))
      )
        return false;
      return true;
    });
  },
};

const partners: ListRows<Partner> = {
  statuses: ['seeking'],
  country: true,
  theme: true,
  rows(ds, f) {
    const themes = themeSet(ds, f.theme);
    return ds.raw.partners.filter((p) => {
      if (f.status === 'seeking' && !p.seeking) return false;
      if (f.country && p.country !== f.country.id) return false;
      if (themes) {
        const own = [
          ...p.themes,
          ...(p.seeking?.areas ?? []),
          ...(ds.relationsOf.get(p.id) ?? []).flatMap((r) => r.themes),
        ];
        if (!own.some((t) => themes.has(t))) return false;
      }
      return true;
    });
  },
};

const countries: ListRows<Country> = {
  statuses: ['eligible', 'former', 'other'],
  country: false,
  theme: false,
  rows: (ds, f) =>
    ds.raw.countries.filter((c) => {
      if (!f.status) return true;
      const eligible = c.icld_lists.includes('latest');
      if (f.status === 'eligible') return eligible;
      if (f.status === 'former') return !eligible && c.icld_lists.length > 0;
      return c.icld_lists.length === 0;
    }),
};

const themes: ListRows<Theme> = {
  country: false,
  theme: true,
  rows: (ds, f) => {
    const set = themeSet(ds, f.theme);
    return ds.raw.themes.filter((t) => !set || set.has(t.id));
  },
};

const partnerships: ListRows<Partnership> = {
  statuses: ['active', 'ended'],
  country: true,
  theme: true,
  rows(ds, f) {
    const set = themeSet(ds, f.theme);
    // As of the year asked: one that begins later is not there yet.
    return partnershipsAsOf(ds).filter((p) => {
      if (f.country && !p.countries.includes(f.country.id)) return false;
      if (set && !p.themes.some((t) => set.has(t))) return false;
      // As the Status column says it: an undated twin town is neither.
      if (f.status && relationStatus(p, ds.asOf) !== f.status) return false;
      return true;
    });
  },
};

/** One entry per kind in core/list-kinds.ts, no more, no fewer. */
export const LIST_ROWS = Object.freeze({
  municipalities,
  partners,
  countries,
  themes,
  partnerships,
} as const satisfies Record<ListKindName, ListRows<unknown>>);

/** The record type each kind lists. */
export type ListRecord<K extends ListKindName> = ReturnType<(typeof LIST_ROWS)[K]['rows']>[number];
