// One record (kp show) as the JSON document --format json writes and the workbook is built from:
// its own fields, and what connects to it. Pure. Every kind has `kind`, `id` and `name`, a string
// in the reader's language (a country or theme keeps both languages in `names`).
import type { Dataset } from '../core/dataset.js';
import type { AnyRecord } from '../core/entries.js';
import type { Partnership } from '../core/records.js';
import { activeIn, bornAbroadOf, isPartnerCountry, partnersOn, worksOn } from '../core/related.js';
import { isActive, partnershipsAsOf, relationStatus } from '../core/relations.js';
import { countryName, type Lang, themeLabel } from './labels.js';

/**
 * A relation as seen from one of its parties: its fields, the others by id, name and country; the
 * status its source recorded (if any), whether it runs in the year status is judged in (`active`)
 * and the status `kp list partnerships` shows (`relation_status`: null where the data cannot say).
 */
function relationJson(p: Partnership, self: string, ds: Dataset) {
  // Every field the record has (as `kp list partnerships` gives them), the parties as `with`.
  const { id, programme, parties, ...fields } = p;
  return {
    id,
    programme,
    with: parties
      .filter((id) => id !== self)
      .map((id) => {
        const s = ds.swedish.get(id);
        const a = ds.partners.get(id);
        return { id, name: s?.name ?? a?.name ?? id, country: a ? a.country : 'SE' };
      }),
    ...fields,
    active: isActive(p, ds.asOf),
    relation_status: relationStatus(p, ds.asOf) ?? null,
  };
}

export function recordJson(r: AnyRecord, ds: Dataset, lang: Lang = 'en'): Record<string, unknown> {
  switch (r.kind) {
    case 'country': {
      const c = r.record;
      return {
        kind: 'country',
        ...c,
        name: countryName(c, lang),
        names: c.name,
        eligible: c.icld_lists.includes('latest'),
        swedish_parties: activeIn(ds, c.id).map(({ party, relations }) => ({
          id: party.id,
          name: party.name,
          partnerships: relations.map((p) => relationJson(p, party.id, ds)),
        })),
        partners: ds.raw.partners.filter((p) => p.country === c.id).map((p) => ({ id: p.id, name: p.name })),
      };
    }
    case 'theme': {
      const t = r.record;
      return {
        kind: 'theme',
        ...t,
        name: themeLabel(t, lang),
        names: t.label,
        narrower: [...ds.taxonomy.descendants(t.id)].filter((d) => ds.themes.get(d)?.broader.includes(t.id)),
        swedish_parties: worksOn(ds, t).map((m) => ({ id: m.id, name: m.name })),
        partners: partnersOn(ds, t).map((p) => ({ id: p.id, name: p.name, country: p.country })),
        partnerships: partnershipsAsOf(ds)
          .filter((p) => p.themes.includes(t.id))
          .map((p) => p.id),
      };
    }
    case 'partner': {
      const p = r.record;
      return {
        kind: 'partner',
        ...p,
        partnerships: (ds.relationsOf.get(p.id) ?? []).map((x) => relationJson(x, p.id, ds)),
      };
    }
    default: {
      const m = r.record;
      const born = bornAbroadOf(ds, m.id);
      return {
        ...m,
        kind: m.kind,
        status: ds.status.get(m.id),
        ...(born && {
          born_abroad: {
            year: born.year,
            population: born.population,
            source: born.source,
            countries: born.countries.map((d) => ({
              code: d.country,
              count: d.count,
              share: Math.round(d.share * 1e6) / 1e6,
              ratio: Math.round(d.ratio * 100) / 100,
              partner_country: isPartnerCountry(ds, d.country),
            })),
            former_states: born.formerStates.map((d) => ({
              code: d.country,
              count: d.count,
              share: Math.round(d.share * 1e6) / 1e6,
              today: d.state.today,
            })),
          },
        }),
        partnerships: (ds.relationsOf.get(m.id) ?? []).map((x) => relationJson(x, m.id, ds)),
      };
    }
  }
}
