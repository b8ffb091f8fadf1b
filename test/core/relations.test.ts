// What a relation's years and status say as of a year: running (isActive, isRunning) and the
// status a list and the reasons show (relationStatus), which is blank where the data cannot say.
import { describe, expect, it } from 'vitest';
import { atYear, indexDataset } from '../../src/core/dataset.js';
import { buildProfile } from '../../src/core/profile.js';
import {
  isActive,
  isRunning,
  partnershipsAsOf,
  RelationsAsOf,
  relationStatus,
} from '../../src/core/relations.js';
import type { Partnership } from '../../src/core/records.js';
import { partner, raw, relation, swedish } from './tiny.js';

const kp = (more: Partial<Partnership>) => relation('r', ['a', 'b'], ['KE'], more);
const twin = (more: Partial<Partnership>) =>
  relation('r', ['a', 'b'], ['NO'], { programme: 'twinning', ...more });

describe('a relation as of 2024', () => {
  it.each([
    {
      name: 'KP, running to 2025',
      p: kp({ start: 2023, end: 2025 }),
      active: true,
      running: true,
      status: 'active',
    },
    {
      name: 'KP, ended 2018',
      p: kp({ start: 2015, end: 2018 }),
      active: false,
      running: false,
      status: 'ended',
    },
    {
      name: 'KP, begun last year, no end',
      p: kp({ start: 2023 }),
      active: true,
      running: true,
      status: 'active',
    },
    {
      name: 'KP, begun 2015, no end (taken as ended)',
      p: kp({ start: 2015 }),
      active: false,
      running: false,
      status: 'ended',
    },
    { name: 'KP, no years', p: kp({}), active: false, running: false, status: 'ended' },
    {
      name: 'KP, no years, recorded active',
      p: kp({ status: 'active' }),
      active: true,
      running: true,
      status: 'active',
    },
    { name: 'KP, begins 2026', p: kp({ start: 2026 }), active: false, running: false, status: undefined },
    { name: 'twin town, undated', p: twin({}), active: false, running: true, status: undefined },
    {
      name: 'twin town since 2000',
      p: twin({ start: 2000 }),
      active: false,
      running: true,
      status: undefined,
    },
    {
      name: 'twin town, recorded ended',
      p: twin({ status: 'ended' }),
      active: false,
      running: false,
      status: 'ended',
    },
    {
      name: 'twin town, ended 2010',
      p: twin({ start: 2001, end: 2010 }),
      active: false,
      running: false,
      status: 'ended',
    },
  ])('$name', ({ p, active, running, status }) => {
    expect(isActive(p, 2024)).toBe(active);
    expect(isRunning(p, 2024)).toBe(running);
    expect(relationStatus(p, 2024)).toBe(status);
  });
});

describe('relations as of a year', () => {
  const ds = indexDataset(
    raw({
      municipalities: [swedish('alby')],
      partners: [partner('kisumu', 'KE'), partner('larvik', 'NO')],
      partnerships: [
        relation('early', ['alby', 'kisumu'], ['KE'], { start: 2016, end: 2018 }),
        relation('late', ['alby', 'kisumu'], ['KE'], { start: 2023 }),
        relation('undated', ['alby', 'larvik'], ['NO'], { programme: 'twinning' }),
      ],
    }),
    2024,
  );
  const ids = (d: typeof ds) => (d.relationsOf.get('alby') ?? []).map((p) => p.id);

  it.each([
    { year: 2015, expected: ['undated'] },
    { year: 2017, expected: ['early', 'undated'] },
    { year: 2024, expected: ['early', 'late', 'undated'] },
  ])('$year: what has begun (undated relations always)', ({ year, expected }) => {
    const then = atYear(ds, year);
    expect(ids(then)).toEqual(expected);
    expect(partnershipsAsOf(then).map((p) => p.id)).toEqual(expected);
    // Profiles, and so facts and reasons, read the same relations.
    expect(buildProfile(then, 'alby').pairs.flatMap((p) => p.rows.map((r) => r.id))).toEqual(expected);
  });

  it('a later year from an earlier one has the later relations back', () => {
    expect(ids(atYear(atYear(ds, 2015), 2024))).toEqual(['early', 'late', 'undated']);
  });

  it('gives the list back as it is when nothing in it is later', () => {
    expect(ds.relationsOf.get('alby')).toBe(ds.relationsOf.get('alby'));
    expect(new RelationsAsOf(new Map([['a', []]]), 2024).get('a')).toEqual([]);
  });
});
