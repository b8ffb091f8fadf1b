// The message tables walked in both languages, and the English pieces of every message that
// differs in Swedish: what a Swedish text must not contain (test/messages.test.ts and the data
// problems' test use it, so a new table is walked by both).
import { DATA_MESSAGES } from '../src/messages/data.js';
import { COMMANDER_ERRORS, COMMANDER_WORDS, HELP, VALUE_NAMES } from '../src/messages/help.js';
import { MESSAGES } from '../src/messages/index.js';
import {
  COMPONENT_LABEL,
  CORE_AREA_LABEL,
  KIND_LABEL,
  PHASE_LABEL,
  PROGRAMME_LABEL,
  REGION_LABEL,
  STATUS_LABEL,
} from '../src/output/labels.js';
import { MATCH_WORDS } from '../src/output/match.js';
import { QUERY_WORDS } from '../src/output/match-xlsx.js';
import { FIELD_LABEL, SHEETS as RECORD_SHEETS } from '../src/output/record-xlsx.js';
import { REASON_WORDS } from '../src/output/reasons.js';
import { NEXT, PRIORITIES, ROLES, TEXT } from '../src/questionnaire/questions.js';

/** Tables whose leaves are `{en, sv}` pairs, at any depth. */
const PAIR_TABLES: Record<string, unknown> = {
  MATCH_WORDS,
  REASON_WORDS,
  STATUS_LABEL,
  PROGRAMME_LABEL,
  PHASE_LABEL,
  KIND_LABEL,
  COMPONENT_LABEL,
  REGION_LABEL,
  CORE_AREA_LABEL,
  QUERY_WORDS,
  FIELD_LABEL,
  RECORD_SHEETS,
  HELP,
  COMMANDER_WORDS,
  COMMANDER_ERRORS,
  ROLES,
  PRIORITIES,
  NEXT,
  TEXT,
};

export interface Pair {
  readonly where: string;
  readonly en: unknown;
  readonly sv: unknown;
}

function pairsIn(value: unknown, where: string): Pair[] {
  if (!value || typeof value !== 'object') return [];
  const o = value as Record<string, unknown>;
  if ('en' in o || 'sv' in o) return [{ where, en: o.en, sv: o.sv }];
  return Object.entries(o).flatMap(([k, v]) => pairsIn(v, `${where}.${k}`));
}

/**
 * Tables walked for both languages whose English is a single word that Swedish text may quote as
 * typed (the value names in option flags, "<name>": data messages name the YAML key `name`).
 * Their English is not searched for in Swedish output.
 */
const WORD_TABLES: Record<string, unknown> = { VALUE_NAMES };

/** Every message in both languages: the message files (general and data) by key, the other tables by pair. */
export function allPairs(): Pair[] {
  return [...messagePairs(), ...Object.entries(WORD_TABLES).flatMap(([name, t]) => pairsIn(t, name))];
}

function messagePairs(): Pair[] {
  const fromFiles = Object.entries({ messages: MESSAGES, 'data messages': DATA_MESSAGES }).flatMap(
    ([name, tables]) => {
      const en = tables.en as Record<string, string>;
      const sv = tables.sv as Record<string, string>;
      const keys = new Set([...Object.keys(en), ...Object.keys(sv)]);
      return [...keys].map((k) => ({ where: `${name} ${k}`, en: en[k], sv: sv[k] }));
    },
  );
  return [...fromFiles, ...Object.entries(PAIR_TABLES).flatMap(([name, t]) => pairsIn(t, name))];
}

/** The English pieces of every message that differs in Swedish: the text between placeholders. */
export function englishPieces(): string[] {
  const pieces = new Set<string>();
  for (const p of messagePairs()) {
    if (typeof p.en !== 'string' || p.en === p.sv) continue;
    for (const piece of p.en.split(/\{\w+\}/)) {
      const t = piece.trim();
      // A piece that is only punctuation or a number says nothing in either language; one the
      // Swedish message has too is a flag or a name ("--data", "ICLD").
      if (/\p{L}{2}/u.test(t) && !(p.sv as string).includes(t)) pieces.add(t);
    }
  }
  return [...pieces];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** `piece` as a whole: not inside a longer word. */
export const occurs = (text: string, piece: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(piece)}(?![\\p{L}\\p{N}])`, 'u').test(text);
