// The sentence that says whether KP can fund a partnership in the country asked about, in English
// and Swedish: a table, one entry per case.
import { type Eligibility, eligibility } from '../core/eligibility.js';
import type { Country } from '../dataset/schema.js';
import { countryName, fill, type Lang } from './labels.js';

export const ELIGIBILITY_NOTE: Readonly<Record<Eligibility, Readonly<Record<Lang, string>>>> = {
  current: {
    en: "{c} is on ICLD's current list of partner countries.",
    sv: '{c} finns på ICLD:s nuvarande lista över samarbetsländer.',
  },
  earlier: {
    en: "{c} is not on ICLD's current list of partner countries but was on an earlier one: KP cannot fund a new partnership there now; experience there is still shown, as a contact.",
    sv: '{c} finns inte på ICLD:s nuvarande lista över samarbetsländer men fanns på en tidigare: KP kan inte finansiera ett nytt partnerskap där nu; erfarenhet i landet visas ändå, som en kontakt.',
  },
  never: {
    en: "{c} has never been on ICLD's list of partner countries: KP cannot fund a partnership there; the ranking shows experience only.",
    sv: '{c} har aldrig funnits på ICLD:s lista över samarbetsländer: KP kan inte finansiera ett partnerskap där; rangordningen visar bara erfarenhet.',
  },
};

/** What the answer says about the country: `query.country` in JSON, a line under the table's title. */
export function countryEligibility(c: Country, lang: Lang) {
  const status = eligibility(c);
  return {
    eligible: status === 'current',
    eligibility: status,
    note: fill(ELIGIBILITY_NOTE[status][lang], { c: countryName(c, lang) }),
  };
}
