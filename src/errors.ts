// A few error classes and one exit-code table. Only src/cli.ts turns them into an exit code.
import { type Lang, type MessageKey, msg, type Vars } from './messages/index.js';

/** Exit codes: the contract scripts rely on (README "Exit codes"). */
export const EXIT = Object.freeze({
  ok: 0,
  failure: 1,
  usage: 2,
  data: 65,
  /** The --data folder does not exist or is not a folder (sysexits EX_NOINPUT). */
  dataFolder: 66,
  output: 73,
  interrupted: 130,
  terminated: 143,
});

export class KpError extends Error {
  readonly exitCode: number = EXIT.failure;
  /** The message in a language, so it is printed in the language of the command line (src/run.ts). */
  text?: (lang: Lang) => string;

  /** The message in `lang`: from the message tables when it has them, else as thrown. */
  localized(lang: Lang): string {
    return this.text ? this.text(lang) : this.message;
  }
}

/** An error of class `E` whose message is `text` in the reader's language (English as `.message`). */
export function localizedError<E extends KpError>(
  error: new (message: string) => E,
  text: (lang: Lang) => string,
): E {
  const e = new error(text('en'));
  e.text = text;
  return e;
}

/** An error of class `E` with a message from the message tables. */
export const keyed = <E extends KpError>(
  error: new (message: string) => E,
  key: MessageKey,
  vars?: Vars,
): E => localizedError(error, (lang) => msg(lang, key, vars));

/** A usage error (exit 2) from the message tables. */
export const usage = (key: MessageKey, vars?: Vars): UsageError => keyed(UsageError, key, vars);

/** Bad option, unresolvable or ambiguous name, questionnaire without a terminal. */
export class UsageError extends KpError {
  override readonly exitCode = EXIT.usage;
}

/** The data files are invalid. `lines` are the formatted problems, one per line (in English). */
export class DataError extends KpError {
  override readonly exitCode = EXIT.data;
  /** The problems in a language, when they can be said in more than English. */
  linesIn?: (lang: Lang) => readonly string[];
  constructor(
    message: string,
    readonly lines: readonly string[] = [],
  ) {
    super(message);
  }

  /** The formatted problems in `lang`. */
  localizedLines(lang: Lang): readonly string[] {
    return this.linesIn ? this.linesIn(lang) : this.lines;
  }
}

/** The --data folder is missing or not a folder: one line, before any file is read. */
export class DataFolderError extends KpError {
  override readonly exitCode = EXIT.dataFolder;
}

/** An output file cannot be written (exists without --force, or unwritable). */
export class OutputError extends KpError {
  override readonly exitCode = EXIT.output;
}

/** Ctrl+C (SIGINT) or SIGTERM. */
export class InterruptedError extends KpError {
  override readonly exitCode: number;
  constructor(readonly signal: 'SIGINT' | 'SIGTERM' = 'SIGINT') {
    super(signal === 'SIGINT' ? 'interrupted' : 'terminated');
    this.exitCode = signal === 'SIGINT' ? EXIT.interrupted : EXIT.terminated;
    this.text = (lang) => msg(lang, signal === 'SIGINT' ? 'error.interrupted' : 'error.terminated');
  }
}
