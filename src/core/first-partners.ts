// The evidence that can find a first partnership: a diaspora (residents born in the country in
// question, or in a country whose refugees the partner abroad also hosts) and neighbours with
// KP experience there. Each is a signal 0–1 with its reasons, like signals.ts, read through the
// candidate view by the `diaspora` and `nearby` components (components.ts). Pure.
import type { BornAbroadFacts } from './born-abroad.js';
import { type Diaspora, diasporaOf, formerStatesOf } from './born-abroad.js';
import type { CandidateView } from './candidates.js';
import type { Dataset } from './dataset.js';
import { maxLongitudeApart, partyDistance } from './geo.js';
import { combine } from './profile.js';
import type { Reason } from './reasons.js';
import { NO_REASONS, NONE, type Signal } from './signals.js';

/**
 * Diaspora: residents born in a country, as a multiple of the national share. The value grows
 * with the logarithm of that multiple, reaching 1 at this multiple; fewer residents than the
 * minimum are too few to build a partnership on, whatever their share.
 */
export const DIASPORA_FULL_RATIO = 8;
export const DIASPORA_MIN_COUNT = 20;
/**
 * A diaspora from the country in question counts this much of a community the partner abroad
 * itself hosts (Lodwar: Somali refugees, as Borlänge): the partner's own link is the stronger
 * evidence, and without it country experience must still lead (seed scenario: Georgia → Skövde).
 */
export const DIASPORA_COUNTRY_STRENGTH = 0.2;
/** Nearby: a neighbour with KP experience counts fully at 0 km, half at NEARBY_HALF_KM, nothing from NEARBY_KM. */
export const NEARBY_KM = 150;
export const NEARBY_HALF_KM = 40;
/**
 * A neighbour that is the requester's own Swedish partner counts this much (a partner abroad
 * that took one Swedish partner often takes another nearby: JB Marks with Växjö, then Älmhult);
 * any other neighbour with KP experience in the country a twentieth of it (eval: distance alone is weak).
 */
export const NEARBY_OWN_PARTNER = 1;
export const NEARBY_OTHER = 0.05;
/** Ranking abroad for a Swedish party, nearby weighs this share of its weight. */
export const NEARBY_ABROAD = 0.2;

const hasSwedish = (ds: Dataset, ids: ReadonlySet<string>) => [...ids].some((id) => ds.swedish.has(id));

// ---- the components' view of it ------------------------------------------------------------

/** What the two components work out once per query (per candidate view). */
interface QueryEvidence {
  /** The requester's place among the Swedish parties (-1: not a Swedish party). */
  readonly swedishIndex: number;
  /** to-sweden: the countries whose diaspora counts. */
  readonly links: readonly DiasporaLink[];
  /** abroad: the countries partner i hosts people from. */
  readonly hosts: ReadonlyMap<number, readonly string[]>;
  readonly ownSwedish: boolean;
  readonly nearby: (i: number, why: boolean) => Signal;
}
const EVIDENCE = new WeakMap<CandidateView, QueryEvidence>();

function evidenceOf(view: CandidateView): QueryEvidence {
  let e = EVIDENCE.get(view);
  if (e) return e;
  const { ds, query, requester } = view;
  const from = requester.id;
  const swedishIndex =
    from && ds.swedish.has(from) ? ds.raw.municipalities.findIndex((m) => m.id === from) : -1;
  const own = new Set((requester.profile?.pairs ?? []).filter((p) => p.kp).flatMap((p) => p.others));
  const hosts = new Map<number, string[]>();
  if (query.direction === 'abroad')
    for (const [i, code] of ds.facts.hosts) hosts.set(i, [...(hosts.get(i) ?? []), code]);
  let nearby: QueryEvidence['nearby'];
  if (query.direction === 'abroad') {
    const byPartner = nearbyAbroad(ds, from);
    nearby = (i, why) => byPartner(view.id(i), why);
  } else nearby = nearbyToSweden(ds, query.country, own);
  e = {
    swedishIndex,
    links: query.direction === 'to-sweden' ? diasporaLinks(ds, query.country, from) : [],
    hosts,
    ownSwedish: hasSwedish(ds, own),
    nearby,
  };
  EVIDENCE.set(view, e);
  return e;
}

