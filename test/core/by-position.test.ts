// ByPosition stands in for a Map of the Swedish parties (their records, their status): it must
// answer every question a Map does, in the same order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByPosition, positions } from '../../src/core/by-position.js';

const records = fc.uniqueArray(
  fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), value: fc.integer() }),
  { selector: (r) => r.id, maxLength: 40 },
);

describe('ByPosition', () => {
  it('answers as a Map of the same records does', () => {
    fc.assert(
      fc.property(records, fc.string({ maxLength: 6 }), (list, probe) => {
        const values = list.map((r) => r.value);
        const view = new ByPosition(positions(list), values);
        const map = new Map(list.map((r) => [r.id, r.value]));
        expect(view.size).toBe(map.size);
        expect([...view]).toEqual([...map]);
        expect([...view.keys()]).toEqual([...map.keys()]);
        expect([...view.values()]).toEqual([...map.values()]);
        expect([...view.entries()]).toEqual([...map.entries()]);
        const seen: [string, number][] = [];
        view.forEach((v, k, m) => {
          expect(m).toBe(view);
          seen.push([k, v]);
        });
        expect(seen).toEqual([...map]);
        expect(view.get(probe)).toBe(map.get(probe));
        expect(view.has(probe)).toBe(map.has(probe));
        for (const r of list) expect(view.get(r.id)).toBe(r.value);
      }),
    );
  });

  it('shares one index between several columns', () => {
    const list = [{ id: 'ale' }, { id: 'lund' }];
    const index = positions(list);
    const names = new ByPosition(index, ['Ale', 'Lund']);
    const status = new ByPosition(index, ['none', 'former']);
    expect([names.get('lund'), status.get('lund'), status.get('umea')]).toEqual([
      'Lund',
      'former',
      undefined,
    ]);
  });
});
