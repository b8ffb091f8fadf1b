// The weights of the ranking components: the defaults come from the components table
// (components.ts), overridable with --weight theme=3,country=1. The defaults were chosen with
// `npm run eval` (README, "How ranking works").
import { type Component, COMPONENTS } from './components.js';

export type { Component } from './components.js';
export type Weights = Readonly<Record<Component, number>>;

/** The components' ids, in the table's order. */
export const COMPONENT_IDS: readonly Component[] = Object.freeze(COMPONENTS.map((c) => c.id));

export const DEFAULT_WEIGHTS: Weights = Object.freeze(
  Object.fromEntries(COMPONENTS.map((c) => [c.id, c.weight])) as Record<Component, number>,
);

/** Parse "theme=3,country=1" into weights over the defaults; unknown names are reported. */
export function parseWeights(
  spec: string,
  base: Weights = DEFAULT_WEIGHTS,
): { weights: Weights; errors: string[] } {
  const out: Record<Component, number> = { ...base };
  const errors: string[] = [];
  for (const part of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const m = /^([a-z]+)\s*=\s*(\d+(?:\.\d+)?)$/.exec(part);
    if (!m) {
      errors.push(`"${part}" is not name=number`);
      continue;
    }
    const [, name, value] = m;
    if (!(COMPONENT_IDS as readonly string[]).includes(name!)) {
      errors.push(`"${name}" is not a component`);
      continue;
    }
    out[name as Component] = Number(value);
  }
  if (!errors.length && COMPONENT_IDS.every((c) => out[c] === 0))
    errors.push('at least one weight must be above 0');
  return { weights: Object.freeze(out), errors };
}
