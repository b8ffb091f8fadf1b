// Messages by key in the reader's language. One file per language (./en.ts, ./sv.ts) with the
// same keys, so a new message is one line in each, and a test walks both.
import type { DataMessageKey } from './data-en.js';
import { en, type MessageKey } from './en.js';
import { sv } from './sv.js';

export type { MessageKey } from './en.js';
export type { DataMessageKey } from './data-en.js';
export type Lang = 'en' | 'sv';
export type Vars = Readonly<Record<string, string | number>>;

export const MESSAGES: Readonly<Record<Lang, Readonly<Record<MessageKey, string>>>> = Object.freeze({
  en,
  sv,
});

/**
 * The genitive of a name: English "Lodwar's"; Swedish "Lodwars", but a name that ends in s, x or
 * z takes no extra s ("Cape Agulhas egna", not "Cape Agulhass").
 */
export function genitive(lang: Lang, name: string): string {
  if (lang === 'en') return `${name}'s`;
  return /[sxz]$/i.test(name) ? name : `${name}s`;
}

/** Fill "{name}" placeholders in a text template; "{name:gen}" is the name's genitive in `lang`. */
export function fill(template: string, vars: Vars = {}, lang: Lang = 'en'): string {
  return template.replace(/\{(\w+)(:gen)?\}/g, (_, k: string, gen?: string) => {
    const v = String(vars[k] ?? '');
    return gen ? genitive(lang, v) : v;
  });
}

export function msg(lang: Lang, key: MessageKey, vars?: Vars): string {
  return fill(MESSAGES[lang][key], vars, lang);
}

/**
 * A message in no language yet: a key of the tables and its values, rendered once the reader's
 * language is known (a data problem is found long before, maybe in a worker thread, so it is
 * plain data). A value may itself be a message, or one of the parts below. Rendered by
 * ./data.ts, which holds the tables of data messages and is loaded only when one is needed.
 */
export interface Message {
  readonly key: DataMessageKey;
  readonly vars?: Readonly<Record<string, Part>>;
}

/**
 * A value in a message: text or a number as it is (ids, codes, values from the data), a message,
 * values joined with "or" in the reader's language (`or`, each quoted unless `bare`), a count
 * with the language's thousands separator (`count`), or a library's own English text (`en`)
 * that other languages replace with their message `key`.
 */
export type Part =
  | string
  | number
  | Message
  | { readonly or: readonly string[]; readonly bare?: boolean }
  | { readonly count: number }
  | { readonly en: string; readonly key: DataMessageKey };

/** The most of a user's input an error repeats: a 100,000-character argument is not echoed whole. */
export const ECHO_MAX = 80;

/** A user's input as an error repeats it: on one line, at most ECHO_MAX characters. */
export function clip(input: string): string {
  const one = input.replace(/[\r\n]+/g, ' ');
  return one.length > ECHO_MAX ? `${one.slice(0, ECHO_MAX - 1)}…` : one;
}

/** Every long word-like run in a text clipped (commander's messages quote values as given). */
export function clipLong(text: string): string {
  return text.replace(new RegExp(`[^\\s'"]{${ECHO_MAX + 1},}`, 'g'), clip);
}

/** The language asked for on a command line (`--lang sv`, `--lang=sv`), for messages written
 * before or outside a command (errors, Ctrl+C). */
export function langIn(argv: readonly string[]): Lang {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang' && argv[i + 1] === 'sv') return 'sv';
    if (a === '--lang=sv') return 'sv';
  }
  return 'en';
}
