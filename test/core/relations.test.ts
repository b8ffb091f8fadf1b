// What a relation's years and status say as of a year: running (isActive, isRunning) and the
// status a list and the reasons show (relationStatus), which is blank where the data cannot say.
import { describe, expect, it } from 'vitest';
import { isActive, isRunning, relationStatus } from '../../src/core/relations.js';
import type { Partnership } from '../../src/core/records.js';
import { relation } from './tiny.js';

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
