// Distances between Swedish parties, from the municipalities' points (GeoNames). A region has no
// point of its own: it is taken as at its own county, 0 km from that county's municipalities.
// Pure.
import type { Municipality } from './records.js';

export interface Point {
  readonly lat: number;
  readonly lng: number;
}

const EARTH_KM = 6371.0088;
const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance in kilometres (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/**
 * The largest difference in longitude, in degrees, at which two points whose latitudes are both
 * within ±`lat` degrees can be less than `km` apart; Infinity when nothing can be ruled out. A
 * quick test before distanceKm: haversine's h is at least cos φ1 · cos φ2 · sin²(Δλ/2), so
 * d ≥ 2R · asin(cos(lat) · sin(Δλ/2)), which passes km once Δλ passes the value returned.
 */
export function maxLongitudeApart(lat: number, km: number): number {
  const cos = Math.cos(rad(Math.min(90, Math.abs(lat))));
  const ratio = Math.sin(km / (2 * EARTH_KM)) / cos;
  if (!(ratio < 1) || km >= Math.PI * EARTH_KM) return Number.POSITIVE_INFINITY;
  return (2 * Math.asin(ratio) * 180) / Math.PI;
}

/**
 * How far apart two Swedish parties are: between their points; a party without a point (a
 * region) is 0 km from the municipalities of its county; undefined when the data cannot say
 * (two regions, an association without a county).
 */
export function partyDistance(a: Municipality, b: Municipality): number | undefined {
  if (a.location && b.location) return distanceKm(a.location, b.location);
  if (a.kind === 'region' && b.kind === 'municipality')
    return a.county && a.county === b.county ? 0 : undefined;
  if (b.kind === 'region' && a.kind === 'municipality')
    return b.county && b.county === a.county ? 0 : undefined;
  return undefined;
}

/** A Swedish party near another, and how far: km between points, undefined for "in the same county" (a region). */
export interface Near<T> {
  readonly party: T;
  readonly km: number | undefined;
}

/**
 * The parties near `from`, nearest first (the same county before any distance; ties by name
 * order as given), leaving out `from` itself, those the data cannot place and, with `within`,
 * those farther away.
 */
export function nearest<T extends Municipality>(
  from: Municipality,
  parties: readonly T[],
  within?: number,
): Near<T>[] {
  const out: Near<T>[] = [];
  for (const party of parties) {
    if (party.id === from.id) continue;
    const d = partyDistance(from, party);
    if (d === undefined || (within !== undefined && d > within)) continue;
    out.push({ party, km: from.location && party.location ? d : undefined });
  }
  // A stable sort: parties at the same distance keep the order they were given in.
  return out.sort((a, b) => (a.km ?? -1) - (b.km ?? -1));
}