/** Residents by country of birth are known for Swedish parties: the candidates', or the requester's. */
export function diasporaApplies(view: CandidateView): boolean {
  if (!view.ds.bornAbroad) return false;
  const e = evidenceOf(view);
  return view.query.direction === 'abroad' ? e.swedishIndex >= 0 : e.links.length > 0;
}

export function diasporaOfCandidate(view: CandidateView, i: number, why: boolean): Signal {
  const e = evidenceOf(view);
  if (view.query.direction === 'to-sweden') return diaspora(view.ds.bornAbroad, i, e.links, why);
  const links: DiasporaLink[] = [{ country: view.country(i) }];
  for (const country of e.hosts.get(i) ?? []) links.push({ country, hostedBy: { id: view.id(i) } });
  return diaspora(view.ds.bornAbroad, e.swedishIndex, links, why);
}

export function nearbyApplies(view: CandidateView): boolean {
  return view.query.direction === 'abroad' ? evidenceOf(view).swedishIndex >= 0 : !!view.query.country;
}

export function nearbyOfCandidate(view: CandidateView, i: number, why: boolean): Signal {
  return evidenceOf(view).nearby(i, why);
}

/**
 * How much of its weight nearby carries for a query: all of it when a requester abroad has
 * Swedish partners of its own (their neighbours are the evidence the evaluation rewards);
 * NEARBY_ABROAD ranking abroad (partners of the Swedish requester's neighbours: not measured by
 * the evaluation, so kept below theme and country); NEARBY_OTHER otherwise, when only other
 * parties' experience is near (each such neighbour then counts fully).
 */
export function nearbyWeightScale(view: CandidateView): number {
  if (view.query.direction === 'abroad') return NEARBY_ABROAD;
  return evidenceOf(view).ownSwedish ? 1 : NEARBY_OTHER;
}

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
  let bestOf: Diaspora | undefined;
  for (let k = 0; k < links.length; k++) {
    const d = diasporaOf(f, party, links[k]!.country);
    const v = d ? diasporaValue(d.count, d.ratio) * (links[k]!.hostedBy ? 1 : DIASPORA_COUNTRY_STRENGTH) : 0;
    if (v > best) {
      best = v;
      at = k;
      bestOf = d;
    }
  }
  if (at < 0) return NONE;
  if (!why) return { value: best, reasons: NO_REASONS };
  const link = links[at]!;
  const d = bestOf!;
  // An index loop: the reasons of ten rows, in cold code (a closure and a list per row otherwise).
  const states = formerStatesOf(f, link.country);
  const former: { code: string; count: number }[] = [];
  for (let k = 0; k < states.length; k++) {
    const n = f.column(states[k]!.code)?.[party];
    if (n) former.push({ code: states[k]!.code, count: n });
  }
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

/** Kilometres per degree of latitude on the sphere distanceKm uses (6371.0088 km · π/180). */
const LAT_KM = 111.19;

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

/** The signal of the neighbours `near`, whose values combine to `value`. */
function signalOf(
  near: readonly Neighbour[],
  value: number,
  country: string,
  whose: 'candidate' | 'requester',
  why: boolean,
): Signal {
  if (!near.length) return NONE;
  if (!why) return { value, reasons: NO_REASONS };
  // Compared, not subtracted: in cold code each difference of two distances is a new heap number.
  const order = near.slice().sort(strongestNearest);
  const named: { id: string; km: number; own: boolean }[] = [];
  for (let k = 0; k < order.length && k < NAMED; k++) {
    const n = order[k]!;
    named.push({ id: n.id, km: Math.round(n.km), own: n.own });
  }
  return { value, reasons: [{ type: 'nearby', country, neighbours: named, whose }] };
}

/** The neighbour that counts most first, then the nearest. */
const strongestNearest = (a: Neighbour, b: Neighbour) =>
  b.value > a.value ? 1 : b.value < a.value ? -1 : a.km < b.km ? -1 : a.km > b.km ? 1 : 0;

