import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareSv, fastCompareSv } from '../../src/core/collate.js';
import { shippedDataset } from '../helpers.js';

const icu = new Intl.Collator('sv');
const FAST_CHARS = [...' -0123456789abcdefghijklmnopqrstuvwxyzåäöABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ'];
const fastString = fc.array(fc.constantFrom(...FAST_CHARS), { maxLength: 10 }).map((a) => a.join(''));

describe('Swedish collation fast path', () => {
  it('orders like Intl.Collator("sv") wherever it answers', () => {
    fc.assert(
      fc.property(fastString, fastString, (a, b) => {
        expect(Math.sign(fastCompareSv(a, b)!)).toBe(Math.sign(icu.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves other characters to ICU', () => {
    expect(fastCompareSv('Chișinău', 'Chisinau')).toBeUndefined();
    expect(fastCompareSv('Ørsta', 'Orsa')).toBeUndefined();
  });

  it.each([
    ['Åre', 'Ärla', -1],
    ['Ängelholm', 'Örebro', -1],
    ['Zaragoza', 'Åre', -1],
    ['habo', 'Habo', -1],
    ['Habo', 'Håbo', -1],
    ['Region Skåne', 'Region Stockholm', -1],
    ['Chișinău', 'Cluj', -1],
  ])('%s before %s', (a, b, sign) => {
    expect(Math.sign(compareSv(a, b))).toBe(sign);
    expect(Math.sign(compareSv(b, a))).toBe(-sign);
  });

  it('sorts every name in the shipped data as ICU does', () => {
    const ds = shippedDataset();
    const names = [...ds.raw.municipalities, ...ds.raw.partners].map((r) => r.name);
    expect([...names].sort(compareSv)).toEqual([...names].sort(icu.compare));
  });
});
