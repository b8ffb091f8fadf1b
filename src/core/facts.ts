// What ranking needs to know about every party abroad, in flat arrays: name, country, size, KP
// counts and theme strengths. Computed from the records once per dataset (each partner's
// profile), and stored in the cache of a data directory, so a warm run ranks 100,000 partners
// without reading their records: only the rows it shows are parsed. Pure; plain arrays, so the
// facts go through JSON unchanged.
import type { Dataset } from './dataset.js';
import { buildProfile } from './profile.js';
import { compareSv } from './text.js';

export interface PartnerFacts {
  /** Partner i, in the order of the data: ids[i], names[i], … */
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly aliases: readonly (readonly string[])[];
  /** ISO code of the partner's country. */
  readonly countries: readonly string[];
  /** null where the data gives none. */
  readonly populations: readonly (number | null)[];
  /** 1 when the partner is looking for a Swedish partner. */
  readonly seeking: readonly number[];
  readonly kpPairs: readonly number[];
  readonly activeKpPairs: readonly number[];
  /**
   * Partner i's themes are entries themeStart[i] up to themeStart[i + 1] of themeIndex (an index
   * into the dataset's list of themes) and themeLevel: its strength in the profile (0–1), as an
   * index into strengths. Strengths come from programme and year, so there are few of them;
   * small numbers keep the cache small and quick to read.
   */
  readonly themeStart: readonly number[];
  readonly themeIndex: readonly number[];
  readonly themeLevel: readonly number[];
  readonly strengths: readonly number[];
  /** Partner i's position when all are sorted by name (Swedish collation), then id. */
  readonly byName: readonly number[];
}

export function partnerFacts(ds: Dataset): PartnerFacts {
  const themeAt = new Map(ds.raw.themes.map((t, i) => [t.id, i]));
  const partners = ds.raw.partners;
  const f: {
    -readonly [K in keyof PartnerFacts]: PartnerFacts[K] extends readonly (infer E)[] ? E[] : never;
  } = {
    ids: [],
    names: [],
    aliases: [],
    countries: [],
    populations: [],
    seeking: [],
    kpPairs: [],
    activeKpPairs: [],
    themeStart: [0],
    themeIndex: [],
    themeLevel: [],
    strengths: [],
    byName: [],
  };
  const level = new Map<number, number>();
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i]!;
    const profile = buildProfile(ds, p.id);
    f.ids.push(p.id);
    f.names.push(p.name);
    f.aliases.push(p.aliases);
    f.countries.push(p.country);
    f.populations.push(p.population ?? null);
    f.seeking.push(p.seeking ? 1 : 0);
    f.kpPairs.push(profile.kpPairs);
    f.activeKpPairs.push(profile.activeKpPairs);
    profile.themes.forEach((strength, t) => {
      const index = themeAt.get(t);
      // A theme outside the list cannot match an asked theme (the data is validated; this is a guard).
      if (index === undefined) return;
      f.themeIndex.push(index);
      let l = level.get(strength);
      if (l === undefined) {
        l = f.strengths.length;
        level.set(strength, l);
        f.strengths.push(strength);
      }
      f.themeLevel.push(l);
    });
    f.themeStart.push(f.themeIndex.length);
  }
  const sorted = f.ids.map((_, i) => i);
  sorted.sort(
    (a, b) =>
      compareSv(f.names[a]!, f.names[b]!) || (f.ids[a]! < f.ids[b]! ? -1 : f.ids[a]! > f.ids[b]! ? 1 : 0),
  );
  f.byName = new Array<number>(sorted.length);
  sorted.forEach((i, position) => {
    f.byName[i] = position;
  });
  return f;
}
