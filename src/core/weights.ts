// The weights of the ranking components: the defaults come from the components table
// (components.ts), scaled with --weight theme=2,experience=0.5. The defaults were chosen with
// `npm run eval` (README, "How ranking works").
import { type Component, COMPONENT_TABLE } from './components.js';

export type { Component } from './components.js';
export type Weights = Readonly<Record<Component, number>>;

/** The components' ids, in the table's order. */
export const COMPONENTS: readonly Component[] = Object.freeze(COMPONENT_TABLE.map((c) => c.id));

export const DEFAULT_WEIGHTS: Weights = Object.freeze(
  Object.fromEntries(COMPONENT_TABLE.map((c) => [c.id, c.weight])) as Record<Component, number>,
);

export interface WeightProblem {
  readonly kind: 'not-pair' | 'unknown' | 'repeated' | 'all-zero';
  /** The part of the spec, or the name, that is wrong. */
  readonly text: string;
}

/**
 * Parse "theme=2,experience=0.5" into weights: each value multiplies that component's weight in
 * `base` (the defaults), so theme=2 makes theme fit count twice as much as it does by default,
 * 0.5 half, 0 not at all; components not named keep theirs. A multiplier, not a number of points:
 * the points of the components that apply are scaled to 100 anyway, and "theme=3" read as 3 of
 * about 100 points once turned the ranking upside down. Unknown names are reported, and so is a
 * component named twice (theme=2,theme=3): which value was meant is a guess.
 */
export function parseWeights(
  spec: string,
  base: Weights = DEFAULT_WEIGHTS,
): { weights: Weights; errors: string[]; problems: WeightProblem[] } {
  const out: Record<Component, number> = { ...base };
  const errors: string[] = [];
  // The same problems as data, for messages in the reader's language.
  const problems: WeightProblem[] = [];
  const given = new Map<string, string>();
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) {
      errors.push(`"${part}" is not name=number`);
      problems.push({ kind: 'not-pair', text: part });
      continue;
    }
    const [, name, value] = m;
    if (!(COMPONENTS as readonly string[]).includes(name!)) {
      errors.push(`"${name}" is not a component`);
      problems.push({ kind: 'unknown', text: name! });
      continue;
    }
    const before = given.get(name!);
    if (before !== undefined) {
      errors.push(`"${name}" is given twice (${before}, ${part})`);
      problems.push({ kind: 'repeated', text: `${before},${part}` });
      continue;
    }
    given.set(name!, part);
    out[name as Component] = base[name as Component] * Number(value);
  }
  if (!errors.length && COMPONENTS.every((c) => out[c] === 0)) {
    errors.push('at least one weight must be above 0');
    problems.push({ kind: 'all-zero', text: '' });
  }
  return { weights: Object.freeze(out), errors, problems };
}
