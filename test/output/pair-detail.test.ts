// A pair's detail as the reasons, show and the partner lists write it: the last phase, and the
// years the data gives, never an end year it does not (a start year alone is "2015–").
import { describe, expect, it } from 'vitest';
import type { Partnership } from '../../src/core/records.js';
import { pairDetail, partnerDetail } from '../../src/output/reasons.js';
import { relation } from '../core/tiny.js';

const kp = (more: Partial<Partnership>) =>
  relation('r', ['a', 'b'], ['KE'], { phases: ['projekt'], ...more });

describe('pairDetail', () => {
  it.each([
    { name: 'start and end', rows: [kp({ start: 2019, end: 2023 })], expected: ' (projekt, 2019–2023)' },
    { name: 'a start year alone', rows: [kp({ start: 2015 })], expected: ' (projekt, 2015–)' },
    { name: 'an end year alone', rows: [kp({ end: 2024 })], expected: ' (projekt, –2024)' },
    { name: 'one year', rows: [kp({ start: 2020, end: 2020 })], expected: ' (projekt, 2020)' },
    { name: 'no years', rows: [kp({})], expected: ' (projekt)' },
    {
      name: 'two rounds without end years: from the first, open',
      rows: [kp({ start: 2017 }), kp({ start: 2018 })],
      expected: ' (projekt, 2017–)',
    },
    {
      name: 'an ended round, then one begun later with no end year',
      rows: [kp({ start: 2015, end: 2018 }), kp({ start: 2019 })],
      expected: ' (projekt, 2015–)',
    },
    {
      name: 'a round with no end year, then one that ended later',
      rows: [kp({ start: 2015 }), kp({ start: 2017, end: 2020 })],
      expected: ' (projekt, 2015–2020)',
    },
    {
      name: 'a twin town since 1953',
      rows: [relation('t', ['a', 'b'], ['DK'], { programme: 'twinning', start: 1953 })],
      expected: ' (twin town, 1953–)',
    },
  ])('$name', ({ rows, expected }) => {
    expect(pairDetail(rows, 'en')).toBe(expected);
  });
});

describe('partnerDetail', () => {
  const ended = kp({ start: 2016, end: 2019, phases: ['network'] });
  const running = kp({ status: 'active' });
  it('a current partner: the rows that run', () => {
    expect(partnerDetail([ended, running], 'en', true, 2024)).toBe(' (projekt)');
  });
  it('an earlier partner: all its rows', () => {
    expect(partnerDetail([ended], 'en', false, 2024)).toBe(' (network, 2016–2019)');
  });
});
