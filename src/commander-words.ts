// commander's own words in the reader's language: the titles and notes of its help ("Usage:",
// "(default: ...)") and its error messages ("error: unknown option '--foo'"). English is what
// commander writes; the Swedish is in src/messages/help.ts. Used only with --lang sv, so an
// English run neither builds nor runs any of it.
import type { Command, Help, HelpConfiguration, Option } from 'commander';
import type { Lang } from './messages/index.js';
import { COMMANDER_ERRORS, COMMANDER_WORDS, type CommanderWord } from './messages/help.js';

const word = (english: string, lang: Lang): string =>
  (COMMANDER_WORDS as Readonly<Record<string, Readonly<Record<Lang, string>>>>)[english]?.[lang] ?? english;

/** "[options]" and "[command]" in a usage line or a command's term. */
const usageWords = (text: string, lang: Lang) =>
  text.replace(/\[options\]|\[command\]/g, (w) => word(w as CommanderWord, lang));

/** "(choices: "en", "sv", default: "en")" after an option's description, in `lang`. */
const extraInfo = (text: string, lang: Lang) =>
  text.replace(
    /([(,] ?)(default|choices|preset|env): ((?:true|false)(?=[,)]))?/g,
    (_, pre: string, w, bool) =>
      `${pre}${word(w as string, lang)}: ${bool ? word(bool as string, lang) : ''}`,
  );

/**
 * The help configuration for `lang`: commander's Help (`base`, from the program's createHelp(),
 * so this module needs no value from commander) with its words translated.
 */
export function helpConfiguration(lang: Lang, base: Help): HelpConfiguration {
  return {
    styleTitle: (title: string) => word(title, lang),
    commandUsage: (cmd: Command) => usageWords(base.commandUsage(cmd), lang),
    subcommandTerm: (cmd: Command) => usageWords(base.subcommandTerm(cmd), lang),
    optionDescription: (option: Option) => extraInfo(base.optionDescription(option), lang),
  };
}

/** A pattern for an English message: "{flag}" matches what commander quotes there. */
const patternOf = (english: string) =>
  new RegExp(
    `^${english.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{(\w+)\}/g, (_, k: string) => `(?<${k}>.+?)`)}$`,
  );

type ErrorKey = keyof typeof COMMANDER_ERRORS;
const fill = (template: string, groups: Readonly<Record<string, string>>) =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => groups[k] ?? '');

/** One line of commander's error output in `lang` (as it is, if no pattern knows it). */
function line(text: string, lang: Lang): string {
  for (const key of Object.keys(COMMANDER_ERRORS) as ErrorKey[]) {
    if (key === 'error' || key === 'option') continue;
    const m = patternOf(COMMANDER_ERRORS[key].en).exec(text);
    if (!m) continue;
    const groups = { ...m.groups };
    // "option '-t, --theme <namn>'" inside a conflict.
    for (const k of ['a', 'b'] as const) {
      const o = groups[k] && patternOf(COMMANDER_ERRORS.option.en).exec(groups[k]!);
      if (o) groups[k] = fill(COMMANDER_ERRORS.option[lang], o.groups!);
    }
    return fill(COMMANDER_ERRORS[key][lang], groups);
  }
  const other = /^error: (.*)$/s.exec(text);
  return other ? fill(COMMANDER_ERRORS.error[lang], { message: other[1]! }) : text;
}

/** commander's error message (one or more lines, ending in a newline) in `lang`. */
export function commanderMessage(text: string, lang: Lang): string {
  return text
    .split('\n')
    .map((l) => (l ? line(l, lang) : l))
    .join('\n');
}
