// The real process: argv, streams, signals and the exit code. Nothing else touches `process` state.
import { join } from 'node:path';
import { removeTemps } from './cleanup.js';
import type { OutStream } from './io.js';
import { EXIT } from './errors.js';
import { langIn, msg } from './messages/index.js';
import { run } from './run.js';
import { pending, stdio } from './stdio.js';

// The bundle lives in dist/; the shipped YAML in data/ beside it, the validated snapshot in dist/.
const here = import.meta.dirname;
const shipped = { dir: join(here, '..', 'data'), snapshot: join(here, 'data.json') };

// `kp list | head -1` closes the pipe early: that is the reader's choice, not an error. Any other
// failure to write the output (a full disk, /dev/full) is reported, not a crash.
const quietExit = () => process.exit(process.exitCode ?? EXIT.ok);
const stdout = stdio(1, () => process.stdout, {
  closed: quietExit,
  failed: (e) => {
    const lang = langIn(process.argv.slice(2));
    const reason = e.code === 'ENOSPC' ? msg(lang, 'write.full') : e.message;
    getStderr().write(`kp: ${msg(lang, 'error.cannotWriteOutput', { reason })}\n`);
    process.exit(EXIT.output);
  },
});
// stderr is set up on first use: most runs never write to it. If it cannot be written (closed
// early), there is no one left to tell.
let stderr: OutStream | undefined;
const getStderr = () => {
  stderr ??= stdio(2, () => process.stderr, { closed: quietExit, failed: quietExit });
  return stderr;
};

// Ctrl+C or SIGTERM: remove any temporary file being written, say so briefly, exit 130 / 143.
// Writes go to a temporary file that is renamed into place, so nothing partial is ever left.
for (const [signal, code] of [
  ['SIGINT', EXIT.interrupted],
  ['SIGTERM', EXIT.terminated],
] as const) {
  process.once(signal, () => {
    removeTemps();
    const lang = langIn(process.argv.slice(2));
    getStderr().write(`\nkp: ${msg(lang, signal === 'SIGINT' ? 'error.interrupted' : 'error.terminated')}\n`);
    process.exit(code);
  });
}

run(
  process.argv.slice(2),
  {
    stdout,
    get stderr() {
      return getStderr();
    },
    // A getter: touching process.stdin sets up a stream (and loads net or tty), which only the
    // questionnaire needs. Start-up time matters for every other command.
    get stdin() {
      return process.stdin;
    },
    env: process.env,
    cwd: process.cwd(),
    year: new Date().getFullYear(),
  },
  shipped,
).then((code) => {
  process.exitCode = code;
  // Everything kp writes is written by now (files and output off a terminal with writeSync, a
  // terminal's stream synchronously too), unless a stream still holds bytes for a pipe someone
  // made non-blocking: those must drain, so then Node ends the process when they have. Otherwise
  // end now: Node's own ending first tears down the heap, a millisecond of every run.
  if (!pending(stdout) && !pending(stderr)) process.exit(code);
});
