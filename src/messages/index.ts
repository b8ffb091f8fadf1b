// Messages by key in the reader's language. One file per language (./en.ts, ./sv.ts) with the
// same keys, so a new message is one line in each, and a test walks both.
import { en, type MessageKey } from './en.js';
import { sv } from './sv.js';

export type { MessageKey } from './en.js';
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
