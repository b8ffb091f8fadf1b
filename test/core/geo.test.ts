// Distances, and the quick tests that rule pairs out before measuring them: a test that skips a
// pair which is in fact near would change a ranking, so they are checked against the distance
// itself on random points, and the nearby signal against working it out in full.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexDataset } from '../../src/core/dataset.js';
import { NEARBY_HALF_KM, NEARBY_KM, nearbyToSweden } from '../../src/core/first-partners.js';
import { distanceKm, maxLongitudeApart, partyDistance } from '../../src/core/geo.js';
import { combine } from '../../src/core/profile.js';
import { partner, raw, relation, swedish } from './tiny.js';

const latitude = (max: number) => fc.double({ min: -max, max, noNaN: true });
const longitude = fc.double({ min: -180, max: 180, noNaN: true });

describe('maxLongitudeApart', () => {
  it('beyond it, two points within the latitudes are at least km apart', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 89, noNaN: true }),
        fc.double({ min: 0.1, max: 3000, noNaN: true }),
        fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })),
        fc.tuple(longitude, longitude),
        (bound, km, [s1, s2], [lng1, lng2]) => {
          const a = { lat: (2 * s1 - 1) * bound, lng: lng1 };
          const b = { lat: (2 * s2 - 1) * bound, lng: lng2 };
          const d = Math.abs(lng1 - lng2);
          if (Math.min(d, 360 - d) <= maxLongitudeApart(bound, km)) return true;
          return distanceKm(a, b) >= km;
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('is tight: at the same latitude, that far apart in longitude is km', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 80, noNaN: true }),
        fc.double({ min: 1, max: 2000, noNaN: true }),
        longitude,
        (lat, km, lng) => {
          const apart = maxLongitudeApart(lat, km);
          const d = distanceKm({ lat, lng }, { lat, lng: lng + apart });
          expect(d).toBeCloseTo(km, 6);
        },
      ),
    );
  });

  it.each([
    { name: 'at the pole nothing is ruled out', lat: 90, km: 150, expected: Number.POSITIVE_INFINITY },
    { name: 'nor beyond half the earth', lat: 0, km: 30_000, expected: Number.POSITIVE_INFINITY },
    { name: 'at the equator, 150 km is 1.35° of longitude', lat: 0, km: 150, expected: 1.349 },
    { name: 'at 60°, twice that', lat: 60, km: 150, expected: 2.698 },
  ])('$name', ({ lat, km, expected }) => {
    const got = maxLongitudeApart(lat, km);
    if (expected === Number.POSITIVE_INFINITY) expect(got).toBe(expected);
    else expect(got).toBeCloseTo(expected, 3);
  });
});

describe('nearbyToSweden', () => {
  // Random Swedish parties (some without a point, as regions), some with KP experience in Kenya:
  // the signal is combine() over the experienced parties nearer than NEARBY_KM, as written out here.
  const party = fc.record({
    lat: latitude(70).map((x) => 55 + Math.abs(x) / 5),
    lng: fc.double({ min: 10, max: 25, noNaN: true }),
    placed: fc.boolean(),
    experienced: fc.boolean(),
  });
  it('equals the sum over every experienced party, measured', () => {
    fc.assert(
      fc.property(fc.array(party, { minLength: 2, maxLength: 40 }), (specs) => {
        const municipalities = specs.map((s, i) =>
          swedish(`m${i}`, s.placed ? { location: { lat: s.lat, lng: s.lng } } : { kind: 'region' }),
        );
        const partnerships = specs.flatMap((s, i) =>
          s.experienced ? [relation(`r${i}`, [`m${i}`, 'kisumu'], ['KE'])] : [],
        );
        const ds = indexDataset(
          raw({ municipalities, partners: [partner('kisumu', 'KE')], partnerships }),
          2024,
        );
        const nearby = nearbyToSweden(ds, 'KE', new Set());
        for (let i = 0; i < municipalities.length; i++) {
          const values: number[] = [];
          for (let j = 0; j < municipalities.length; j++) {
            if (j === i || !specs[j]!.experienced) continue;
            const km = partyDistance(municipalities[i]!, municipalities[j]!);
            if (km !== undefined && km < NEARBY_KM) values.push(0.5 ** (km / NEARBY_HALF_KM));
          }
          const expected = values.length ? combine(values) : 0;
          expect(nearby(i, false).value).toBe(expected);
        }
      }),
      { numRuns: 200 },
    );
  });
});
