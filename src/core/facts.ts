// What ranking needs to know about every party, in flat arrays: for partners abroad their name,
// country, size, KP counts and theme strengths; for Swedish parties their KP counts, theme
// strengths and where their relations are. Computed from the records once per dataset (each
// party's profile) and stored with the snapshot and the cache of a data directory, so a run
// scores 100,000 candidates without reading their records: only the rows it shows, with their
// reasons, are read. Pure; plain arrays, so facts go through JSON unchanged.
import type { Dataset, PartnerFacts, ProfileColumns, SwedishFacts } from './model.js';
import { buildProfile, type Profile } from './profile.js';
import { compareSv } from './text.js';

type Columns<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer E)[] ? E[] : never };

/** Columns filled profile by profile; strengths are numbered as they come. */
function columns(ds: Dataset) {
  const themeAt = new Map(ds.raw.themes.map((t, i) => [t.id, i]));
  const level = new Map<number, number>();
  const c: Columns<ProfileColumns> = {
    kpPairs: [],
    activeKpPairs: [],
    themeStart: [0],
    themeIndex: [],
    themeLevel: [],
    strengths: [],
  };
  const levelOf = (strength: number) => {
    let l = level.get(strength);
    if (l === undefined) {
      l = c.strengths.length;
      level.set(strength, l);
      c.strengths.push(strength);
    }
    return l;
  };
  const add = (profile: Profile) => {
    c.kpPairs.push(profile.kpPairs);
    c.activeKpPairs.push(profile.activeKpPairs);
    profile.themes.forEach((strength, t) => {
      const index = themeAt.get(t);
      // A theme outside the list cannot match an asked theme (the data is validated; this is a guard).
      if (index === undefined) return;
      c.themeIndex.push(index);
      c.themeLevel.push(levelOf(strength));
    });
    c.themeStart.push(c.themeIndex.length);
  };
  return { c, add, levelOf };
}

export function partnerFacts(ds: Dataset): PartnerFacts {
  const partners = ds.raw.partners;
  const { c, add } = columns(ds);
  const f: Columns<Omit<PartnerFacts, keyof ProfileColumns>> = {
    ids: [],
    names: [],
    aliases: [],
    countries: [],
    populations: [],
    seeking: [],
    byName: [],
    hosts: [],
  };
  for (let i = 0; i < partners.length; i++) {
    const p = partners[i]!;
    add(buildProfile(ds, p.id));
    f.ids.push(p.id);
    f.names.push(p.name);
    f.aliases.push(p.aliases);
    f.countries.push(p.country);
    f.populations.push(p.population ?? null);
    f.seeking.push(p.seeking ? 1 : 0);
    for (let k = 0; k < p.hosts.length; k++) f.hosts.push([i, p.hosts[k]!.country]);
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
  return { ...f, ...c };
}

export function swedishFacts(ds: Dataset): SwedishFacts {
  const { c, add, levelOf } = columns(ds);
  const pairStart = [0];
  const pairLevel: number[] = [];
  const pairCountries: (readonly string[])[] = [];
  const pairKp: number[] = [];
  const pairRowStart = [0];
  const pairRows: number[] = [];
  const rowOf = new Map<string, number>();
  ds.raw.partnerships.forEach((p, row) => rowOf.set(p.id, row));
  for (const m of ds.raw.municipalities) {
    const profile = buildProfile(ds, m.id);
    add(profile);
    for (const p of profile.pairs) {
      pairLevel.push(levelOf(p.strength));
      pairCountries.push(p.countries);
      pairKp.push(p.kp ? 1 : 0);
      for (const r of p.rows) pairRows.push(rowOf.get(r.id)!);
      pairRowStart.push(pairRows.length);
    }
    pairStart.push(pairLevel.length);
  }
  return { ...c, pairStart, pairLevel, pairCountries, pairKp, pairRowStart, pairRows };
}
