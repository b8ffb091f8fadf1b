// Leave-one-out evaluation of the ranking against reality: for each KP pair in the data, remove
// every relation between its parties, ask as the party abroad would (its country and themes),
// and see where the real Swedish party ranks. Pure; `npm run eval` prints the result.
import type { RawDataset } from './records.js';
import { indexDataset, latestYear } from './dataset.js';
import { rank } from './rank.js';
import type { Weights } from './weights.js';

export interface Case {
  /** Swedish parties of the pair: any of them ranking counts as a hit. */
  readonly swedish: readonly string[];
  readonly abroad: string;
  readonly country: string;
  readonly themes: readonly string[];
  /** Ids of the relations removed for this case. */
  readonly removed: ReadonlySet<string>;
}

export interface Metrics {
  readonly cases: number;
  readonly recallAt1: number;
  readonly recallAt5: number;
  readonly recallAt10: number;
  readonly mrr: number;
}

/** One case per KP pair (Swedish side, party abroad), in data order. */
export function leaveOneOutCases(raw: RawDataset): Case[] {
  const swedish = new Set(raw.municipalities.map((m) => m.id));
  const partners = new Map(raw.partners.map((p) => [p.id, p]));
  const seen = new Set<string>();
  const cases: Case[] = [];
  for (const row of raw.partnerships) {
    if (row.programme !== 'kp') continue;
    const ours = row.parties.filter((id) => swedish.has(id));
    for (const abroad of row.parties.filter((id) => partners.has(id))) {
      const key = `${[...ours].sort().join('+')}>${abroad}`;
      if (seen.has(key)) continue;
      seen.add(key);
      // Every relation, of any programme, between one of our parties and this partner.
      const rows = raw.partnerships.filter(
        (p) => p.parties.includes(abroad) && p.parties.some((id) => ours.includes(id)),
      );
      const partner = partners.get(abroad)!;
      const themes = new Set([
        ...rows.filter((p) => p.programme === 'kp').flatMap((p) => p.themes),
        ...partner.themes,
        ...(partner.seeking?.areas ?? []),
      ]);
      cases.push({
        swedish: ours,
        abroad,
        country: partner.country,
        themes: [...themes],
        removed: new Set(rows.map((r) => r.id)),
      });
    }
  }
  return cases;
}

/**
 * A first partnership: once the pair is removed, none of its Swedish parties has any other KP
 * partnership. History-based evidence cannot find these; diaspora and neighbours can.
 */
export function isColdStart(raw: RawDataset, c: Case): boolean {
  return !raw.partnerships.some(
    (p) => p.programme === 'kp' && !c.removed.has(p.id) && p.parties.some((id) => c.swedish.includes(id)),
  );
}

/**
 * Where the real party lands, with ties counted fairly: a candidate tied with others sits at
 * a uniformly random place among them (a baseline that ties everyone gets no credit for order).
 */
function expectedHits(scores: readonly { id: string; score: number }[], targets: readonly string[]) {
  const best = Math.max(
    ...scores.filter((s) => targets.includes(s.id)).map((s) => s.score),
    Number.NEGATIVE_INFINITY,
  );
  if (!Number.isFinite(best)) return { at: (_k: number) => 0, rr: 0 };
  const better = scores.filter((s) => s.score > best).length;
  const tied = scores.filter((s) => s.score === best).length;
  const targetsTied = scores.filter((s) => s.score === best && targets.includes(s.id)).length;
  // With t tied slots and m targets among them, the first target's position is better + j with
  // probability C(t-j, m-1)/C(t, m); for one target that is uniform over the tie.
  const probs: number[] = [];
  for (let j = 1; j <= tied; j++) probs.push(firstHitProbability(tied, targetsTied, j));
  return {
    at: (k: number) => probs.reduce((s, p, j) => s + (better + j + 1 <= k ? p : 0), 0),
    rr: probs.reduce((s, p, j) => s + p / (better + j + 1), 0),
  };
}

function firstHitProbability(t: number, m: number, j: number): number {
  // P(first of m marked items among t shuffled is at position j) = C(t-j, m-1) / C(t, m)
  const c = (n: number, k: number) => {
    if (k < 0 || k > n) return 0;
    let r = 1;
    for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
    return r;
  };
  return c(t - j, m - 1) / c(t, m);
}

export type Scorer = (ds: ReturnType<typeof indexDataset>, c: Case) => { id: string; score: number }[];

/** The model with given weights, asked as the party abroad would ask, over every Swedish party. */
export const modelScorer =
  (weights: Weights): Scorer =>
  (ds, c) =>
    rank(
      { direction: 'to-sweden', country: c.country, themes: c.themes, from: c.abroad, all: true },
      ds,
      weights,
    ).candidates.map((x) => ({ id: x.id, score: x.score }));

/** Random order: every candidate ties, so the expected place is the middle. */
export const randomScorer: Scorer = (ds) => ds.raw.municipalities.map((m) => ({ id: m.id, score: 0 }));

/**
 * Every case is judged as of one year (default: the full data's latest), not the latest year left
 * once a case's rows are removed: removing a pair must not move "now".
 */
export function evaluate(
  raw: RawDataset,
  scorer: Scorer,
  cases = leaveOneOutCases(raw),
  asOf = latestYear(raw),
): Metrics {
  let r1 = 0;
  let r5 = 0;
  let r10 = 0;
  let rr = 0;
  for (const c of cases) {
    const ds = indexDataset(
      { ...raw, partnerships: raw.partnerships.filter((p) => !c.removed.has(p.id)) },
      asOf,
    );
    const hits = expectedHits(scorer(ds, c), c.swedish);
    r1 += hits.at(1);
    r5 += hits.at(5);
    r10 += hits.at(10);
    rr += hits.rr;
  }
  const n = cases.length || 1;
  return { cases: cases.length, recallAt1: r1 / n, recallAt5: r5 / n, recallAt10: r10 / n, mrr: rr / n };
}

/**
 * A ceiling, not a model: recall@10 when each case may pick, after the fact, whichever of the
 * scorers ranks its real party best. No fixed mix of those scorers can do better than this on
 * the same cases; `npm run eval` shows it for the first partnerships.
 */
export function bestOfRecallAt10(
  raw: RawDataset,
  scorers: readonly Scorer[],
  cases = leaveOneOutCases(raw),
  asOf = latestYear(raw),
): number {
  let hits = 0;
  for (const c of cases) {
    let best = 0;
    for (const s of scorers) best = Math.max(best, evaluate(raw, s, [c], asOf).recallAt10);
    hits += best;
  }
  return hits / (cases.length || 1);
}
