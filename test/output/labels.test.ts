import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/output/labels.js';

describe('formatNumber', () => {
  it('writes whole numbers as toLocaleString does', () => {
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatNumber(n, 'en')).toBe(n.toLocaleString('en-GB'));
        expect(formatNumber(n, 'sv')).toBe(n.toLocaleString('sv-SE'));
      }),
      { numRuns: 2000 },
    );
    expect(formatNumber(1234.5, 'sv')).toBe('1\u00a0234,5');
  });
});
