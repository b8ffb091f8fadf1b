// Whether KP can fund a partnership in a country: on ICLD's current list of partner countries,
// on an earlier list only (experience there is real and still shown: it is how Tbilisi finds
// Skövde), or never on one. Pure.
import type { Country } from './records.js';

export type Eligibility = 'current' | 'earlier' | 'never';

/** The list ICLD publishes now; the others in `icld_lists` are earlier ones. */
export const CURRENT_LIST = 'latest';

export function eligibility(c: Country): Eligibility {
  if (c.icld_lists.includes(CURRENT_LIST)) return 'current';
  return c.icld_lists.length ? 'earlier' : 'never';
}
