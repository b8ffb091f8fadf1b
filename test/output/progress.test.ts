import { describe, expect, it } from 'vitest';
import { LOAD_STEPS, overallFraction } from '../../src/dataset/progress.js';
import { progressLine } from '../../src/output/progress.js';

describe('progress', () => {
  it('shares add up to the whole load', () => {
    expect(Object.values(LOAD_STEPS).reduce((s, x) => s + x.share, 0)).toBeCloseTo(1);
  });

  it.each([
    { step: 'hash', done: 0, total: 5, expected: 0 },
    { step: 'parse', done: 0, total: 10, expected: 0.03 },
    { step: 'parse', done: 10, total: 10, expected: 0.5 },
    { step: 'cache', done: 1, total: 1, expected: 1 },
  ] as const)('$step $done/$total is $expected overall', ({ step, done, total, expected }) => {
    expect(overallFraction(step, done, total)).toBeCloseTo(expected);
  });

  it('draws a bar that fits the terminal', () => {
    expect(progressLine('validate', 50, 100, 'partnerships.yaml', 100)).toMatchInlineSnapshot(
      `"loading data █████████████░░░░░░░░░░░  55% cross-checking partnerships.yaml"`,
    );
    expect(progressLine('validate', 50, 100, 'partnerships.yaml', 30)).toHaveLength(29);
  });

  it("speaks the reader's language (--lang sv)", () => {
    expect(progressLine('validate', 50, 100, 'partnerships.yaml', 100, 'sv')).toBe(
      'läser in data █████████████░░░░░░░░░░░  55% korskontrollerar partnerships.yaml',
    );
    expect(progressLine('cache', 0, 1, undefined, 100, 'sv')).toMatch(/^läser in data .* skriver cachen$/);
  });
});
