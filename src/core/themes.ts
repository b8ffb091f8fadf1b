// The theme taxonomy: broader/narrower links, how close two themes are, and how rare each is.
import type { CoreArea, Partnership, Theme } from './records.js';
import { getOrCreate } from './memo.js';

/**
 * How much a candidate's theme counts toward a requested one, by relation. Frozen so the ranking
 * explanation and the README can cite it.
 */
export const THEME_RELATION = Object.freeze({
  exact: 1,
  /** The candidate works on a narrower theme (asked: urban planning; has: cycling). */
  narrower: 0.7,
  /** The candidate works on a broader theme (asked: cycling; has: urban planning). */
  broader: 0.5,
  /** Both sit under the same broader theme (cycling and public transport under urban planning). */
  sibling: 0.35,
  /** Different branches that serve the same ICLD core area. */
  coreArea: 0.1,
});

export type ThemeRelation = keyof typeof THEME_RELATION;

export interface Taxonomy {
  readonly themes: ReadonlyMap<string, Theme>;
  /** Every broader theme, transitively. */
  ancestors(id: string): ReadonlySet<string>;
  /** Every narrower theme, transitively. */
  descendants(id: string): ReadonlySet<string>;
  /** The closest relation from a requested theme to a candidate's theme, if any. */
  relation(asked: string, has: string): ThemeRelation | undefined;
}

/** `byId`: the themes by id, when the caller has made that Map already (the dataset's). */
export function createTaxonomy(
  themes: readonly Theme[],
  byId: ReadonlyMap<string, Theme> = new Map(themes.map((t) => [t.id, t])),
): Taxonomy {
  // Built at every start-up: index loops and pushes, not a copy of a list per link.
  const children = new Map<string, string[]>();
  for (let i = 0; i < themes.length; i++) {
    const t = themes[i]!;
    for (let k = 0; k < t.broader.length; k++) {
      const b = t.broader[k]!;
      const list = children.get(b);
      if (list) list.push(t.id);
      else children.set(b, [t.id]);
    }
  }

  const closure = (start: string, next: (id: string) => readonly string[]) => {
    const out = new Set<string>();
    const stack = [...next(start)];
    while (stack.length) {
      const id = stack.pop()!;
      if (out.has(id) || id === start) continue;
      out.add(id);
      stack.push(...next(id));
    }
    return out;
  };
  const up = new Map<string, ReadonlySet<string>>();
  const down = new Map<string, ReadonlySet<string>>();
  const ancestors = (id: string) => getOrCreate(up, id, () => closure(id, (x) => byId.get(x)?.broader ?? []));
  const descendants = (id: string) => getOrCreate(down, id, () => closure(id, (x) => children.get(x) ?? []));
  const coreAreas = new Map<string, ReadonlySet<CoreArea>>();
  const areas = (id: string) => getOrCreate(coreAreas, id, () => new Set(byId.get(id)?.core_areas ?? []));

  // Ranking asks for the same few thousand pairs once per candidate (100,000 of them on large
  // data): remember each answer. null stands for "no relation".
  const relations = new Map<string, Map<string, ThemeRelation | null>>();
  const relation = (asked: string, has: string): ThemeRelation | undefined => {
    let row = relations.get(asked);
    if (!row) relations.set(asked, (row = new Map()));
    let r = row.get(has);
    if (r === undefined) row.set(has, (r = computeRelation(asked, has) ?? null));
    return r ?? undefined;
  };
  // Index loops, no closures or copies: at start-up this runs cold, once per theme of the data
  // for each theme asked (see profile.ts).
  const computeRelation = (asked: string, has: string): ThemeRelation | undefined => {
    if (asked === has) return 'exact';
    if (descendants(asked).has(has)) return 'narrower';
    if (ancestors(asked).has(has)) return 'broader';
    const parents = byId.get(asked)?.broader ?? [];
    const hasParents = byId.get(has)?.broader ?? [];
    for (let i = 0; i < parents.length; i++) if (hasParents.includes(parents[i]!)) return 'sibling';
    const a = areas(asked);
    const hasAreas = byId.get(has)?.core_areas ?? [];
    if (a.size) for (let i = 0; i < hasAreas.length; i++) if (a.has(hasAreas[i]!)) return 'coreArea';
    return undefined;
  };
  return { themes: byId, ancestors, descendants, relation };
}

/**
 * Inverse document frequency of each theme over the KP partnerships: a theme few partnerships
 * carry (refugees, cycling) says more about a candidate than one most carry (local democracy).
 * Scaled so the rarest theme weighs 1.
 */
export function themeRarity(
  themes: readonly Theme[],
  partnerships: readonly Partnership[],
): ReadonlyMap<string, number> {
  const kp = partnerships.filter((p) => p.programme === 'kp');
  const n = kp.length;
  const df = new Map<string, number>();
  // Each theme once per partnership; indexOf on a short list, not a Set per partnership.
  for (const p of kp)
    p.themes.forEach((t, i) => {
      if (p.themes.indexOf(t) === i) df.set(t, (df.get(t) ?? 0) + 1);
    });
  const idf = (t: string) => Math.log((n + 1) / ((df.get(t) ?? 0) + 1)) + 1;
  const max = Math.max(1, ...themes.map((t) => idf(t.id)));
  return new Map(themes.map((t) => [t.id, idf(t.id) / max]));
}
