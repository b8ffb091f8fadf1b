// The questionnaire's tables: every priority is a valid --weight, every text exists in both languages.
import { describe, expect, it } from 'vitest';
import { COMPONENTS, DEFAULT_WEIGHTS, parseWeights } from '../../src/core/weights.js';
import {
  NEXT,
  PRIORITIES,
  type PriorityId,
  priorityOf,
  ROLES,
  TEXT,
  weightSpec,
} from '../../src/questionnaire/questions.js';

const ids = Object.keys(PRIORITIES) as PriorityId[];

describe('PRIORITIES', () => {
  it.each(ids)('%s is a --weight that kp match accepts, and reads back', (id) => {
    const spec = weightSpec(id);
    const { weights, errors } = parseWeights(spec);
    expect(errors).toEqual([]);
    expect(priorityOf(spec)).toBe(id);
    // "What matters most" raises that component above its default; the rest stay.
    for (const c of COMPONENTS) {
      const raised = (PRIORITIES[id].weights as Partial<Record<string, number>>)[c];
      // A --weight value multiplies the default.
      expect(weights[c]).toBe(DEFAULT_WEIGHTS[c] * (raised ?? 1));
      if (raised !== undefined) expect(raised).toBeGreaterThan(1);
    }
  });

  it('the balanced choice is the defaults: no --weight at all', () => {
    expect(weightSpec('balanced')).toBe('');
  });
});

describe('texts', () => {
  const tables = { ROLES, NEXT, TEXT };
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(
    Object.entries(tables).flatMap(([table, t]) =>
      Object.entries(t).map(([key, text]) => ({ table, key, text })),
    ),
  )('$table.$key: English and Swedish, same placeholders', ({ text }) => {
    expect(text.en.trim()).not.toBe('');
    expect(text.sv.trim()).not.toBe('');
    expect(placeholders(text.sv)).toEqual(placeholders(text.en));
  });
});
