// The evidence that can find a first partnership: a diaspora (residents born in the country in
// question, or in a country whose refugees the partner abroad also hosts) and neighbours with
// KP experience there. Each is a signal 0–1 with its reasons, like signals.ts. Pure.
import type { BornAbroadFacts } from './born-abroad.js';
import { diasporaOf, formerStatesOf } from './born-abroad.js';
import type { Dataset } from './dataset.js';
import { partyDistance } from './geo.js';
import { combine } from './profile.js';
import type { Reason } from './reasons.js';
import { NO_REASONS, NONE, type Signal } from './signals.js';
import {
  DIASPORA_COUNTRY_STRENGTH,
  DIASPORA_FULL_RATIO,
  DIASPORA_MIN_COUNT,
  NEARBY_HALF_KM,
  NEARBY_KM,
  NEARBY_OTHER,
  NEARBY_OWN_PARTNER,
  type Weights,
} from './weights.js';

const hasSwedish = (ds: Dataset, ids: ReadonlySet<string>) => [...ids].some((id) => ds.swedish.has(id));

/** A country whose diaspora counts, and why: the country in question, or one a partner hosts. */
export interface DiasporaLink {
  readonly country: string;
  readonly hostedBy?: { readonly id: string; readonly people?: string };
}

/** The countries to look for, for a query: its country and the communities the partner hosts. */
export function diasporaLinks(
  ds: Dataset,
  country: string | undefined,
  partner: string | undefined,
): DiasporaLink[] {
  const out: DiasporaLink[] = country ? [{ country }] : [];
  const p = partner ? ds.partners.get(partner) : undefined;
  for (const h of p?.hosts ?? [])
    if (!out.some((l) => l.country === h.country))
      out.push({ country: h.country, hostedBy: { id: p!.id, ...(h.people && { people: h.people }) } });
  return out;
}

/** 0 at the national share or below, 1 at DIASPORA_FULL_RATIO times it, logarithmic between. */
export function diasporaValue(count: number, ratio: number): number {
  if (count < DIASPORA_MIN_COUNT || ratio <= 1) return 0;
  return Math.min(1, Math.log(ratio) / Math.log(DIASPORA_FULL_RATIO));
}

/** Swedish party i's diaspora for the links: the strongest link counts. */
export function diaspora(
  f: BornAbroadFacts | undefined,
  party: number,
  links: readonly DiasporaLink[],
  why: boolean,
): Signal {
  if (!f || party < 0) return NONE;
  let best = 0;
  let at = -1;
  for (let k = 0; k < links.length; k++) {
    const d = diasporaOf(f, party, links[k]!.country);
    const v = d ? diasporaValue(d.count, d.ratio) * (links[k]!.hostedBy ? 1 : DIASPORA_COUNTRY_STRENGTH) : 0;
    if (v > best) {
      best = v;
      at = k;
    }
  }
  if (at < 0) return NONE;
  if (!why) return { value: best, reasons: NO_REASONS };
  const link = links[at]!;
  const d = diasporaOf(f, party, link.country)!;
  const former = formerStatesOf(f, link.country).flatMap((s) => {
    const n = f.column(s.code)?.[party];
    return n ? [{ code: s.code, count: n }] : [];
  });
  const reason: Reason = {
    type: 'diaspora',
    country: link.country,
    count: d.count,
    share: d.share,
    ratio: d.ratio,
    year: f.year,
    ...(link.hostedBy && { hostedBy: link.hostedBy }),
    former,
  };
  return { value: best, reasons: [reason] };
}

/** How much a neighbour d km away counts: 1 at 0 km, halving every NEARBY_HALF_KM (beyond NEARBY_KM it is not a neighbour). */
const closeness = (km: number) => 0.5 ** (km / NEARBY_HALF_KM);

/** How many neighbours a reason names. */
const NAMED = 3;

interface Neighbour {
  readonly id: string;
  readonly km: number;
  readonly own: boolean;
  readonly value: number;
}

