// Run one invocation against injected streams and return the exit code: the one place errors
// become exit codes and messages. Tests call this in-process; src/cli.ts calls it for real.
import { CommanderError } from 'commander';
import type { Io } from './io.js';
import type { DataLocation } from './dataset/source.js';
import { DataError, EXIT, KpError } from './errors.js';
import { type Lang, langIn, msg } from './messages/index.js';
import { createProgram, helpTexts, langAfterCommand } from './program.js';

/** commander's own error codes that are not errors at all. */
const COMMANDER_OK = new Set(['commander.helpDisplayed', 'commander.version', 'commander.help']);

export async function run(
  given: readonly string[],
  io: Io,
  shipped: DataLocation['shipped'],
): Promise<number> {
  const argv = langAfterCommand(given);
  const debug = argv.includes('--debug');
  const program = createProgram(io, shipped, argv, await helpTexts(argv));
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (e) {
    return report(e, io, debug, langIn(argv));
  }
}

export function report(e: unknown, io: Io, debug: boolean, lang: Lang = 'en'): number {
  if (e instanceof CommanderError) {
    if (COMMANDER_OK.has(e.code) || e.exitCode === 0) return EXIT.ok;
    // commander printed its message already, with the usage hint (program.ts); its usage errors
    // exit 1 by default: ours are 2.
    return EXIT.usage;
  }
  if (e instanceof DataError) {
    io.stderr.write(`kp: ${e.localized(lang)}\n`);
    for (const line of e.localizedLines(lang)) io.stderr.write(`${line}\n`);
    return e.exitCode;
  }
  if (e instanceof KpError) {
    io.stderr.write(`kp: ${e.localized(lang)}\n`);
    if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
    return e.exitCode;
  }
  const err = e instanceof Error ? e : new Error(String(e));
  io.stderr.write(`kp: ${msg(lang, 'error.unexpected', { message: err.message })}\n`);
  io.stderr.write(debug ? `${err.stack}\n` : `${msg(lang, 'error.bug')}\n`);
  return EXIT.failure;
}