/** Latitude in whole 1e-5 degrees (about a metre): small integers, which cold code compares without allocating. */
const LAT_UNITS = 1e5;
/**
 * Two points farther apart in latitude than this (in LAT_UNITS) are not neighbours: a great
 * circle is at least as long as its north-south arc (R·Δφ), and the extra kilometre covers the
 * rounding of latitudes to LAT_UNITS.
 */
const NEAR_LAT = Math.floor(((NEARBY_KM + 1) / LAT_KM) * LAT_UNITS);
/** Half the earth around, in LAT_UNITS of longitude: a wider difference is shorter the other way. */
const HALF_TURN = 180 * LAT_UNITS;
/**
 * For a party at whole degree `deg` of latitude (absolute): the difference in longitude, in
 * LAT_UNITS, beyond which a party within NEAR_LAT of it is no neighbour. Taken at the highest
 * latitude the two can have (deg + 1, plus NEAR_LAT), plus a unit for the rounding of longitudes.
 */
function nearLongitude(deg: number): number {
  const apart = maxLongitudeApart(deg + 1 + NEAR_LAT / LAT_UNITS, NEARBY_KM + 1);
  return apart === Number.POSITIVE_INFINITY ? HALF_TURN : Math.ceil(apart * LAT_UNITS) + 1;
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
  // Ranking asks this of every candidate (cold code, in the interpreter, where each step of float
  // arithmetic allocates a number): latitudes and longitudes as integers skip most pairs before
  // any arithmetic (four in five, for Kenya), and the value is built as it goes, without a list
  // of neighbours.
  const lat = new Int32Array(parties.length);
  const lng = new Int32Array(parties.length);
  const lngApart = new Int32Array(parties.length);
  const placed = new Uint8Array(parties.length);
  const byDegree: number[] = [];
  for (let j = 0; j < parties.length; j++) {
    const at = parties[j]!.location;
    if (at) {
      lat[j] = Math.round(at.lat * LAT_UNITS);
      lng[j] = Math.round(at.lng * LAT_UNITS);
      const deg = Math.floor(Math.abs(at.lat));
      lngApart[j] = byDegree[deg] ??= nearLongitude(deg);
      placed[j] = 1;
    }
  }
  /** Parties i and j, both placed, are too far apart in latitude or longitude to be neighbours. */
  const apart = (i: number, j: number) => {
    if (Math.abs(lat[i]! - lat[j]!) > NEAR_LAT) return true;
    const d = Math.abs(lng[i]! - lng[j]!);
    return Math.min(d, 2 * HALF_TURN - d) > lngApart[i]!;
  };
  const worth = experienced.map((j) =>
    ownPartners.has(parties[j]!.id) ? NEARBY_OWN_PARTNER : hasOwn ? NEARBY_OTHER : 1,
  );
  return (i, why) => {
    const me = parties[i]!;
    const near: Neighbour[] | undefined = why ? [] : undefined;
    // combine() of the neighbours' values, in the same order: 1 − Π(1 − v).
    let rest = 1;
    let any = false;
    for (let n = 0; n < experienced.length; n++) {
      const j = experienced[n]!;
      if (j === i) continue;
      if (placed[i] && placed[j] && apart(i, j)) continue;
      const other = parties[j]!;
      const km = partyDistance(me, other);
      if (km === undefined || km >= NEARBY_KM) continue;
      const value = closeness(km) * worth[n]!;
      rest *= 1 - value;
      any = true;
      near?.push({ id: other.id, km, own: ownPartners.has(other.id), value });
    }
    if (!any) return NONE;
    // 1 − rest is combine() of the neighbours' values, the same products in the same order.
    return near
      ? signalOf(near, 1 - rest, country, 'candidate', true)
      : { value: 1 - rest, reasons: NO_REASONS };
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
    return near
      ? signalOf(near, combine(near.map((n) => n.value)), countryOf.get(partner)!, 'requester', why)
      : NONE;
  };
}