function signalOf(
  near: Neighbour[],
  country: string,
  whose: 'candidate' | 'requester',
  why: boolean,
): Signal {
  if (!near.length) return NONE;
  const value = combine(near.map((n) => n.value));
  if (!why) return { value, reasons: NO_REASONS };
  const named = near
    .slice()
    .sort((a, b) => b.value - a.value || a.km - b.km)
    .slice(0, NAMED)
    .map(({ id, km, own }) => ({ id, km: Math.round(km), own }));
  return { value, reasons: [{ type: 'nearby', country, neighbours: named, whose }] };
}

/**
 * The weights for a query, nearby scaled by how strong its evidence can be: full when a requester
 * abroad has Swedish partners of its own (their neighbours are the evidence the evaluation
 * rewards); NEARBY_ABROAD ranking abroad (partners of the Swedish requester's neighbours: not
 * measured by the evaluation, so kept below theme and country); NEARBY_OTHER otherwise, when only
 * other parties' experience is near (each such neighbour then counts fully).
 */
export function nearbyWeights(weights: Weights, scale: number): Weights {
  return scale === 1 ? weights : Object.freeze({ ...weights, nearby: weights.nearby * scale });
}

/**
 * Ranking Swedish parties for someone in `country`: party i is near the Swedish parties with KP
 * experience there (swedishFacts), the requester's own Swedish partners counting most.
 */
export function nearbyToSweden(
  ds: Dataset,
  country: string | undefined,
  ownPartners: ReadonlySet<string>,
): (i: number, why: boolean) => Signal {
  if (!country) return () => NONE;
  const sf = ds.swedishFacts;
  const hasOwn = hasSwedish(ds, ownPartners);
  const parties = ds.raw.municipalities;
  const experienced: number[] = [];
  for (let j = 0; j < parties.length; j++) {
    for (let k = sf.pairStart[j]!; k < sf.pairStart[j + 1]!; k++) {
      if (sf.pairKp[k] === 1 && sf.pairCountries[k]!.includes(country)) {
        experienced.push(j);
        break;
      }
    }
  }
  return (i, why) => {
    const me = parties[i]!;
    const near: Neighbour[] = [];
    for (const j of experienced) {
      if (j === i) continue;
      const other = parties[j]!;
      const km = partyDistance(me, other);
      if (km === undefined || km >= NEARBY_KM) continue;
      const own = ownPartners.has(other.id);
      const worth = own ? NEARBY_OWN_PARTNER : hasOwn ? NEARBY_OTHER : 1;
      near.push({ id: other.id, km, own, value: closeness(km) * worth });
    }
    return signalOf(near, country, 'candidate', why);
  };
}

/**
 * Ranking partners abroad for Swedish party `from`: a partner gains from its KP partners near
 * `from` (a municipality that took one Swedish partner may take another nearby).
 */
export function nearbyAbroad(
  ds: Dataset,
  from: string | undefined,
): (partner: string, why: boolean) => Signal {
  const me = from ? ds.swedish.get(from) : undefined;
  if (!me) return () => NONE;
  const byPartner = new Map<string, Neighbour[]>();
  const countryOf = new Map<string, string>();
  for (const other of ds.raw.municipalities) {
    if (other.id === me.id) continue;
    const km = partyDistance(me, other);
    if (km === undefined || km >= NEARBY_KM) continue;
    for (const r of ds.relationsOf.get(other.id) ?? []) {
      if (r.programme !== 'kp') continue;
      for (const p of r.parties) {
        const partner = ds.partners.get(p);
        if (!partner) continue;
        const list = byPartner.get(p) ?? [];
        if (!list.some((n) => n.id === other.id))
          list.push({ id: other.id, km, own: true, value: closeness(km) * NEARBY_OWN_PARTNER });
        byPartner.set(p, list);
        countryOf.set(p, partner.country);
      }
    }
  }
  return (partner, why) => {
    const near = byPartner.get(partner);
    return near ? signalOf(near, countryOf.get(partner)!, 'requester', why) : NONE;
  };
}
