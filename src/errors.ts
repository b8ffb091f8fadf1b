// A few error classes and one exit-code table. Only src/cli.ts turns them into an exit code.

/** Exit codes: the contract scripts rely on (README "Exit codes"). */
export const EXIT = Object.freeze({
  ok: 0,
  failure: 1,
  usage: 2,
  data: 65,
  output: 73,
  interrupted: 130,
  terminated: 143,
});

export class KpError extends Error {
  readonly exitCode: number = EXIT.failure;
}

/** Bad option, unresolvable or ambiguous name, questionnaire without a terminal. */
export class UsageError extends KpError {
  override readonly exitCode = EXIT.usage;
}

/** The data files are invalid. `lines` are the formatted problems, one per line. */
export class DataError extends KpError {
  override readonly exitCode = EXIT.data;
  constructor(
    message: string,
    readonly lines: readonly string[] = [],
  ) {
    super(message);
  }
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
  }
}
