// The evidence behind a candidate's score, as data. src/output/reasons.ts turns it into sentences
// in English or Swedish.
import type { ThemeRelation } from './themes.js';

export interface PairEvidence {
  /** Party ids on the other side of the relation. */
  readonly others: readonly string[];
  readonly countries: readonly string[];
  readonly kp: boolean;
  readonly active: boolean;
  /** Partnership record ids: years, phases and sources are looked up from them. */
  readonly rows: readonly string[];
}

export type Reason =
  | {
      readonly type: 'country-experience';
      /** Whose relations these are: the candidate's, or (ranking abroad) the requester's own. */
      readonly whose: 'candidate' | 'requester';
      readonly country: string;
      readonly pairs: readonly PairEvidence[];
    }
  | {
      readonly type: 'region-experience';
      readonly whose: 'candidate' | 'requester';
      readonly region: string;
      readonly pairs: readonly PairEvidence[];
    }
  | { readonly type: 'shared-themes'; readonly themes: readonly string[] }
  | {
      readonly type: 'related-themes';
      readonly pairs: readonly { asked: string; has: string; relation: ThemeRelation }[];
    }
  | { readonly type: 'experience'; readonly pairs: number; readonly active: number }
  /** Less spare capacity: `pairs` are the active KP partnerships (for the rows shown). */
  | { readonly type: 'busy'; readonly active: number; readonly pairs?: readonly PairEvidence[] }
  /** Full spare capacity: at most as many active KP partnerships as the side carries easily. */
  | { readonly type: 'room'; readonly active: number }
  | { readonly type: 'seeking'; readonly areas: readonly string[] }
  | { readonly type: 'interested' }
  | { readonly type: 'similar-size'; readonly population: number; readonly requester: number }
  | {
      readonly type: 'diaspora';
      /** Where the residents were born, how many, their share and its multiple of the national share. */
      readonly country: string;
      readonly count: number;
      readonly share: number;
      readonly ratio: number;
      readonly year: number;
      /** A partner abroad that hosts a community from that country (Lodwar: Somali refugees). */
      readonly hostedBy?: { readonly id: string; readonly people?: string };
      /** Residents counted by SCB under a former state whose territory includes the country. */
      readonly former: readonly { readonly code: string; readonly count: number }[];
    }
  | {
      readonly type: 'nearby';
      /** to-sweden: the country in question; abroad: the candidate's. */
      readonly country: string;
      /** Swedish parties with KP experience there, nearest first; `own` when the neighbour is the requester's (or the candidate's) partner. */
      readonly neighbours: readonly { readonly id: string; readonly km: number; readonly own: boolean }[];
      /** Whose neighbours: the candidate's (to-sweden) or the requester's (ranking abroad). */
      readonly whose: 'candidate' | 'requester';
    }
  /** Size points for a size that is not similar, or that the data does not give (population 0). */
  | { readonly type: 'size'; readonly population?: number; readonly requester?: number }
  | { readonly type: 'ineligible'; readonly country: string }
  | { readonly type: 'existing-relation'; readonly with: string; readonly rows: readonly string[] };
