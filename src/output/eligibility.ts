// What the answer says about the country asked about: whether KP can fund a partnership there,
// with the sentence from the message tables (src/messages/), in the reader's language.
import { eligibility } from '../core/eligibility.js';
import type { Country } from '../core/records.js';
import { msg } from '../messages/index.js';
import { countryName, type Lang } from './labels.js';

/** `query.country`'s eligibility fields in JSON; the note is also a line under the table's title. */
export function countryEligibility(c: Country, lang: Lang) {
  const status = eligibility(c);
  return {
    eligible: status === 'current',
    eligibility: status,
    note: msg(lang, `eligibility.${status}`, { country: countryName(c, lang) }),
  };
}
